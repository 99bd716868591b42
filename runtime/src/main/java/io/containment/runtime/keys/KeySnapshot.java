package io.containment.runtime.keys;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.keys.ValidatorKey;
import io.containment.runtime.plugins.KeySources;
import java.lang.System.Logger.Level;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One immutable state of the registry: each source's keys, and the active key per public key
 * (on a duplicate the earlier source in configuration order wins; a warning names both).
 *
 * @param perSource source name → the keys it handed out (in configuration order)
 * @param active    public key → the key that signs for it
 */
record KeySnapshot(Map<String, List<ValidatorKey>> perSource, Map<BlsPublicKey, ActiveKey> active) {
    private static final System.Logger LOG = System.getLogger(KeyRegistry.class.getName());

    static final KeySnapshot EMPTY = new KeySnapshot(Map.of(), Map.of());

    /** Builds the active map from per-source key lists, in the sources' order. */
    static KeySnapshot of(KeySources sources, Map<String, List<ValidatorKey>> perSource) {
        Map<BlsPublicKey, ActiveKey> active = new LinkedHashMap<>();
        Map<String, List<ValidatorKey>> ordered = new LinkedHashMap<>();
        for (KeySources.Named named : sources.sources()) {
            List<ValidatorKey> keys = List.copyOf(perSource.getOrDefault(named.name(), List.of()));
            ordered.put(named.name(), keys);
            for (ValidatorKey key : keys) {
                ActiveKey first = active.putIfAbsent(key.publicKey(), new ActiveKey(key, named));
                if (first != null && first.key() != key) {
                    LOG.log(Level.WARNING, "duplicate key {0}: using {1}, ignoring {2}", key.publicKey(),
                            first.key().origin(), key.origin());
                }
            }
        }
        return new KeySnapshot(java.util.Collections.unmodifiableMap(ordered), java.util.Collections.unmodifiableMap(active));
    }
}
