package io.containment.plugins.slashing.sqlite;

import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Slot;

/**
 * How a uint64 (slot, epoch) is kept in an SQLite INTEGER column, which is a signed 64-bit number:
 * as {@code value XOR 2^63}. That maps 0 … 2^64-1 onto Long.MIN_VALUE … Long.MAX_VALUE keeping the
 * order, so SQL's signed {@code <}, {@code >}, {@code MIN} and {@code MAX} compare the stored values
 * exactly as the unsigned numbers compare. Every uint64 column goes through here, both ways.
 */
final class UInt64Column {
    private UInt64Column() {
    }

    static long encode(long unsigned) {
        return unsigned ^ Long.MIN_VALUE;
    }

    static long decode(long stored) {
        return stored ^ Long.MIN_VALUE;
    }

    static long encode(Slot slot) {
        return encode(slot.value());
    }

    static long encode(Epoch epoch) {
        return encode(epoch.value());
    }

    static Slot slot(long stored) {
        return new Slot(decode(stored));
    }

    static Epoch epoch(long stored) {
        return new Epoch(decode(stored));
    }
}
