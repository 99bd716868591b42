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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;

/**
 * Test key source {@code test-signing-gate}: like {@code test-raw}, but every signature waits at the
 * {@link SigningGate} — or, with {@code gate_file} set (a signer in another process), until that
 * file exists.
 */
@Extension
public class SigningGateKeySourceFactory implements KeySourceFactory {
    @Override
    public String name() {
        return "test-signing-gate";
    }

    @Override
    public List<ConfigProperty> configProperties() {
        return List.of(ConfigProperty.optional("secret_keys", ConfigProperty.Type.STRING_LIST, "hex secret keys"),
                ConfigProperty.optional("gate_file", ConfigProperty.Type.PATH, "signatures wait until this file exists"));
    }

    @Override
    public KeySource create(PluginConfig config, PluginContext context) {
        List<String> secrets = config.strings("secret_keys");
        Optional<Path> gateFile = config.path("gate_file");
        return new KeySource() {
            private List<ValidatorKey> keys = List.of();

            @Override
            public List<ValidatorKey> keys() {
                keys = secrets.stream().map(hex -> gated(context.blsSecretKeys().fromSecret(Hex.decode(hex), "test-gated"), gateFile))
                        .toList();
                return keys;
            }

            @Override
            public void close() {
                keys.forEach(ValidatorKey::destroy);
            }
        };
    }

    private static void awaitFile(Path file) {
        try {
            while (!Files.exists(file)) {
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ValidatorKey gated(ValidatorKey key, Optional<Path> gateFile) {
        return new ValidatorKey() {
            @Override
            public BlsPublicKey publicKey() {
                return key.publicKey();
            }

            @Override
            public BlsSignature sign(Root signingRoot) {
                gateFile.ifPresentOrElse(SigningGateKeySourceFactory::awaitFile, SigningGate::pass);
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
