package io.containment.runtime.keymanager;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Root;
import io.containment.api.keys.InvalidKeystoreException;
import io.containment.api.keys.KeyAlreadyStoredException;
import io.containment.api.keys.KeyStorageException;
import io.containment.api.keys.PendingImport;
import io.containment.api.keys.ValidatorKey;
import io.containment.api.keys.WritableKeySource;
import io.containment.api.slashing.Interchange;
import io.containment.api.slashing.InvalidInterchangeException;
import io.containment.api.slashing.SlashingStore;
import io.containment.api.slashing.ValidatorHistory;
import io.containment.runtime.keys.KeyRegistry;
import io.containment.runtime.plugins.KeySources;
import io.containment.runtime.slashing.InterchangeJson;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The import flow of the Key Manager API, all-or-nothing on bad input: the interchange is parsed
 * and checked, then every keystore is decrypted; any failure so far is a
 * {@link KeyManagerRequestException} and nothing is written. Then the interchange entries of the
 * keys to import are imported in one call, each key is enabled in the slashing store, written by
 * the source and added to the registry ({@code imported}); a key already active is
 * {@code duplicate}; a key that cannot be stored is {@code error}.
 */
final class KeystoreImport {
    private static final System.Logger LOG = System.getLogger(KeystoreImport.class.getName());
    private final KeyRegistry registry;
    private final SlashingStore store;
    private final Root genesisValidatorsRoot;

    KeystoreImport(KeyRegistry registry, SlashingStore store, Root genesisValidatorsRoot) {
        this.registry = registry;
        this.store = store;
        this.genesisValidatorsRoot = genesisValidatorsRoot;
    }

    /**
     * Decrypts outside the registry's change lock (KDFs take long; signing, listing and other
     * writers go on), then checks duplicates, imports the history and commits inside one change.
     * The request is wiped by the caller.
     */
    List<ImportResult> run(ImportRequest request) {
        Optional<Interchange> interchange = request.slashingProtection().map(this::interchange);
        Optional<KeySources.Named> target = registry.importTarget();
        if (target.isEmpty()) {
            return request.keystores().stream()
                    .map(k -> ImportResult.error("no configured key source can import keystores")).toList();
        }
        WritableKeySource source = (WritableKeySource) target.get().source();
        requireUnsealed(target.get());
        List<PendingImport> pending = decryptAll(source, request);
        try {
            return registry.change(() -> {
                requireUnsealed(target.get()); // sealed while decrypting: nothing is written
                return commitAll(pending, interchange, target.get());
            });
        } finally {
            pending.forEach(PendingImport::close); // no-op for committed ones
        }
    }

    /** A source under the master key takes no import while the signer is sealed: 503, nothing written. */
    private void requireUnsealed(KeySources.Named target) {
        if (registry.sealedOut(target)) {
            throw new KeySourceUnavailableException("the signer is sealed: key source '" + target.name()
                    + "' stores keys under the master key and imports nothing until it is unsealed; nothing was imported");
        }
    }

    private List<ImportResult> commitAll(List<PendingImport> pending, Optional<Interchange> interchange,
                                         KeySources.Named target) {
        List<ImportResult> results = new ArrayList<>();
        List<PendingImport> accepted = new ArrayList<>();
        Set<BlsPublicKey> seen = new HashSet<>();
        for (PendingImport one : pending) {
            if (registry.active(one.publicKey()).isPresent() || !seen.add(one.publicKey())) {
                results.add(ImportResult.duplicate("key " + one.publicKey() + " is already active"));
                accepted.add(null);
            } else {
                results.add(null);
                accepted.add(one);
            }
        }
        interchange.ifPresent(data -> importHistory(data, seen));
        for (int i = 0; i < accepted.size(); i++) {
            if (accepted.get(i) != null) {
                results.set(i, commit(accepted.get(i), target));
            }
        }
        return results;
    }

    private Interchange interchange(byte[] json) {
        try {
            Interchange interchange = InterchangeJson.parse(json);
            if (!interchange.genesisValidatorsRoot().equals(genesisValidatorsRoot)) {
                throw new KeyManagerRequestException("slashing_protection: genesis_validators_root "
                        + interchange.genesisValidatorsRoot() + " is not the configured network's " + genesisValidatorsRoot);
            }
            return interchange;
        } catch (InvalidInterchangeException e) {
            throw new KeyManagerRequestException("slashing_protection: " + e.getMessage());
        }
    }

    private static List<PendingImport> decryptAll(WritableKeySource source, ImportRequest request) {
        List<PendingImport> pending = new ArrayList<>();
        try {
            for (int i = 0; i < request.keystores().size(); i++) {
                try {
                    pending.add(source.prepareImport(request.keystores().get(i), request.passwords().get(i)));
                } catch (InvalidKeystoreException e) {
                    throw new KeyManagerRequestException("keystores[" + i + "]: " + e.getMessage());
                } catch (KeyStorageException e) { // the source cannot take keys now (e.g. sealed meanwhile)
                    throw new KeySourceUnavailableException("keystores[" + i + "]: " + e.getMessage() + "; nothing was imported");
                }
            }
            return pending;
        } catch (RuntimeException e) {
            pending.forEach(PendingImport::close);
            throw e;
        }
    }

    /** The interchange entries of the keys about to be imported, in one all-or-nothing import. */
    private void importHistory(Interchange interchange, Set<BlsPublicKey> importing) {
        List<ValidatorHistory> relevant = interchange.data().stream()
                .filter(history -> importing.contains(history.pubkey())).toList();
        if (relevant.isEmpty()) {
            return;
        }
        try {
            store.importInterchange(new Interchange(interchange.genesisValidatorsRoot(), relevant));
        } catch (InvalidInterchangeException e) {
            throw new KeyManagerRequestException("slashing_protection: " + e.getMessage());
        }
    }

    private ImportResult commit(PendingImport pending, KeySources.Named target) {
        BlsPublicKey publicKey = pending.publicKey();
        try {
            SlashingSwitch.enable(store, publicKey);
            ValidatorKey key = pending.commit();
            registry.added(target, key);
            return ImportResult.imported();
        } catch (KeyAlreadyStoredException e) { // another signer sharing the storage imported it just now
            return ImportResult.duplicate(e.getMessage());
        } catch (KeyStorageException e) {
            LOG.log(Level.WARNING, "import of {0} failed: {1}", publicKey, e.getMessage());
            return ImportResult.error(e.getMessage());
        } catch (SlashingSwitch.CannotSwitchException e) {
            return ImportResult.error(e.getMessage());
        }
    }
}
