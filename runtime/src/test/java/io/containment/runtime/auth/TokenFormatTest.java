package io.containment.runtime.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.containment.api.auth.TokenKind;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenFormatTest {
    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void suppliedTokensAreSixteenToTwoHundredFiftySixOfLettersDigitsAndDashes() {
        assertThat(TokenFormat.isWellFormed(ascii("abcdefghij-12345"))).isTrue();
        assertThat(TokenFormat.isWellFormed(ascii("abcdefghij-1234"))).as("15 characters").isFalse();
        assertThat(TokenFormat.isWellFormed(ascii("a".repeat(257)))).isFalse();
        for (String bad : new String[] {"abcdefghij_12345", "abcdefghij 12345", "abcdefghij:12345", "abcdefghij.12345"}) {
            assertThat(TokenFormat.isWellFormed(ascii(bad))).as(bad).isFalse();
        }
    }

    @Test
    void generatedTokensCarryTheirKindAndTwoHundredFiftySixBitsOfRandomness() {
        SecureRandom random = new SecureRandom();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String client = new String(TokenFormat.generate(random, TokenKind.CLIENT), StandardCharsets.US_ASCII);
            assertThat(client).startsWith("ccc-").hasSize(47).matches("ccc-[A-Za-z0-9]{43}");
            assertThat(seen.add(client)).isTrue();
        }
        assertThat(new String(TokenFormat.generate(random, TokenKind.MANAGEMENT), StandardCharsets.US_ASCII)).startsWith("ccm-");
        assertThat(43 * Math.log(62) / Math.log(2)).isGreaterThanOrEqualTo(256);
    }

    @Test
    void credentialsComeFromBearerOrFromTheBasicPassword() {
        String token = "ccc-" + "a".repeat(43);
        assertThat(Credentials.token("Bearer " + token).map(String::new)).contains(token);
        assertThat(Credentials.token("bearer   " + token).map(String::new)).contains(token);
        String basic = Base64.getEncoder().encodeToString(ascii("lighthouse:" + token));
        assertThat(Credentials.token("Basic " + basic).map(String::new)).contains(token);
        String noUser = Base64.getEncoder().encodeToString(ascii(":" + token));
        assertThat(Credentials.token("Basic " + noUser).map(String::new)).contains(token);
        for (String malformed : new String[] {"Bearer", token, "Digest " + token, "Basic %%%", "Basic "
                + Base64.getEncoder().encodeToString(ascii(token)), "Bearer " + token + " extra", "Bearer tooshort"}) {
            assertThat(Credentials.token(malformed)).as(malformed).isEqualTo(Optional.empty());
        }
    }
}
