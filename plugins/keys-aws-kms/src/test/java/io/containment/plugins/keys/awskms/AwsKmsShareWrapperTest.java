package io.containment.plugins.keys.awskms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.api.contract.TestPluginContext;
import io.containment.api.plugin.PluginConfig;
import io.containment.api.seal.ShareWrapper;
import io.containment.api.seal.ShareWrapperException;
import io.containment.testing.kms.FakeKms;
import io.containment.testing.kms.FakeKmsKey;
import io.containment.testing.kms.KeyState;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Share wrapping through the real AWS SDK v2 client against the fake KMS. */
class AwsKmsShareWrapperTest {
    static final Map<String, String> CONTEXT = Map.of("purpose", "containment-chamber-master-key-share", "share_index", "1");
    final FakeKms kms = FakeKms.start();
    @TempDir
    java.nio.file.Path dir;

    @AfterEach
    void stop() {
        kms.close();
    }

    ShareWrapper wrapper() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("region", FakeKms.REGION);
        values.put("endpoint", kms.endpoint().toString());
        values.put("access_key_id", "AKIDSHARES");
        values.put("secret_access_key", "share-secret");
        values.put("max_attempts", "1");
        AwsKmsShareWrapperFactory factory = new AwsKmsShareWrapperFactory();
        assertThat(factory.name()).isEqualTo("aws_kms");
        return factory.create(PluginConfig.of("signer_state.share_wrapper", values, factory.configProperties(), null),
                new TestPluginContext(dir));
    }

    @Test
    void aShareWrappedByOneKeyUnwrapsWithThatKeyAndContextOnly() {
        FakeKmsKey first = kms.createKey("share 1");
        FakeKmsKey second = kms.createKey("share 2");
        byte[] share = new byte[32];
        for (int i = 0; i < share.length; i++) {
            share[i] = (byte) (i * 7 + 1);
        }
        try (ShareWrapper wrapper = wrapper()) {
            byte[] wrapped = wrapper.wrap(first.keyId(), share, CONTEXT);
            assertThat(java.util.HexFormat.of().formatHex(wrapped)).doesNotContain(java.util.HexFormat.of().formatHex(share));
            assertThat(wrapper.unwrap(first.keyId(), wrapped, CONTEXT)).isEqualTo(share);
            assertThatThrownBy(() -> wrapper.unwrap(first.keyId(), wrapped, Map.of("share_index", "2")))
                    .isInstanceOf(ShareWrapperException.class).hasMessageContaining(first.keyId());
            assertThatThrownBy(() -> wrapper.unwrap(second.keyId(), wrapped, CONTEXT)).isInstanceOf(ShareWrapperException.class);
        }
    }

    @Test
    void anUnavailableOrDisabledKeyIsAShareWrapperExceptionNamingTheKey() {
        FakeKmsKey key = kms.createKey("share");
        try (ShareWrapper wrapper = wrapper()) {
            byte[] wrapped = wrapper.wrap(key.keyId(), new byte[32], CONTEXT);
            kms.setState(key.keyId(), KeyState.UNAVAILABLE);
            assertThatThrownBy(() -> wrapper.unwrap(key.keyId(), wrapped, CONTEXT)).isInstanceOf(ShareWrapperException.class)
                    .hasMessageContaining(key.keyId()).hasMessageContaining("unavailable");
            kms.setState(key.keyId(), KeyState.DISABLED);
            assertThatThrownBy(() -> wrapper.wrap(key.keyId(), new byte[32], CONTEXT)).isInstanceOf(ShareWrapperException.class)
                    .hasMessageContaining("disabled");
        }
    }
}
