package io.containment.runtime.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GF(256) against FIPS-197's worked examples; Shamir's scheme by its defining properties. */
class ShamirTest {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void multiplicationMatchesTheWorkedExamplesOfFips197() {
        // FIPS-197 §4.2: {57} • {83} = {c1}; §4.2.1: {57} • {13} = {fe} and the xtime chain of {57}
        assertThat(Gf256.multiply(0x57, 0x83)).isEqualTo(0xc1);
        assertThat(Gf256.multiply(0x57, 0x13)).isEqualTo(0xfe);
        assertThat(Gf256.multiply(0x57, 0x02)).isEqualTo(0xae);
        assertThat(Gf256.multiply(0x57, 0x04)).isEqualTo(0x47);
        assertThat(Gf256.multiply(0x57, 0x08)).isEqualTo(0x8e);
        assertThat(Gf256.multiply(0x57, 0x10)).isEqualTo(0x07);
    }

    @Test
    void everyNonZeroElementHasAnInverseAndMultiplicationCommutes() {
        for (int a = 1; a < 256; a++) {
            assertThat(Gf256.multiply(a, Gf256.inverse(a))).as("a=%d", a).isEqualTo(1);
            for (int b = 0; b < 256; b += 17) {
                assertThat(Gf256.multiply(a, b)).isEqualTo(Gf256.multiply(b, a));
            }
        }
    }

    @Test
    void knownPolynomialGivesTheSharesComputedByHandFromFips197() {
        // f(x) = {57} + {83}·x: f(1) = {57}^{83} = {d4}; f(2) = {57}^xtime({83}) = {57}^{1d} = {4a};
        // f({57}) = {57}^({83}•{57}) = {57}^{c1} = {96}
        byte[] coefficients = {0x57, (byte) 0x83};
        assertThat(Shamir.evaluate(coefficients, 1)).isEqualTo(0xd4);
        assertThat(Shamir.evaluate(coefficients, 2)).isEqualTo(0x4a);
        assertThat(Shamir.evaluate(coefficients, 0x57)).isEqualTo(0x96);
        assertThat(Shamir.combine(List.of(new Shamir.Share(1, new byte[] {(byte) 0xd4}),
                new Shamir.Share(0x57, new byte[] {(byte) 0x96})))).containsExactly(0x57);
        assertThat(Shamir.combine(List.of(new Shamir.Share(2, new byte[] {0x4a}),
                new Shamir.Share(1, new byte[] {(byte) 0xd4})))).containsExactly(0x57);
    }

    @Test
    void anyThresholdSubsetOfTheSharesRecoversTheSecret() {
        byte[] secret = random(32);
        List<Shamir.Share> shares = Shamir.split(secret, 5, 3);
        int recovered = 0;
        for (int mask = 0; mask < 32; mask++) {
            List<Shamir.Share> subset = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                if ((mask & 1 << i) != 0) {
                    subset.add(shares.get(i));
                }
            }
            if (subset.size() >= 3) {
                assertThat(Shamir.combine(subset)).as("shares %s", subset).isEqualTo(secret);
                recovered++;
            }
        }
        assertThat(recovered).isEqualTo(16);
    }

    @Test
    void fewerThanThresholdSharesAreConsistentWithEverySecret() {
        byte[] secret = random(4);
        List<Shamir.Share> shares = Shamir.split(secret, 3, 3);
        List<Shamir.Share> known = shares.subList(0, 2);
        for (int candidate = 0; candidate < 256; candidate++) {
            // the polynomial through (0, candidate) and the two known shares, evaluated at x = 3
            byte[] third = new byte[secret.length];
            for (int i = 0; i < secret.length; i++) {
                third[i] = (byte) interpolate(new int[] {0, 1, 2},
                        new int[] {candidate, known.get(0).values()[i] & 0xff, known.get(1).values()[i] & 0xff}, 3);
            }
            byte[] recovered = Shamir.combine(List.of(known.get(0), known.get(1), new Shamir.Share(3, third)));
            for (byte b : recovered) {
                assertThat(b & 0xff).as("candidate %d", candidate).isEqualTo(candidate);
            }
        }
    }

    @Test
    void splitsOfOneSecretDifferAndBadParametersAreRefused() {
        byte[] secret = random(32);
        assertThat(Shamir.split(secret, 3, 2).get(0).values()).isNotEqualTo(Shamir.split(secret, 3, 2).get(0).values());
        assertThatThrownBy(() -> Shamir.split(secret, 2, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Shamir.split(secret, 256, 2)).isInstanceOf(IllegalArgumentException.class);
        Shamir.Share one = Shamir.split(secret, 2, 2).get(0);
        assertThatThrownBy(() -> Shamir.combine(List.of(one, one))).isInstanceOf(IllegalArgumentException.class);
        assertThat(one.toString()).doesNotContain(String.valueOf(one.values()[0]));
    }

    /** Lagrange interpolation through (xs, ys) evaluated at x, written out independently of Shamir.combine. */
    private static int interpolate(int[] xs, int[] ys, int x) {
        int result = 0;
        for (int i = 0; i < xs.length; i++) {
            int term = ys[i];
            for (int j = 0; j < xs.length; j++) {
                if (j != i) {
                    term = Gf256.multiply(term, Gf256.divide(x ^ xs[j], xs[i] ^ xs[j]));
                }
            }
            result ^= term;
        }
        return result;
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
