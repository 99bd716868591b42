package io.containment.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code server.seccomp}: parsed for the hardening measures, off unless asked for. */
class HardeningSettingsTest {
    @TempDir
    Path dir;

    private Settings parse(String yaml, Map<String, String> env) throws Exception {
        Path file = Files.writeString(dir.resolve("config.yaml"), yaml);
        return SettingsParser.parse(ConfigLoader.load(Optional.of(file), Map.of(), env), Optional.of(file), dir);
    }

    @Test
    void seccompIsOffByDefault() throws Exception {
        assertThat(parse("network: mainnet\n", Map.of()).hardening()).isEqualTo(new Settings.Hardening(false));
    }

    @Test
    void seccompCanBeTurnedOnInTheFileOrTheEnvironment() throws Exception {
        assertThat(parse("server: { seccomp: true }\n", Map.of()).hardening().seccomp()).isTrue();
        assertThat(parse("server: { seccomp: false }\n", Map.of("CONTAINMENT_SERVER__SECCOMP", "true")).hardening()
                .pluginValues()).containsExactly(Map.entry("seccomp", "true"));
    }

    @Test
    void aSeccompValueThatIsNotABooleanNamesTheKey() {
        assertThatThrownBy(() -> parse("server: { seccomp: sometimes }\n", Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("server.seccomp: expected true or false");
    }
}
