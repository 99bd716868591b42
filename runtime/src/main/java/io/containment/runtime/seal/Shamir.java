package io.containment.runtime.seal;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Shamir's secret sharing over GF(256), byte by byte: for each secret byte a random polynomial of
 * degree {@code threshold − 1} whose constant term is the byte; share {@code x} (1…255) holds the
 * polynomial values at {@code x}. Any {@code threshold} shares give the secret back by Lagrange
 * interpolation at 0; fewer are consistent with every possible secret.
 */
public final class Shamir {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Shamir() {
    }

    /** One share: its x-coordinate (1…255) and one value byte per secret byte. */
    public record Share(int x, byte[] values) {
        public Share {
            if (x < 1 || x > 255) {
                throw new IllegalArgumentException("share index must be 1…255, got " + x);
            }
            values = values.clone();
        }

        @Override
        public byte[] values() {
            return values.clone();
        }

        /** Overwrites the values with zeros. */
        public void wipe() {
            Arrays.fill(values, (byte) 0);
        }

        @Override
        public String toString() {
            return "Share[x=" + x + "]";
        }
    }

    /** Splits {@code secret} into {@code shares} shares at x = 1…shares, any {@code threshold} of which recover it. */
    public static List<Share> split(byte[] secret, int shares, int threshold) {
        if (threshold < 1 || shares < threshold || shares > 255) {
            throw new IllegalArgumentException("need 1 ≤ threshold ≤ shares ≤ 255, got threshold " + threshold
                    + " of " + shares);
        }
        byte[][] values = new byte[shares][secret.length];
        byte[] coefficients = new byte[threshold];
        try {
            for (int i = 0; i < secret.length; i++) {
                coefficients[0] = secret[i];
                byte[] random = new byte[threshold - 1];
                RANDOM.nextBytes(random);
                System.arraycopy(random, 0, coefficients, 1, threshold - 1);
                Arrays.fill(random, (byte) 0);
                for (int share = 0; share < shares; share++) {
                    values[share][i] = (byte) evaluate(coefficients, share + 1);
                }
            }
            Share[] result = new Share[shares];
            for (int share = 0; share < shares; share++) {
                result[share] = new Share(share + 1, values[share]);
            }
            return List.of(result);
        } finally {
            Arrays.fill(coefficients, (byte) 0);
            for (byte[] row : values) {
                Arrays.fill(row, (byte) 0);
            }
        }
    }

    /** The secret from at least threshold shares (more are fine; all must come from one split). */
    public static byte[] combine(List<Share> shares) {
        if (shares.isEmpty()) {
            throw new IllegalArgumentException("no shares");
        }
        Set<Integer> seen = new HashSet<>();
        int length = shares.get(0).values.length;
        for (Share share : shares) {
            if (!seen.add(share.x()) || share.values.length != length) {
                throw new IllegalArgumentException("shares must have distinct indexes and equal lengths");
            }
        }
        byte[] secret = new byte[length];
        for (int i = 0; i < length; i++) {
            int value = 0;
            for (Share share : shares) {
                value = Gf256.add(value, Gf256.multiply(share.values[i] & 0xff, lagrangeAtZero(share.x(), shares)));
            }
            secret[i] = (byte) value;
        }
        return secret;
    }

    /** Horner's rule: coefficients[0] + coefficients[1]·x + …; exposed for the tests. */
    static int evaluate(byte[] coefficients, int x) {
        int result = 0;
        for (int i = coefficients.length - 1; i >= 0; i--) {
            result = Gf256.add(Gf256.multiply(result, x), coefficients[i] & 0xff);
        }
        return result;
    }

    /** The Lagrange basis polynomial of {@code x} over the shares' indexes, at 0: Π x_j / (x_j − x). */
    private static int lagrangeAtZero(int x, List<Share> shares) {
        int numerator = 1;
        int denominator = 1;
        for (Share other : shares) {
            if (other.x() != x) {
                numerator = Gf256.multiply(numerator, other.x());
                denominator = Gf256.multiply(denominator, Gf256.add(other.x(), x));
            }
        }
        return Gf256.divide(numerator, denominator);
    }
}
