package io.containment.runtime.testplugins;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Hex;
import io.containment.api.keys.InvalidKeystoreException;
import io.containment.api.keys.KeyDeletion;
import io.containment.api.keys.KeySource;
import io.containment.api.keys.KeySourceFactory;
import io.containment.api.keys.PendingImport;
import io.containment.api.keys.ValidatorKey;
import io.containment.api.keys.WritableKeySource;
import io.containment.api.plugin.ConfigProperty;
import io.containment.api.plugin.PluginConfig;
import io.containment.api.plugin.PluginContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Test key source {@code test-gated}: configured keys (read-only) plus imported ones held in
 * memory. Its "keystore" is just the hex secret and the password must be {@code pw} — the
 * runtime's flows are under test here, real keystores are tested end to end. Reloads and imports
 * wait at the {@link Gate}s while a test keeps them closed. Runtime tests only.
 */
@org.pf4j.Extension
public class GatedKeySourceFactory implements KeySourceFactory {
    @Override
    public String name() {
        return "test-gated";
    }

    @Override
    public List<ConfigProperty> configProperties() {
        return List.of(ConfigProperty.optional("secret_keys", ConfigProperty.Type.STRING_LIST, "read-only hex secret keys"));
    }

    @Override
    public KeySource create(PluginConfig config, PluginContext context) {
        return new GatedSource(config.strings("secret_keys"), context);
    }

    private static final class GatedSource implements WritableKeySource {
        private final List<String> configured;
        private final PluginContext context;
        private final List<ValidatorKey> readOnly = new ArrayList<>();
        private final List<ValidatorKey> imported = new ArrayList<>();

        GatedSource(List<String> configured, PluginContext context) {
            this.configured = configured;
            this.context = context;
        }

        @Override
        public synchronized List<ValidatorKey> keys() {
            if (readOnly.isEmpty()) {
                configured.forEach(hex -> readOnly.add(context.blsSecretKeys().fromSecret(Hex.decode(hex), "config")));
            }
            List<ValidatorKey> all = new ArrayList<>(readOnly);
            all.addAll(imported);
            return all;
        }

        @Override
        public Optional<List<ValidatorKey>> reload() {
            Gate.RELOAD.pass();
            return Optional.of(keys());
        }

        @Override
        public PendingImport prepareImport(byte[] keystoreJson, byte[] password) {
            try {
                Gate.IMPORT.pass();
                if (!Arrays.equals(password, "pw".getBytes(StandardCharsets.UTF_8))) {
                    throw new InvalidKeystoreException("checksum mismatch: wrong password");
                }
                byte[] secret;
                try {
                    secret = Hex.decode(new String(keystoreJson, StandardCharsets.UTF_8), 32, "secret");
                } catch (IllegalArgumentException e) {
                    throw new InvalidKeystoreException("not a test keystore");
                }
                ValidatorKey key = withPath(context.blsSecretKeys().fromSecret(secret, "imported"));
                return new PendingImport() {
                    private boolean done;

                    @Override
                    public BlsPublicKey publicKey() {
                        return key.publicKey();
                    }

                    @Override
                    public Optional<String> derivationPath() {
                        return Optional.of("m/12381/3600/0/0/0");
                    }

                    @Override
                    public ValidatorKey commit() {
                        done = true;
                        synchronized (GatedSource.this) {
                            imported.add(key);
                        }
                        return key;
                    }

                    @Override
                    public void close() {
                        if (!done) {
                            key.destroy();
                        }
                    }
                };
            } finally {
                Arrays.fill(keystoreJson, (byte) 0);
                Arrays.fill(password, (byte) 0);
            }
        }

        /** The key, reporting the derivation path every test keystore has. */
        private static ValidatorKey withPath(ValidatorKey key) {
            return new ValidatorKey() {
                @Override
                public BlsPublicKey publicKey() {
                    return key.publicKey();
                }

                @Override
                public io.containment.api.consensus.BlsSignature sign(io.containment.api.consensus.Root signingRoot) {
                    return key.sign(signingRoot);
                }

                @Override
                public String origin() {
                    return key.origin();
                }

                @Override
                public Optional<String> derivationPath() {
                    return Optional.of("m/12381/3600/0/0/0");
                }

                @Override
                public void destroy() {
                    key.destroy();
                }
            };
        }

        @Override
        public synchronized boolean readOnly(BlsPublicKey publicKey) {
            return readOnly.stream().anyMatch(key -> key.publicKey().equals(publicKey));
        }

        @Override
        public synchronized KeyDeletion delete(BlsPublicKey publicKey) {
            if (readOnly(publicKey)) {
                return new KeyDeletion.ReadOnly("configured");
            }
            Optional<ValidatorKey> found = imported.stream().filter(key -> key.publicKey().equals(publicKey)).findFirst();
            found.ifPresent(key -> {
                imported.remove(key);
                key.destroy();
            });
            return found.<KeyDeletion>map(key -> new KeyDeletion.Deleted()).orElseGet(KeyDeletion.NotFound::new);
        }

        @Override
        public synchronized void close() {
            readOnly.forEach(ValidatorKey::destroy);
            imported.forEach(ValidatorKey::destroy);
        }
    }
}
