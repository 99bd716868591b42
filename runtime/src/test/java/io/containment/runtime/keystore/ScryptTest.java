package io.containment.runtime.keystore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** scrypt and PBKDF2-HMAC-SHA256 against RFC 7914's published vectors (sections 11 and 12, full 64 bytes). */
class ScryptTest {
    @Test
    void pbkdf2MatchesRfc7914() {
        assertThat(hex(Pbkdf2.derive(bytes("passwd"), bytes("salt"), 1, 64))).isEqualTo(
                "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                        + "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
    }

    @Test
    void scryptWithTheSmallestParametersMatchesRfc7914() {
        assertThat(hex(Scrypt.derive(new byte[0], new byte[0], 16, 1, 1, 64))).isEqualTo(
                "77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442"
                        + "fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906");
    }

    @Test
    void scryptWithParallelismMatchesRfc7914() {
        assertThat(hex(Scrypt.derive(bytes("password"), bytes("NaCl"), 1024, 8, 16, 64))).isEqualTo(
                "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
                        + "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640");
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
