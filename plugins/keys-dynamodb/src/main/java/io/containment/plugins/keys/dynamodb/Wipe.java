package io.containment.plugins.keys.dynamodb;

import java.util.Arrays;

/** Overwrites secret arrays with zeros; null-safe so it fits {@code finally} blocks. */
final class Wipe {
    private Wipe() {
    }

    static void bytes(byte[]... arrays) {
        for (byte[] array : arrays) {
            if (array != null) {
                Arrays.fill(array, (byte) 0);
            }
        }
    }
}
