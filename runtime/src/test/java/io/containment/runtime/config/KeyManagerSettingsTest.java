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

/** {@code http.key_manager_api}: enabled flag and request limits, defaults and errors naming the key. */
class KeyManagerSettingsTest {
    @TempDir
    Path dir;

    private Settings parse(String yaml) throws IOException {
        Path file = dir.resolve("config.yaml");
        Files.writeString(file, yaml);
        return SettingsParser.parse(ConfigLoader.load(Optional.of(file), Map.of(), Map.of()), Optional.of(file), dir);
    }

    @Test
    void disabledWithDefaultLimitsUnlessConfigured() throws IOException {
        Settings settings = parse("network: mainnet\n");
        assertThat(settings.keyManagerApi()).isFalse();
        assertThat(settings.keyManagerLimits()).isEqualTo(new Settings.KeyManagerLimits(100, 1, 32 * 1024 * 1024));
    }

    @Test
    void limitsAreRead() throws IOException {
        Settings settings = parse("""
                http:
                  key_manager_api: { enabled: true, max_items_per_request: 7, max_concurrent_writes: 2, max_request_bytes: 4096 }
                """);
        assertThat(settings.keyManagerApi()).isTrue();
        assertThat(settings.keyManagerLimits()).isEqualTo(new Settings.KeyManagerLimits(7, 2, 4096));
    }

    @Test
    void importToNamesAConfiguredKeySource() throws IOException {
        assertThat(parse("network: mainnet\n").keyManagerImportTo()).isEmpty();
        assertThat(parse("""
                key_sources: { filesystem: {}, dynamodb: { table: keys } }
                http: { key_manager_api: { enabled: true, import_to: dynamodb } }
                """).keyManagerImportTo()).contains("dynamodb");
        assertThat(parse("http: { key_manager_api: { import_to: filesystem } }\n").keyManagerImportTo())
                .as("the default key source").contains("filesystem");
        assertThatThrownBy(() -> parse("""
                key_sources: { filesystem: {} }
                http: { key_manager_api: { import_to: dynamodb } }
                """)).isInstanceOf(ConfigException.class)
                .hasMessage("http.key_manager_api.import_to: no key source named 'dynamodb' is configured (key_sources: filesystem)");
    }

    @Test
    void badValuesNameTheKey() {
        assertThatThrownBy(() -> parse("http: { key_manager_api: { max_items_per_request: 0 } }\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("http.key_manager_api.max_items_per_request: must be between");
        assertThatThrownBy(() -> parse("http: { key_manager_api: { max_concurrent_writes: many } }\n"))
                .hasMessageStartingWith("http.key_manager_api.max_concurrent_writes: expected an integer");
        assertThatThrownBy(() -> parse("http: { key_manager_api: { max_items: 3 } }\n"))
                .hasMessageStartingWith("http.key_manager_api.max_items: unknown key");
    }
}
