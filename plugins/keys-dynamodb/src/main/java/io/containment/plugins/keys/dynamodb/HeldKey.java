package io.containment.plugins.keys.dynamodb;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.BlsSignature;
import io.containment.api.consensus.Root;
import io.containment.api.keys.ValidatorKey;
import java.util.Optional;

/**
 * A key decrypted from an item, held by the runtime's BLS implementation, together with the item
 * material it came from (a reload keeps it while the item's revision and material stay the same).
 */
final class HeldKey implements ValidatorKey {
    private final ValidatorKey key;
    private final KeyItem item;
    private final String origin;

    HeldKey(ValidatorKey key, KeyItem item, String origin) {
        this.key = key;
        this.item = item;
        this.origin = origin;
    }

    KeyItem item() {
        return item;
    }

    @Override
    public BlsPublicKey publicKey() {
        return key.publicKey();
    }

    @Override
    public BlsSignature sign(Root signingRoot) {
        return key.sign(signingRoot);
    }

    @Override
    public String origin() {
        return origin;
    }

    @Override
    public Optional<String> derivationPath() {
        return item.derivationPath();
    }

    @Override
    public void destroy() {
        key.destroy();
    }

    @Override
    public String toString() {
        return "ValidatorKey[" + key.publicKey() + " from " + origin + "]";
    }
}
