package io.containment.runtime.testplugins;

import io.containment.api.consensus.Hex;
import io.containment.api.keys.KeySource;
import io.containment.api.keys.KeySourceFactory;
import io.containment.api.keys.ValidatorKey;
import io.containment.api.plugin.ConfigProperty;
import io.containment.api.plugin.PluginConfig;
import io.containment.api.plugin.PluginContext;
import io.containment.api.seal.MasterKeyProtected;
import java.util.List;
import org.pf4j.Extension;

/**
 * Test key source {@code test-protected}: hex secrets from configuration that count as keys under
 * the master key — served only while unsealed, destroyed at seal. Runtime tests only.
 */
@Extension
public class ProtectedRawKeySourceFactory implements KeySourceFactory {
    @Override
    public String name() {
        return "test-protected";
    }

    @Override
    public List<ConfigProperty> configProperties() {
        return List.of(ConfigProperty.optional("secret_keys", ConfigProperty.Type.STRING_LIST, "hex secret keys"));
    }

    @Override
    public KeySource create(PluginConfig config, PluginContext context) {
        List<String> secrets = config.strings("secret_keys");
        return new Source(secrets, context);
    }

    private static final class Source implements KeySource, MasterKeyProtected {
        private final List<String> secrets;
        private final PluginContext context;
        private List<ValidatorKey> keys = List.of();
        private boolean unsealed;

        Source(List<String> secrets, PluginContext context) {
            this.secrets = secrets;
            this.context = context;
        }

        @Override
        public synchronized void unseal(byte[] masterKey) {
            unsealed = true;
        }

        @Override
        public synchronized void seal() {
            unsealed = false;
            keys.forEach(ValidatorKey::destroy);
            keys = List.of();
        }

        @Override
        public synchronized List<ValidatorKey> keys() {
            if (unsealed && keys.isEmpty()) {
                keys = secrets.stream().map(hex -> context.blsSecretKeys().fromSecret(Hex.decode(hex), "test-protected")).toList();
            }
            return keys;
        }

        @Override
        public void close() {
            seal();
        }
    }
}
