package io.containment.runtime.keymanager;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Root;
import io.containment.api.keys.KeyDeletion;
import io.containment.api.keys.KeyStorageException;
import io.containment.api.keys.WritableKeySource;
import io.containment.api.slashing.Interchange;
import io.containment.api.slashing.SlashingStore;
import io.containment.api.slashing.StoreUnavailableException;
import io.containment.api.slashing.ValidatorHistory;
import io.containment.runtime.keys.ActiveKey;
import io.containment.runtime.keys.KeyRegistry;
import io.containment.runtime.keymanager.DeleteResult.Status;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The delete flow of the Key Manager API. Per key, in request order: the validator is disabled
 * in the slashing store (so no signer sharing it signs for it again), the key leaves the registry
 * and its source destroys it and deletes its files ({@code deleted}); a read-only key, or one the
 * store cannot disable, is {@code error} and stays. A key not loaded here is {@code not_active}
 * when the store has history for it (it is then disabled as well: a signer sharing the store used
 * it), else {@code not_found}. Then the history of every deleted, not-active and not-found key is
 * exported in one call, after every disable, so nothing can be signed that the export misses.
 */
final class KeystoreDelete {
    private static final System.Logger LOG = System.getLogger(KeystoreDelete.class.getName());
    private final KeyRegistry registry;
    private final SlashingStore store;

    KeystoreDelete(KeyRegistry registry, SlashingStore store) {
        this.registry = registry;
        this.store = store;
    }

    /** The per-key results and the exported history. Runs inside a registry change. */
    record Outcome(List<DeleteResult> results, Interchange slashingProtection) {
    }

    Outcome run(List<BlsPublicKey> publicKeys, Root genesisValidatorsRoot) {
        requireKnowable(publicKeys);
        List<DeleteResult> results = new ArrayList<>();
        for (BlsPublicKey publicKey : publicKeys) {
            results.add(deleteOne(publicKey));
        }
        try {
            disableUsedElsewhere(publicKeys, results);
            Set<BlsPublicKey> exported = new LinkedHashSet<>();
            for (int i = 0; i < publicKeys.size(); i++) {
                if (results.get(i).status() != Status.ERROR) {
                    exported.add(publicKeys.get(i));
                }
            }
            Interchange history = exported.isEmpty() ? new Interchange(genesisValidatorsRoot, List.of())
                    : store.exportInterchange(exported);
            Set<BlsPublicKey> withHistory = withHistory(history);
            List<DeleteResult> finals = new ArrayList<>();
            for (int i = 0; i < publicKeys.size(); i++) {
                DeleteResult result = results.get(i);
                boolean notActive = result.status() == Status.NOT_FOUND && withHistory.contains(publicKeys.get(i));
                finals.add(notActive ? DeleteResult.of(Status.NOT_ACTIVE) : result);
            }
            return new Outcome(finals, history);
        } catch (StoreUnavailableException e) {
            String message = "slashing protection data could not be exported: " + e.getMessage();
            List<DeleteResult> failed = results.stream()
                    .map(result -> result.status() == Status.ERROR ? result : DeleteResult.error(message)).toList();
            return new Outcome(failed, new Interchange(genesisValidatorsRoot, List.of()));
        }
    }

    /**
     * While sealed, a key not loaded here may still be stored under the master key: such a
     * request is refused whole (503) before anything is disabled or deleted.
     */
    private void requireKnowable(List<BlsPublicKey> publicKeys) {
        if (!registry.protectedSourcesSealed()) {
            return;
        }
        for (BlsPublicKey publicKey : publicKeys) {
            if (registry.active(publicKey).isEmpty()) {
                throw new KeySourceUnavailableException("the signer is sealed: key " + publicKey + " is not loaded and may be "
                        + "stored under the master key, which cannot be read until the signer is unsealed; nothing was deleted");
            }
        }
    }

    /**
     * A key not loaded here but with history in the store is signing (or signed) on a signer
     * sharing the store: it is disabled there too before its history is exported, so the export
     * is complete. A key without history is left alone.
     */
    private void disableUsedElsewhere(List<BlsPublicKey> publicKeys, List<DeleteResult> results) {
        Set<BlsPublicKey> notFound = new LinkedHashSet<>();
        for (int i = 0; i < publicKeys.size(); i++) {
            if (results.get(i).status() == Status.NOT_FOUND) {
                notFound.add(publicKeys.get(i));
            }
        }
        if (notFound.isEmpty()) {
            return;
        }
        Set<BlsPublicKey> used = withHistory(store.exportInterchange(notFound));
        for (int i = 0; i < publicKeys.size(); i++) {
            if (results.get(i).status() == Status.NOT_FOUND && used.contains(publicKeys.get(i))) {
                try {
                    SlashingSwitch.disable(store, publicKeys.get(i));
                } catch (SlashingSwitch.CannotSwitchException e) {
                    results.set(i, DeleteResult.error(e.getMessage()));
                }
            }
        }
    }

    /** The validators with at least one signed block or attestation in the export. */
    private static Set<BlsPublicKey> withHistory(Interchange interchange) {
        Set<BlsPublicKey> keys = new LinkedHashSet<>();
        for (ValidatorHistory history : interchange.data()) {
            if (!history.signedBlocks().isEmpty() || !history.signedAttestations().isEmpty()) {
                keys.add(history.pubkey());
            }
        }
        return keys;
    }

    private DeleteResult deleteOne(BlsPublicKey publicKey) {
        Optional<ActiveKey> active = registry.active(publicKey);
        if (active.isPresent() && active.get().readOnly()) {
            return DeleteResult.error("key " + publicKey + " is read-only: it was loaded by key source '"
                    + active.get().source().name() + "' from " + active.get().key().origin()
                    + ", which the Key Manager API does not manage");
        }
        if (active.isEmpty()) {
            return DeleteResult.of(Status.NOT_FOUND);
        }
        try {
            SlashingSwitch.disable(store, publicKey);
        } catch (SlashingSwitch.CannotSwitchException e) {
            return DeleteResult.error("the key was not deleted: " + e.getMessage());
        }
        registry.removed(publicKey);
        WritableKeySource source = (WritableKeySource) active.get().source().source();
        try {
            KeyDeletion deletion = source.delete(publicKey);
            if (deletion instanceof KeyDeletion.ReadOnly readOnly) { // became read-only meanwhile: keep it
                registry.added(active.get().source(), active.get().key());
                enableQuietly(publicKey);
                return DeleteResult.error("key " + publicKey + " is read-only: " + readOnly.reason());
            }
            LOG.log(Level.INFO, "deleted key {0} ({1})", publicKey, active.get().key().origin());
            return DeleteResult.of(Status.DELETED);
        } catch (KeyStorageException e) {
            LOG.log(Level.WARNING, "key {0} no longer signs, but its files could not be deleted: {1}", publicKey,
                    e.getMessage());
            return DeleteResult.error("the key no longer signs, but its stored keystore could not be deleted: "
                    + e.getMessage());
        }
    }

    private void enableQuietly(BlsPublicKey publicKey) {
        try {
            SlashingSwitch.enable(store, publicKey);
        } catch (SlashingSwitch.CannotSwitchException e) {
            LOG.log(Level.WARNING, "key {0} stays loaded but disabled in the slashing store: {1}", publicKey, e.getMessage());
        }
    }
}
