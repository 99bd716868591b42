package io.containment.runtime.seal;

/**
 * Arithmetic in GF(2^8) with the AES polynomial x^8 + x^4 + x^3 + x + 1 (0x11B), FIPS-197 §4.
 * Multiplication runs in constant time (no tables indexed by secret data, no data-dependent branches).
 */
final class Gf256 {
    private Gf256() {
    }

    static int add(int a, int b) {
        return (a ^ b) & 0xff;
    }

    /** Shift-and-add multiplication, the loop FIPS-197 §4.2.1 describes, without branches. */
    static int multiply(int a, int b) {
        int product = 0;
        int x = a & 0xff;
        int y = b & 0xff;
        for (int bit = 0; bit < 8; bit++) {
            product ^= -(y & 1) & x;
            int carry = -((x >> 7) & 1) & 0x1b;
            x = ((x << 1) ^ carry) & 0xff;
            y >>= 1;
        }
        return product & 0xff;
    }

    /** The multiplicative inverse: a^254 (a^255 = 1 for a ≠ 0); 0 maps to 0. */
    static int inverse(int a) {
        int result = 1;
        int power = a & 0xff;
        for (int exponent = 254; exponent > 0; exponent >>= 1) {
            if ((exponent & 1) == 1) {
                result = multiply(result, power);
            }
            power = multiply(power, power);
        }
        return result;
    }

    static int divide(int a, int b) {
        if ((b & 0xff) == 0) {
            throw new ArithmeticException("division by zero in GF(256)");
        }
        return multiply(a, inverse(b));
    }
}
