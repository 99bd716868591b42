package io.containment.runtime.keymanager;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.runtime.keymanager.SecretJson.Items;
import io.containment.runtime.keymanager.SecretJson.Literal;
import io.containment.runtime.keymanager.SecretJson.Members;
import io.containment.runtime.keymanager.SecretJson.Text;
import io.containment.runtime.keymanager.SecretJson.Value;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Parses the Key Manager request bodies; every problem names the field. Unknown fields are ignored. */
final class KeyManagerRequests {
    private KeyManagerRequests() {
    }

    /** The import body; the caller wipes the body and, when done, the request. */
    static ImportRequest importRequest(byte[] body) {
        Value parsed = SecretJson.parse(body);
        try {
            Members root = object(parsed);
            Optional<byte[]> slashing = switch (root.values().get("slashing_protection")) {
                case null -> Optional.empty();
                case Literal literal when literal.text().equals("null") -> Optional.empty();
                case Text text -> Optional.of(text.utf8().clone());
                default -> throw new KeyManagerRequestException("slashing_protection must be a string (EIP-3076 JSON)");
            };
            List<byte[]> keystores = texts(root, "keystores");
            List<byte[]> passwords = texts(root, "passwords");
            return new ImportRequest(keystores, passwords, slashing);
        } finally {
            SecretJson.wipe(parsed);
        }
    }

    /** The delete body: the public keys, in order. */
    static List<BlsPublicKey> deleteRequest(byte[] body) {
        Value parsed = SecretJson.parse(body);
        Members root = object(parsed);
        List<byte[]> texts = texts(root, "pubkeys");
        List<BlsPublicKey> keys = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String hex = new String(texts.get(i), StandardCharsets.UTF_8);
            if (hex.length() != 98 || !hex.regionMatches(true, 0, "0x", 0, 2)) {
                throw new KeyManagerRequestException("pubkeys[" + i + "] must be a 0x-prefixed 48-byte BLS public key");
            }
            try {
                keys.add(BlsPublicKey.fromHex(hex));
            } catch (IllegalArgumentException e) {
                throw new KeyManagerRequestException("pubkeys[" + i + "] must be a 0x-prefixed 48-byte BLS public key");
            }
        }
        return keys;
    }

    private static Members object(Value value) {
        if (value instanceof Members members) {
            return members;
        }
        throw new KeyManagerRequestException("the body must be a JSON object");
    }

    /** A required array of strings, copied out (the parsed tree is wiped by the caller). */
    private static List<byte[]> texts(Members root, String name) {
        Value value = root.values().get(name);
        if (value == null) {
            throw new KeyManagerRequestException(name + " is required");
        }
        if (!(value instanceof Items items)) {
            throw new KeyManagerRequestException(name + " must be an array of strings");
        }
        List<byte[]> copies = new ArrayList<>();
        for (int i = 0; i < items.values().size(); i++) {
            if (!(items.values().get(i) instanceof Text text)) {
                copies.forEach(bytes -> Arrays.fill(bytes, (byte) 0));
                throw new KeyManagerRequestException(name + "[" + i + "] must be a string");
            }
            copies.add(text.utf8().clone());
        }
        return copies;
    }
}
