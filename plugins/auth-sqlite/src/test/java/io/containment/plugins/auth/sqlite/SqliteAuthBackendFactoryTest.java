package io.containment.plugins.auth.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.api.auth.AuthBackend;
import io.containment.api.auth.Effect;
import io.containment.api.auth.Policy;
import io.containment.api.auth.PolicyRule;
import io.containment.api.auth.Scope;
import io.containment.api.contract.TestPluginContext;
import io.containment.api.plugin.PluginConfig;
import io.containment.api.plugin.PluginConfigException;
import io.containment.api.plugin.PluginException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteAuthBackendFactoryTest {
    private final SqliteAuthBackendFactory factory = new SqliteAuthBackendFactory();
    @TempDir
    Path dir;

    private AuthBackend create(Map<String, Object> values) {
        return factory.create(PluginConfig.of("auth", values, factory.configProperties(), dir), new TestPluginContext(dir.resolve("data")));
    }

    @Test
    void isTheSqliteBackendWithAnOwnerOnlyFileInTheDataDirectoryByDefault() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        assertThat(factory.name()).isEqualTo("sqlite");
        try (AuthBackend backend = create(Map.of())) {
            backend.createPolicy(new Policy("p", List.of(new PolicyRule(Effect.ALLOW, Set.of(Scope.SIGN), Set.of(), Set.of()))));
            for (String name : List.of("auth.sqlite", "auth.sqlite-wal", "auth.sqlite-shm")) {
                Path file = dir.resolve("data").resolve(name);
                assertThat(file).exists();
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(name).isEqualTo("rw-------");
            }
        }
    }

    @Test
    void keepsItsDataAcrossReopeningAndHonoursAConfiguredPath() {
        Map<String, Object> values = Map.of("path", "custom/auth.db");
        try (AuthBackend backend = create(values)) {
            backend.createPolicy(new Policy("kept", List.of(new PolicyRule(Effect.DENY, Set.of(Scope.SIGN), Set.of(), Set.of()))));
        }
        try (AuthBackend reopened = create(values)) {
            assertThat(reopened.policy("kept")).isPresent();
            assertThat(reopened.revision()).isEqualTo(1);
        }
        assertThat(dir.resolve("custom/auth.db")).exists();
    }

    @Test
    void refusesAFileThatIsAnotherDatabase() throws Exception {
        Path other = dir.resolve("other.sqlite");
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + other); var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE something (x INTEGER)");
        }
        assertThatThrownBy(() -> create(Map.of("path", other.toString()))).isInstanceOf(PluginException.class)
                .hasMessageContaining("not an auth database");
    }

    @Test
    void refusesUnknownKeysAndNegativeTimeouts() {
        assertThatThrownBy(() -> create(Map.of("pathh", "x"))).isInstanceOf(PluginConfigException.class).hasMessageContaining("auth.pathh");
        assertThatThrownBy(() -> create(Map.of("busy_timeout_ms", "-1"))).isInstanceOf(PluginConfigException.class)
                .hasMessageContaining("auth.busy_timeout_ms");
    }
}
