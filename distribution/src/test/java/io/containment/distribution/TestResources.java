package io.containment.distribution;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The end-to-end tests' resources: JSON vectors and the Key Manager keystores (copied from shared/testdata). */
final class TestResources {
    private TestResources() {
    }

    /** A JSON object resource, e.g. {@code /e2e/cases.json}. */
    static JsonObject jsonResource(String name) {
        try (InputStream in = TestResources.class.getResourceAsStream(name); var reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of {@code /keymanager/} as text (a keystore, a password). */
    static String keyManagerText(String name) {
        try (InputStream in = TestResources.class.getResourceAsStream("/keymanager/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 0x-prefixed public key of the keystore {@code /keymanager/<label>.json}. */
    static String keyManagerPubkey(String label) {
        return "0x" + jsonResource("/keymanager/" + label + ".json").getString("pubkey");
    }
}
