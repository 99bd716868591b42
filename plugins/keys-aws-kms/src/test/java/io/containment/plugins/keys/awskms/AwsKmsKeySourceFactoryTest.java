package io.containment.plugins.keys.awskms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.api.contract.TestPluginContext;
import io.containment.api.plugin.ConfigProperty;
import io.containment.api.plugin.PluginConfig;
import io.containment.api.plugin.PluginConfigException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The aws_kms section: declared keys, and every unusable value refused naming its key. */
class AwsKmsKeySourceFactoryTest {
    private final AwsKmsKeySourceFactory factory = new AwsKmsKeySourceFactory();
    @TempDir
    Path dir;

    @Test
    void isNamedAwsKmsAndDeclaresItsKeys() {
        assertThat(factory.name()).isEqualTo("aws_kms");
        assertThat(factory.configProperties()).extracting(ConfigProperty::name).containsExactlyInAnyOrder("paths",
                "load_concurrency", "region", "endpoint", "access_key_id", "secret_access_key", "session_token", "max_attempts");
    }

    @Test
    void pathsAreRequired() {
        assertRefused(Map.of("region", "eu-west-1"), "key_sources.aws_kms.paths", "is required");
    }

    @Test
    void anAccessKeyWithoutItsSecretIsRefused() {
        assertRefused(values(Map.of("access_key_id", "AKID")), "key_sources.aws_kms.secret_access_key", "is required with access_key_id");
        assertRefused(values(Map.of("secret_access_key", "s")), "key_sources.aws_kms.access_key_id", "is required with secret_access_key");
    }

    @Test
    void anEndpointThatIsNotAnHttpUrlIsRefused() {
        assertRefused(values(Map.of("endpoint", "kms.local:443")), "key_sources.aws_kms.endpoint", "must be an http(s) URL");
    }

    @Test
    void concurrencyAndAttemptsMustBePositive() {
        assertRefused(values(Map.of("load_concurrency", "0")), "key_sources.aws_kms.load_concurrency", "at least 1");
        assertRefused(values(Map.of("max_attempts", "0")), "key_sources.aws_kms.max_attempts", "at least 1");
    }

    @Test
    void anUnknownKeyIsRefused() {
        assertRefused(values(Map.of("kms_key", "x")), "key_sources.aws_kms.kms_key", "unknown key");
    }

    @Test
    void secretsMayComeFromTheEnvironmentAndAMissingVariableNamesTheKey() {
        assertRefused(values(Map.of("access_key_id", "env:CONTAINMENT_TEST_SURELY_UNSET", "secret_access_key", "s")),
                "key_sources.aws_kms.access_key_id", "CONTAINMENT_TEST_SURELY_UNSET is not set");
    }

    @Test
    void aValidSectionCreatesASourceWithoutCallingKms() {
        try (var source = create(values(Map.of()))) {
            assertThat(source.problems()).isEmpty();
        }
    }

    private Map<String, Object> values(Map<String, Object> extra) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("paths", List.of(dir.toString()));
        values.put("region", "eu-west-1");
        values.put("endpoint", "http://127.0.0.1:9");
        values.putAll(extra);
        return values;
    }

    private io.containment.api.keys.KeySource create(Map<String, Object> values) {
        return factory.create(PluginConfig.of("key_sources.aws_kms", values, factory.configProperties(), dir),
                new TestPluginContext(dir));
    }

    private void assertRefused(Map<String, Object> values, String key, String reason) {
        assertThatThrownBy(() -> create(values)).isInstanceOfSatisfying(PluginConfigException.class, e -> {
            assertThat(e.key()).isEqualTo(key);
            assertThat(e.getMessage()).contains(reason);
        });
    }
}
