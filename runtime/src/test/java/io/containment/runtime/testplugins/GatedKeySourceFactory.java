package io.containment.runtime.testplugins;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.BlsSignature;
import io.containment.api.consensus.Hex;
import io.containment.api.consensus.Root;
import io.containment.api.keys.KeySource;
import io.containment.api.keys.KeySourceFactory;
import io.containment.api.keys.ValidatorKey;
import io.containment.api.plugin.ConfigProperty;
import io.containment.api.plugin.PluginConfig;
import io.containment.api.plugin.PluginContext;
import java.util.List;
import org.pf4j.Extension;

/** Test key source {@code test-gated}: like {@code test-raw}, but every signature waits at the {@link SigningGate}. */
@Extension
public class GatedKeySourceFactory implements KeySourceFactory {
    @Override
    public String name() {
        return "test-gated";
    }

    @Override
    public List<ConfigProperty> configProperties() {
        return List.of(ConfigProperty.optional("secret_keys", ConfigProperty.Type.STRING_LIST, "hex secret keys"));
    }

    @Override
    public KeySource create(PluginConfig config, PluginContext context) {
        List<String> secrets = config.strings("secret_keys");
        return new KeySource() {
            private List<ValidatorKey> keys = List.of();

            @Override
            public List<ValidatorKey> keys() {
                keys = secrets.stream().map(hex -> gated(context.blsSecretKeys().fromSecret(Hex.decode(hex), "test-gated")))
                        .toList();
                return keys;
            }

            @Override
            public void close() {
                keys.forEach(ValidatorKey::destroy);
            }
        };
    }

    private static ValidatorKey gated(ValidatorKey key) {
        return new ValidatorKey() {
            @Override
            public BlsPublicKey publicKey() {
                return key.publicKey();
            }

            @Override
            public BlsSignature sign(Root signingRoot) {
                SigningGate.pass();
                return key.sign(signingRoot);
            }

            @Override
            public String origin() {
                return key.origin();
            }

            @Override
            public void destroy() {
                key.destroy();
            }
        };
    }
}
