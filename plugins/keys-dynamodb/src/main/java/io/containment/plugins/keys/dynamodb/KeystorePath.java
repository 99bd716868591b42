package io.containment.plugins.keys.dynamodb;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayInputStream;
import java.util.Optional;

/** The EIP-2334 derivation path ({@code path}) of an EIP-2335 keystore the runtime has already decrypted. */
final class KeystorePath {
    private static final JsonProvider JSON = new org.eclipse.parsson.JsonProviderImpl();

    private KeystorePath() {
    }

    /** The keystore's non-empty {@code path}, if it has one. */
    static Optional<String> of(byte[] keystoreJson) {
        try (JsonReader reader = JSON.createReader(new ByteArrayInputStream(keystoreJson))) {
            JsonValue root = reader.readValue();
            if (root instanceof JsonObject object && object.get("path") instanceof JsonString path
                    && !path.getString().isBlank()) {
                return Optional.of(path.getString());
            }
            return Optional.empty();
        } catch (JsonException | IllegalStateException e) {
            return Optional.empty();
        }
    }
}
