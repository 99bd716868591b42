package io.containment.api.consensus;

/** An epoch number, an unsigned 64-bit integer held in a {@code long}. */
public record Epoch(long value) implements Comparable<Epoch> {
    /** FAR_FUTURE_EPOCH of the specs, 2**64 - 1. */
    public static final Epoch FAR_FUTURE = new Epoch(-1L);

    /** Parses a decimal uint64 ("0" … "18446744073709551615"). */
    public static Epoch parse(String decimal) {
        return new Epoch(UInt64.parse(decimal, "epoch"));
    }

    @Override
    public int compareTo(Epoch other) {
        return Long.compareUnsigned(value, other.value);
    }

    /** True when this epoch is before {@code other}. */
    public boolean isBefore(Epoch other) {
        return compareTo(other) < 0;
    }

    @Override
    public String toString() {
        return Long.toUnsignedString(value);
    }
}
