package io.containment.plugins.slashing.sqlite;

import io.containment.api.consensus.Epoch;

/** A source and a target epoch taken together: an attestation watermark, or the highest of each recorded. */
record SourceAndTarget(Epoch source, Epoch target) {
}
