package io.containment.plugins.slashing.sqlite;

import static io.containment.api.contract.SlashingFixtures.block;
import static io.containment.api.contract.SlashingFixtures.root;
import static io.containment.api.contract.SlashingFixtures.validator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.api.contract.TestPluginContext;
import io.containment.api.plugin.ConfigProperty;
import io.containment.api.plugin.PluginConfig;
import io.containment.api.plugin.PluginConfigException;
import io.containment.api.slashing.SlashingStore;
import io.containment.api.slashing.SlashingVerdict;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** How the runtime finds and configures the store. */
class SqliteSlashingStoreFactoryTest {
    private final SqliteSlashingStoreFactory factory = new SqliteSlashingStoreFactory();

    @TempDir
    Path dataDir;

    @Test
    void isNamedSqliteAndAcceptsOnlyPathBusyTimeoutAndCommitDelay() {
        assertThat(factory.name()).isEqualTo("sqlite");
        assertThat(factory.configProperties()).extracting(ConfigProperty::name)
                .containsExactly("path", "busy_timeout_ms", "commit_delay_ms");
        assertThat(factory.configProperties()).extracting(ConfigProperty::type)
                .containsExactly(ConfigProperty.Type.PATH, ConfigProperty.Type.INTEGER, ConfigProperty.Type.INTEGER);
        assertThat(factory.configProperties()).extracting(ConfigProperty::defaultValue)
                .containsExactly(Optional.empty(), Optional.of("5000"), Optional.of("3"));
    }

    @Test
    void withoutPathTheDatabaseLivesInTheDataDirectory() {
        try (SlashingStore store = factory.create(config(Map.of()), new TestPluginContext(dataDir))) {
            assertThat(store.checkAndRecord(block(validator(1), 1, root("a")))).isInstanceOf(SlashingVerdict.Valid.class);
        }

        assertThat(dataDir.resolve("slashing-protection.sqlite")).isNotEmptyFile();
    }

    @Test
    void relativePathResolvesAgainstTheConfigFilesFolder() {
        try (SlashingStore store = factory.create(config(Map.of("path", "db/protection.sqlite")), new TestPluginContext(dataDir))) {
            assertThat(store.health().available()).isTrue();
        }

        assertThat(dataDir.resolve("db/protection.sqlite")).exists();
    }

    @Test
    void negativeBusyTimeoutIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> factory.create(config(Map.of("busy_timeout_ms", "-1")), new TestPluginContext(dataDir)))
                .isInstanceOf(PluginConfigException.class)
                .hasMessageStartingWith("anti_slashing.busy_timeout_ms");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "101", "3.5"})
    void aCommitDelayOutside0To100MillisecondsIsRefusedNamingTheKey(String value) {
        assertThatThrownBy(() -> factory.create(config(Map.of("commit_delay_ms", value)), new TestPluginContext(dataDir)))
                .isInstanceOf(PluginConfigException.class)
                .hasMessageStartingWith("anti_slashing.commit_delay_ms");
    }

    @Test
    void extensionIndexListsTheFactoryForPf4j() throws IOException {
        URL classes = SqliteSlashingStoreFactory.class.getProtectionDomain().getCodeSource().getLocation();
        try (InputStream index = new URL(classes, "META-INF/extensions.idx").openStream()) {
            assertThat(new String(index.readAllBytes(), StandardCharsets.UTF_8).lines())
                    .contains(SqliteSlashingStoreFactory.class.getName());
        }
    }

    private PluginConfig config(Map<String, String> values) {
        return PluginConfig.of("anti_slashing", values, factory.configProperties(), dataDir);
    }
}
