package io.containment.runtime.keymanager;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.slashing.SlashingStore;
import io.containment.runtime.config.Settings;
import io.containment.runtime.keys.KeyRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Semaphore;

/**
 * The Ethereum Key Manager API behind {@code /eth/v1/keystores}: list, import, delete. Enforces
 * the configured limits before doing anything (body size and items per request: 413; imports and
 * deletes running at once: 429). Deletes and the commit step of imports each run as one registry
 * change; keystores are decrypted before, outside it.
 */
public final class KeyManagerService {
    private final KeyRegistry registry;
    private final Settings settings;
    private final KeystoreImport importFlow;
    private final KeystoreDelete deleteFlow;
    private final Semaphore writes;

    public KeyManagerService(KeyRegistry registry, SlashingStore store, Settings settings) {
        this.registry = registry;
        this.settings = settings;
        this.importFlow = new KeystoreImport(registry, store, settings.network().genesisValidatorsRoot());
        this.deleteFlow = new KeystoreDelete(registry, store);
        this.writes = new Semaphore(settings.keyManagerLimits().maxConcurrentWrites());
    }

    /** @throws KeyManagerDisabledException unless {@code http.key_manager_api.enabled} */
    public void requireEnabled() {
        if (!settings.keyManagerApi()) {
            throw new KeyManagerDisabledException();
        }
    }

    /** Every active key, in source order. */
    public List<ListedKey> list() {
        requireEnabled();
        return registry.activeKeys().stream()
                .map(active -> new ListedKey(active.key().publicKey(), active.key().derivationPath(), active.readOnly()))
                .toList();
    }

    /** {@code POST /eth/v1/keystores}: one result per keystore, in request order. */
    public List<ImportResult> importKeystores(InputStream body) {
        requireEnabled();
        byte[] bytes = read(body);
        ImportRequest request;
        try {
            request = KeyManagerRequests.importRequest(bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
        try {
            int keystores = request.keystores().size();
            if (keystores != request.passwords().size()) {
                throw new KeyManagerRequestException("keystores has " + keystores + " items but passwords has "
                        + request.passwords().size() + "; passwords[i] must unlock keystores[i]");
            }
            checkItems("keystores", keystores);
            return whileWriting(() -> importFlow.run(request));
        } finally {
            request.wipe();
        }
    }

    /** {@code DELETE /eth/v1/keystores}: one result per public key and the EIP-3076 export. */
    public KeystoreDelete.Outcome deleteKeys(InputStream body) {
        requireEnabled();
        byte[] bytes = read(body);
        List<BlsPublicKey> publicKeys = KeyManagerRequests.deleteRequest(bytes);
        checkItems("pubkeys", publicKeys.size());
        return whileWriting(() -> registry.change(() ->
                deleteFlow.run(publicKeys, settings.network().genesisValidatorsRoot())));
    }

    private void checkItems(String field, int count) {
        int max = settings.keyManagerLimits().maxItemsPerRequest();
        if (count > max) {
            throw new RequestTooLargeException(field + " has " + count + " items; at most " + max
                    + " per request (http.key_manager_api.max_items_per_request)");
        }
    }

    private <T> T whileWriting(java.util.function.Supplier<T> write) {
        if (!writes.tryAcquire()) {
            throw new TooManyWritesException("already " + settings.keyManagerLimits().maxConcurrentWrites()
                    + " Key Manager imports/deletes running (http.key_manager_api.max_concurrent_writes); try again later");
        }
        try {
            return write.get();
        } finally {
            writes.release();
        }
    }

    /** The body, at most {@code max_request_bytes}; the caller wipes it. */
    private byte[] read(InputStream body) {
        int max = settings.keyManagerLimits().maxRequestBytes();
        try {
            return BoundedBody.read(body, max);
        } catch (IOException e) {
            throw new KeyManagerRequestException("cannot read the request body (" + e.getClass().getSimpleName() + ")");
        }
    }
}
