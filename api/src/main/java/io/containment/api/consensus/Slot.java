package io.containment.api.consensus;

/** A slot number, an unsigned 64-bit integer held in a {@code long}. */
public record Slot(long value) implements Comparable<Slot> {
    /** Parses a decimal uint64 ("0" … "18446744073709551615"). */
    public static Slot parse(String decimal) {
        return new Slot(UInt64.parse(decimal, "slot"));
    }

    @Override
    public int compareTo(Slot other) {
        return Long.compareUnsigned(value, other.value);
    }

    /** The epoch this slot falls in. */
    public Epoch epoch(int slotsPerEpoch) {
        return new Epoch(Long.divideUnsigned(value, slotsPerEpoch));
    }

    @Override
    public String toString() {
        return Long.toUnsignedString(value);
    }
}
