package io.containment.runtime.keys;

import io.containment.api.keys.KeySource;
import io.containment.api.keys.ValidatorKey;
import io.containment.api.keys.WritableKeySource;
import io.containment.runtime.plugins.KeySources;

/** A key in the registry and the configured source it came from. */
public record ActiveKey(ValidatorKey key, KeySources.Named source) {
    /** Whether the Key Manager API may not delete it: its source is not writable or does not manage it. */
    public boolean readOnly() {
        KeySource owner = source.source();
        return !(owner instanceof WritableKeySource writable) || writable.readOnly(key.publicKey());
    }
}
