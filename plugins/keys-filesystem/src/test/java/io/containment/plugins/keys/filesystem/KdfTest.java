package io.containment.plugins.keys.filesystem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The KDFs against RFC 7914's published vectors (first 32 bytes, the length EIP-2335 uses):
 * section 11 for PBKDF2-HMAC-SHA256 and section 12 for scrypt.
 */
class KdfTest {
    @Test
    void pbkdf2WithOneIterationMatchesRfc7914() {
        assertThat(derive(new Kdf.Pbkdf2(1, bytes("salt")), "passwd"))
                .isEqualTo("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc");
    }

    @Test
    void pbkdf2WithManyIterationsMatchesRfc7914() {
        assertThat(derive(new Kdf.Pbkdf2(80000, bytes("NaCl")), "Password"))
                .isEqualTo("4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56");
    }

    @Test
    void scryptWithTheSmallestParametersMatchesRfc7914() {
        assertThat(derive(new Kdf.Scrypt(16, 1, 1, new byte[0]), ""))
                .isEqualTo("77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442");
    }

    @Test
    void scryptWithParallelismMatchesRfc7914() {
        assertThat(derive(new Kdf.Scrypt(1024, 8, 16, bytes("NaCl")), "password"))
                .isEqualTo("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162");
    }

    @Test
    void onlyScryptNeedsWorkingMemory() {
        assertThat(new Kdf.Scrypt(1 << 18, 8, 1, new byte[1]).memoryBytes()).isEqualTo((256L << 20) + 1024);
        assertThat(new Kdf.Pbkdf2(262144, new byte[1]).memoryBytes()).isZero();
    }

    private static String derive(Kdf kdf, String password) {
        return HexFormat.of().formatHex(kdf.derive(bytes(password)));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
