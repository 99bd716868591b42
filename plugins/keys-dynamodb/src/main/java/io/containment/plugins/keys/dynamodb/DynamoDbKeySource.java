package io.containment.plugins.keys.dynamodb;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.keys.BlsSecretKeys;
import io.containment.api.keys.KeyAlreadyStoredException;
import io.containment.api.keys.KeyDeletion;
import io.containment.api.keys.KeyStorageException;
import io.containment.api.keys.Keystores;
import io.containment.api.keys.PendingImport;
import io.containment.api.keys.ValidatorKey;
import io.containment.api.keys.WritableKeySource;
import io.containment.api.seal.MasterKeyProtected;
import java.lang.System.Logger.Level;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Validator keys in a DynamoDB table, encrypted under the signer's master key. Sealed (the
 * start): no keys, imports and deletes refused. {@link #unseal} derives the data key and
 * forgets the master key; {@link #keys()} and {@link #reload()} then scan the active items
 * (strongly consistent, page by page) and decrypt only new or changed ones — unchanged keys stay
 * the same objects, keys whose items were deactivated, removed or changed are destroyed. An item
 * that cannot be used (malformed, fails authentication, secret not matching its pubkey) is a
 * problem line and is skipped. {@link #seal()} wipes the data key and every key at once, without
 * waiting for a scan or write in progress.
 *
 * <p>Imports write an {@code active} item (a new one, or an {@code inactive} one reactivated) with
 * a conditional write; deletes set the item {@code inactive}. Scans and writes run one at a time.
 */
final class DynamoDbKeySource implements WritableKeySource, MasterKeyProtected {
    private static final System.Logger LOG = System.getLogger(DynamoDbKeySource.class.getName());
    private final KeyTable table;
    private final BlsSecretKeys bls;
    private final Supplier<Keystores> keystores;
    private final Optional<Duration> refreshInterval;
    private final SecureRandom random;
    private final ReentrantLock io = new ReentrantLock();
    private final AtomicReference<Unsealed> unsealed = new AtomicReference<>();
    private volatile List<String> problems = List.of();
    private volatile boolean closed;

    DynamoDbKeySource(KeyTable table, BlsSecretKeys bls, Supplier<Keystores> keystores, Optional<Duration> refreshInterval,
                      SecureRandom random) {
        this.table = table;
        this.bls = bls;
        this.keystores = keystores;
        this.refreshInterval = refreshInterval;
        this.random = random;
    }

    @Override
    public void unseal(byte[] masterKey) {
        if (closed) {
            return;
        }
        Unsealed previous = unsealed.getAndSet(new Unsealed(KeyEncryption.underMasterKey(masterKey, random)));
        if (previous != null) {
            previous.seal();
        }
        LOG.log(Level.INFO, "dynamodb key source ({0}): unsealed, data key derived", table.name());
    }

    @Override
    public void seal() {
        Unsealed previous = unsealed.getAndSet(null);
        if (previous != null) {
            previous.seal();
            LOG.log(Level.INFO, "dynamodb key source ({0}): sealed, data key and keys wiped", table.name());
        }
    }

    /** Empty while sealed; else the active items' keys. A table that cannot be read keeps the keys held and is a problem. */
    @Override
    public List<ValidatorKey> keys() {
        Unsealed state = unsealed.get();
        if (state == null) {
            return List.of();
        }
        try {
            return refresh(state);
        } catch (SdkException e) {
            problems = List.of(unreadable(e));
            return List.copyOf(state.keys().values());
        }
    }

    /**
     * The active items' keys, decrypting only new and changed items.
     *
     * @throws KeyStorageException when the table cannot be read (the runtime keeps the keys it has)
     */
    @Override
    public Optional<List<ValidatorKey>> reload() {
        Unsealed state = unsealed.get();
        if (state == null) {
            return Optional.of(List.of());
        }
        try {
            return Optional.of(refresh(state));
        } catch (SdkException e) {
            throw new KeyStorageException(unreadable(e));
        }
    }

    @Override
    public Optional<Duration> refreshInterval() {
        return refreshInterval;
    }

    @Override
    public List<String> problems() {
        return problems;
    }

    private List<ValidatorKey> refresh(Unsealed state) {
        io.lock();
        try {
            KeyTable.Scan scan = table.scanActive();
            Map<BlsPublicKey, HeldKey> held = state.keys();
            Map<BlsPublicKey, HeldKey> next = new LinkedHashMap<>();
            List<String> found = new ArrayList<>(scan.problems());
            int decrypted = 0;
            for (KeyItem item : scan.items()) {
                HeldKey current = held.get(item.publicKey());
                if (current != null && current.item().sameMaterialAs(item)) {
                    next.put(item.publicKey(), current);
                    continue;
                }
                try {
                    next.put(item.publicKey(), decrypt(state.encryption(), item));
                    decrypted++;
                } catch (ItemException e) {
                    found.add(e.getMessage());
                } catch (IllegalStateException dataKeyWiped) {
                    if (!state.isSealed()) {
                        throw dataKeyWiped;
                    }
                }
                if (state.isSealed()) {
                    break;
                }
            }
            if (!state.replace(next)) {
                return List.of();
            }
            logChange(held, next, decrypted, found);
            problems = List.copyOf(found);
            return List.copyOf(next.values());
        } finally {
            io.unlock();
        }
    }

    private HeldKey decrypt(KeyEncryption encryption, KeyItem item) throws ItemException {
        String label = "item " + item.publicKey();
        byte[] secret;
        try {
            secret = encryption.decrypt(item.publicKey(), item.format(), item.nonce(), item.ciphertext());
        } catch (ItemException e) {
            throw new ItemException(label + ": " + e.getMessage());
        }
        ValidatorKey key;
        try {
            key = bls.fromSecret(secret, origin(item.publicKey()));
        } catch (IllegalArgumentException e) {
            throw new ItemException(label + ": the decrypted secret is not a valid BLS secret key");
        } finally {
            Wipe.bytes(secret);
        }
        if (!key.publicKey().equals(item.publicKey())) {
            BlsPublicKey actual = key.publicKey();
            key.destroy();
            throw new ItemException(label + ": the decrypted secret belongs to " + actual + ", not to the item's pubkey");
        }
        return new HeldKey(key, item, origin(item.publicKey()));
    }

    @Override
    public PendingImport prepareImport(byte[] keystoreJson, byte[] password) {
        try {
            requireUnsealed("import");
            Keystores.DecryptedKeystore decrypted = keystores.get().decrypt(keystoreJson, password);
            return new DynamoDbImport(this, decrypted.publicKey(), decrypted.secret(), KeystorePath.of(keystoreJson));
        } finally {
            Wipe.bytes(keystoreJson, password);
        }
    }

    /**
     * Encrypts and writes an import as an active item and holds its key; called by
     * {@link DynamoDbImport#commit()}, which wipes {@code secret}.
     */
    ValidatorKey store(BlsPublicKey publicKey, byte[] secret, Optional<String> derivationPath) {
        Unsealed state = requireUnsealed("import");
        io.lock();
        try {
            KeyEncryption.Sealed sealed;
            try {
                sealed = state.encryption().encrypt(publicKey, secret);
            } catch (IllegalStateException dataKeyWiped) {
                throw new KeyStorageException("the signer was sealed during the import of " + publicKey + "; nothing was written");
            }
            Optional<KeyItem> written;
            try {
                written = table.activate(publicKey, sealed, derivationPath);
            } catch (SdkException e) {
                throw new KeyStorageException("cannot write key " + publicKey + " to DynamoDB table " + table.name() + ": "
                        + e.getMessage());
            }
            if (written.isEmpty()) {
                throw new KeyAlreadyStoredException("key " + publicKey + " is already active in DynamoDB table " + table.name()
                        + " (imported through another signer sharing the table; it is loaded at the next refresh); nothing was written");
            }
            HeldKey key = new HeldKey(bls.fromSecret(secret, origin(publicKey)), written.get(), origin(publicKey));
            // sealed meanwhile: the item is stored and loads at the next unseal; the key here is destroyed
            state.add(key);
            LOG.log(Level.INFO, "dynamodb key source ({0}): imported {1} (revision {2})", table.name(), publicKey,
                    written.get().revision());
            return key;
        } finally {
            io.unlock();
        }
    }

    @Override
    public boolean readOnly(BlsPublicKey publicKey) {
        return false;
    }

    /**
     * Destroys the key here and sets its item {@code inactive}: no signer loads it again, the
     * encrypted secret stays in the item until an operator removes it.
     */
    @Override
    public KeyDeletion delete(BlsPublicKey publicKey) {
        Unsealed state = requireUnsealed("delete");
        io.lock();
        try {
            boolean held = state.remove(publicKey).isPresent();
            boolean wasActive;
            try {
                wasActive = table.deactivate(publicKey);
            } catch (SdkException e) {
                throw new KeyStorageException("key " + publicKey + " is destroyed here, but its item in DynamoDB table "
                        + table.name() + " could not be set inactive: " + e.getMessage());
            }
            if (!held && !wasActive) {
                return new KeyDeletion.NotFound();
            }
            LOG.log(Level.INFO, "dynamodb key source ({0}): deleted {1} (item set inactive)", table.name(), publicKey);
            return new KeyDeletion.Deleted();
        } finally {
            io.unlock();
        }
    }

    @Override
    public void close() {
        closed = true;
        seal();
        io.lock();
        try {
            table.client().close();
        } finally {
            io.unlock();
        }
    }

    private Unsealed requireUnsealed(String operation) {
        Unsealed state = closed ? null : unsealed.get();
        if (state == null) {
            throw new KeyStorageException("cannot " + operation + ": the signer is sealed (keys in DynamoDB table "
                    + table.name() + " are encrypted under the master key)");
        }
        return state;
    }

    private String origin(BlsPublicKey publicKey) {
        return "dynamodb:" + table.name() + "/" + publicKey;
    }

    private String unreadable(SdkException e) {
        return "cannot read DynamoDB table " + table.name() + ": " + e.getMessage();
    }

    private void logChange(Map<BlsPublicKey, HeldKey> before, Map<BlsPublicKey, HeldKey> after, int decrypted,
                           List<String> found) {
        long removed = before.keySet().stream().filter(key -> !after.containsKey(key)).count();
        if (decrypted > 0 || removed > 0 || !found.equals(problems)) {
            LOG.log(Level.INFO, "dynamodb key source ({0}): {1} keys active ({2} decrypted, {3} dropped), {4} problems",
                    table.name(), after.size(), decrypted, removed, found.size());
        }
    }
}
