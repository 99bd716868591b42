package io.containment.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthSettingsTest {
    @TempDir
    Path dir;

    private Settings parse(String yaml, Map<String, String> env) throws IOException {
        Path file = dir.resolve("config.yaml");
        Files.writeString(file, yaml);
        return SettingsParser.parse(ConfigLoader.load(Optional.of(file), Map.of(), env), Optional.of(file), Path.of("/opt/cc"));
    }

    @Test
    void defaultsAreSqliteNotRequiredEverySecondWithTheHashKeyInTheDataDirectory() throws IOException {
        Settings.Auth auth = parse("data_dir: state\n", Map.of()).auth();
        assertThat(auth.backend()).isEqualTo("sqlite");
        assertThat(auth.required()).isFalse();
        assertThat(auth.refreshIntervalSeconds()).isEqualTo(1);
        assertThat(auth.hashKeyFile()).isEqualTo(dir.resolve("state/auth-hash.key"));
        assertThat(auth.options()).isEmpty();
    }

    @Test
    void runtimeKeysStayWithTheRuntimeAndTheRestGoesToThePlugin() throws IOException {
        Settings.Auth auth = parse("""
                auth:
                  backend: dynamodb
                  required: true
                  refresh_interval_seconds: 5
                  hash_key_file: secrets/hash.key
                  table: auth
                """, Map.of("CONTAINMENT_AUTH__REQUIRED", "false")).auth();
        assertThat(auth.backend()).isEqualTo("dynamodb");
        assertThat(auth.required()).as("environment beats file").isFalse();
        assertThat(auth.refreshIntervalSeconds()).isEqualTo(5);
        assertThat(auth.hashKeyFile()).isEqualTo(dir.resolve("secrets/hash.key"));
        assertThat(auth.options()).containsExactly(Map.entry("table", "auth"));
    }

    @Test
    void badValuesNameTheKey() {
        assertThatThrownBy(() -> parse("auth: { required: maybe }\n", Map.of())).isInstanceOf(ConfigException.class)
                .hasMessageContaining("auth.required");
        assertThatThrownBy(() -> parse("auth: { refresh_interval_seconds: 0 }\n", Map.of())).isInstanceOf(ConfigException.class)
                .hasMessageContaining("auth.refresh_interval_seconds");
    }
}
