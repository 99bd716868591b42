package io.containment.plugins.state.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.api.contract.SignerStateStoreContract;
import io.containment.api.contract.TestPluginContext;
import io.containment.api.plugin.PluginConfig;
import io.containment.api.plugin.PluginConfigException;
import io.containment.api.seal.SignerStateStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seal record in SQLite: the store contract on one file per test, plus the file's own rules. */
class SqliteSignerStateStoreTest extends SignerStateStoreContract {
    @TempDir
    Path dir;

    @Override
    protected SignerStateStore openStore() {
        return open(Map.of());
    }

    SignerStateStore open(Map<String, Object> values) {
        SqliteSignerStateStoreFactory factory = new SqliteSignerStateStoreFactory();
        return factory.create(PluginConfig.of("signer_state", values, factory.configProperties(), dir), new TestPluginContext(dir));
    }

    @Test
    void theDefaultFileIsOwnerOnlyAndKeepsTheRecordAcrossReopenings() throws Exception {
        try (SignerStateStore store = open(Map.of())) {
            store.create("{\"first\":1}");
        }
        try (SignerStateStore reopened = open(Map.of())) {
            assertThat(reopened.read()).contains("{\"first\":1}");
        }
        Path file = dir.resolve(SqliteSignerStateStoreFactory.DEFAULT_FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aConfiguredPathIsUsedAndItsFoldersCreated() {
        Map<String, Object> values = Map.of("path", dir.resolve("shared/state.sqlite").toString());
        try (SignerStateStore a = open(values); SignerStateStore b = open(values)) {
            assertThat(a.create("a")).isTrue();
            assertThat(b.create("b")).isFalse();
            assertThat(b.read()).contains("a");
        }
        assertThat(dir.resolve("shared/state.sqlite")).isRegularFile();
        assertThat(dir.resolve(SqliteSignerStateStoreFactory.DEFAULT_FILE_NAME)).doesNotExist();
    }

    @Test
    void aNegativeBusyTimeoutNamesItsKey() {
        assertThatThrownBy(() -> open(Map.of("busy_timeout_ms", "-1"))).isInstanceOf(PluginConfigException.class)
                .hasMessageContaining("signer_state.busy_timeout_ms");
    }
}
