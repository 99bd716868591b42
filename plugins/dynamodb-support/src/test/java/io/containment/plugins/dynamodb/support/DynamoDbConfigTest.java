package io.containment.plugins.dynamodb.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.api.plugin.ConfigProperty;
import io.containment.api.plugin.PluginConfig;
import io.containment.api.plugin.PluginConfigException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shared keys: declared once, each bad value refused naming its full key. */
class DynamoDbConfigTest {
    private static final Map<String, String> GOOD = Map.of("table", "seal-state", "region", "eu-west-1",
            "endpoint", "http://127.0.0.1:1", "access_key_id", "AKID", "secret_access_key", "secret");

    @Test
    void declaresTheSharedKeysWithCredentialsAsSecrets() {
        var properties = DynamoDbConfig.properties("the table", "the limit");
        assertThat(properties).extracting(ConfigProperty::name).containsExactly("table", "region", "endpoint",
                "create_table", "access_key_id", "secret_access_key", "timeout_ms", "attempt_timeout_ms", "max_retries");
        assertThat(properties).filteredOn(p -> p.name().equals("access_key_id") || p.name().equals("secret_access_key"))
                .extracting(ConfigProperty::type).containsOnly(ConfigProperty.Type.SECRET);
    }

    @Test
    void readsTheDefaults() {
        DynamoDbConfig config = read(GOOD);
        assertThat(config.table()).isEqualTo("seal-state");
        assertThat(config.createTable()).isFalse();
        assertThat(config.createTableKey()).isEqualTo("signer_state.create_table");
        assertThat(config.client().timeout()).isEqualTo(Duration.ofMillis(3000));
        try (var client = config.client().client()) {
            assertThat(client.serviceClientConfiguration().region().id()).isEqualTo("eu-west-1");
            assertThat(client.serviceClientConfiguration().endpointOverride()).contains(java.net.URI.create("http://127.0.0.1:1"));
        }
    }

    @Test
    void eachBadValueIsRefusedNamingItsKey() {
        Map<String, String> bad = Map.of("table", "no spaces", "endpoint", "ftp://example", "region", "EU WEST",
                "timeout_ms", "0", "attempt_timeout_ms", "-5", "max_retries", "11");
        for (Map.Entry<String, String> entry : bad.entrySet()) {
            Map<String, String> values = new HashMap<>(GOOD);
            values.put(entry.getKey(), entry.getValue());
            assertThatThrownBy(() -> read(values)).as(entry.getKey()).isInstanceOf(PluginConfigException.class)
                    .hasMessageStartingWith("signer_state." + entry.getKey());
        }
    }

    @Test
    void credentialsComeInPairs() {
        Map<String, String> onlyId = new HashMap<>(GOOD);
        onlyId.remove("secret_access_key");
        assertThatThrownBy(() -> read(onlyId)).isInstanceOf(PluginConfigException.class)
                .hasMessageStartingWith("signer_state.secret_access_key").hasMessageNotContaining("AKID");
        Map<String, String> onlySecret = new HashMap<>(GOOD);
        onlySecret.remove("access_key_id");
        assertThatThrownBy(() -> read(onlySecret)).isInstanceOf(PluginConfigException.class)
                .hasMessageStartingWith("signer_state.access_key_id").hasMessageNotContaining("secret\"");
    }

    private static DynamoDbConfig read(Map<String, String> values) {
        return DynamoDbConfig.read(PluginConfig.of("signer_state", values, DynamoDbConfig.properties("t", "l"), Path.of(".")));
    }
}
