package io.containment.runtime.keymanager;

import io.containment.api.consensus.BlsPublicKey;
import java.util.Optional;

/** One entry of {@code GET /eth/v1/keystores}. */
public record ListedKey(BlsPublicKey validatingPubkey, Optional<String> derivationPath, boolean readonly) {
}
