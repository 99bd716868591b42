package io.containment.api.keys;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.BlsSignature;
import io.containment.api.consensus.Root;
import java.util.Optional;

/**
 * One validator key. It signs signing roots the runtime has already checked (slashing
 * protection, policy); it never has to reveal its secret.
 */
public interface ValidatorKey {
    /** The validator's public key. */
    BlsPublicKey publicKey();

    /** Signs a 32-byte signing root with the BLS proof-of-possession scheme of the consensus specs. */
    BlsSignature sign(Root signingRoot);

    /** Where the key came from, for logs and duplicate warnings (a file path, a KMS key id); never secret. */
    String origin();

    /**
     * The EIP-2334 derivation path the key was created with, when the source knows it (e.g. the
     * {@code path} of an EIP-2335 keystore); listed by the Key Manager API. Since SPI 1.5.
     */
    default Optional<String> derivationPath() {
        return Optional.empty();
    }

    /** Wipes any secret held in memory; the key cannot sign afterwards. */
    default void destroy() {
    }
}
