package io.containment.runtime.keymanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Hex;
import io.containment.api.contract.ReferenceSlashingStore;
import io.containment.api.contract.TestPluginContext;
import io.containment.api.keys.InvalidKeystoreException;
import io.containment.api.keys.KeyDeletion;
import io.containment.api.keys.KeyAlreadyStoredException;
import io.containment.api.keys.KeyStorageException;
import io.containment.api.keys.PendingImport;
import io.containment.api.keys.ValidatorKey;
import io.containment.api.keys.WritableKeySource;
import io.containment.api.seal.MasterKeyProtected;
import io.containment.runtime.bls.BlstSecretKeys;
import io.containment.runtime.keys.KeyRegistry;
import io.containment.runtime.plugins.KeySources;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Key Manager writes to a source under the master key: while sealed an import or a delete that
 * may concern it is refused whole (503) and nothing is written, disabled or deleted; unsealed,
 * they go through; a source refusing at prepare time is 503 as well.
 */
class SealedKeySourceWritesTest {
    private final BlstSecretKeys bls = new BlstSecretKeys();
    private final ReferenceSlashingStore store = new ReferenceSlashingStore(TestPluginContext.MAINNET_GVR);
    private WritableProtectedSource source;
    private KeyRegistry registry;
    private KeystoreImport imports;
    private KeystoreDelete deletes;

    @BeforeEach
    void setUp() {
        source = new WritableProtectedSource(bls);
        registry = new KeyRegistry(new KeySources(List.of(new KeySources.Named("protected", source))));
        registry.load();
        imports = new KeystoreImport(registry, store, TestPluginContext.MAINNET_GVR);
        deletes = new KeystoreDelete(registry, store);
    }

    private static String secretHex() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        secret[0] = (byte) (1 + (secret[0] & 0x3f));
        return HexFormat.of().formatHex(secret);
    }

    private static ImportRequest request(String secretHex) {
        return new ImportRequest(List.of(secretHex.getBytes(StandardCharsets.UTF_8)),
                List.of("pw".getBytes(StandardCharsets.UTF_8)), Optional.empty());
    }

    private BlsPublicKey publicKeyOf(String secretHex) {
        return bls.fromSecret(Hex.decode(secretHex, 32, "secret"), "test").publicKey();
    }

    @Test
    void whileSealedAnImportIsRefusedWithNothingWritten() {
        assertThatThrownBy(() -> imports.run(request(secretHex()))).isInstanceOf(KeySourceUnavailableException.class)
                .hasMessageContaining("sealed").hasMessageContaining("'protected'");

        assertThat(source.prepared).isZero();
        assertThat(source.stored).isEmpty();
    }

    @Test
    void whileSealedADeleteOfAKeyNotLoadedIsRefusedWhole() {
        BlsPublicKey someKey = publicKeyOf(secretHex());

        assertThatThrownBy(() -> registry.change(() -> deletes.run(List.of(someKey), TestPluginContext.MAINNET_GVR)))
                .isInstanceOf(KeySourceUnavailableException.class).hasMessageContaining("sealed")
                .hasMessageContaining(someKey.toHex());
        assertThat(source.deleted).isEmpty();
    }

    @Test
    void unsealedImportsAndDeletesGoThrough() {
        registry.unsealProtected(new byte[32]);
        String secret = secretHex();
        BlsPublicKey publicKey = publicKeyOf(secret);

        assertThat(imports.run(request(secret))).extracting(ImportResult::status).containsExactly(ImportResult.Status.IMPORTED);
        assertThat(registry.find(publicKey)).isPresent();

        KeystoreDelete.Outcome outcome = registry.change(() -> deletes.run(List.of(publicKey), TestPluginContext.MAINNET_GVR));
        assertThat(outcome.results()).extracting(DeleteResult::status).containsExactly(DeleteResult.Status.DELETED);
        assertThat(source.deleted).containsExactly(publicKey);
    }

    @Test
    void aSourceThatCannotTakeKeysAtPrepareTimeIs503() {
        registry.unsealProtected(new byte[32]);
        source.refusePrepare = true;

        assertThatThrownBy(() -> imports.run(request(secretHex()))).isInstanceOf(KeySourceUnavailableException.class)
                .hasMessageContaining("keystores[0]").hasMessageContaining("storage refused");
        assertThat(source.stored).isEmpty();
    }

    @Test
    void aKeyAnotherSignerStoredJustNowIsDuplicateAndOtherStorageFailuresAreErrors() {
        registry.unsealProtected(new byte[32]);
        source.commitFailure = new KeyAlreadyStoredException("key already active in the shared table; nothing was written");
        assertThat(imports.run(request(secretHex()))).extracting(ImportResult::status)
                .containsExactly(ImportResult.Status.DUPLICATE);

        source.commitFailure = new KeyStorageException("disk full");
        assertThat(imports.run(request(secretHex()))).extracting(ImportResult::status).containsExactly(ImportResult.Status.ERROR);
        assertThat(source.stored).isEmpty();
    }

    /** Hex "keystores" with password {@code pw}, held in memory; under the master key. */
    private static final class WritableProtectedSource implements WritableKeySource, MasterKeyProtected {
        private final BlstSecretKeys bls;
        final List<ValidatorKey> stored = new ArrayList<>();
        final List<BlsPublicKey> deleted = new ArrayList<>();
        volatile int prepared;
        volatile boolean refusePrepare;
        /** Thrown by the next commits instead of storing, when set. */
        volatile KeyStorageException commitFailure;
        private volatile boolean unsealed;

        WritableProtectedSource(BlstSecretKeys bls) {
            this.bls = bls;
        }

        @Override
        public void unseal(byte[] masterKey) {
            unsealed = true;
        }

        @Override
        public synchronized void seal() {
            unsealed = false;
            stored.forEach(ValidatorKey::destroy);
        }

        @Override
        public synchronized List<ValidatorKey> keys() {
            return unsealed ? List.copyOf(stored) : List.of();
        }

        @Override
        public PendingImport prepareImport(byte[] keystoreJson, byte[] password) {
            prepared++;
            if (!unsealed || refusePrepare) {
                throw new KeyStorageException("storage refused: sealed or unavailable");
            }
            if (!"pw".equals(new String(password, StandardCharsets.UTF_8))) {
                throw new InvalidKeystoreException("wrong password");
            }
            ValidatorKey key = bls.fromSecret(Hex.decode(new String(keystoreJson, StandardCharsets.UTF_8), 32, "secret"), "p");
            return new PendingImport() {
                @Override
                public BlsPublicKey publicKey() {
                    return key.publicKey();
                }

                @Override
                public Optional<String> derivationPath() {
                    return Optional.empty();
                }

                @Override
                public ValidatorKey commit() {
                    if (commitFailure != null) {
                        key.destroy();
                        throw commitFailure;
                    }
                    synchronized (WritableProtectedSource.this) {
                        stored.add(key);
                    }
                    return key;
                }

                @Override
                public void close() {
                }
            };
        }

        @Override
        public boolean readOnly(BlsPublicKey publicKey) {
            return false;
        }

        @Override
        public synchronized KeyDeletion delete(BlsPublicKey publicKey) {
            deleted.add(publicKey);
            stored.removeIf(key -> key.publicKey().equals(publicKey));
            return new KeyDeletion.Deleted();
        }

        @Override
        public void close() {
            seal();
        }
    }
}
