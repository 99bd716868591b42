package io.containment.api.contract;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.BlsSignature;
import io.containment.api.consensus.Hex;
import io.containment.api.consensus.Root;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The keys and known-answer signatures of {@code key-source-vectors.json} (interop keys and the
 * consensus-spec-tests BLS sign vectors; see PROVENANCE.md beside it).
 *
 * @param keys       secret key and public key pairs
 * @param signatures signing root → signature, per public key
 */
public record KnownKeys(List<KnownKey> keys, List<KnownSignature> signatures) {
    /** One key pair; {@link #secret()} returns a fresh copy each time. */
    public record KnownKey(String label, String secretHex, BlsPublicKey publicKey) {
        public byte[] secret() {
            return Hex.decode(secretHex, 32, "secret key");
        }
    }

    /** A known-answer signature. */
    public record KnownSignature(String source, BlsPublicKey publicKey, Root signingRoot, BlsSignature signature) {
    }

    /** Reads the vectors from the test class path. */
    public static KnownKeys load() {
        try (InputStream in = KnownKeys.class.getResourceAsStream("key-source-vectors.json");
             JsonReader reader = Json.createReader(in)) {
            JsonObject root = reader.readObject();
            List<KnownKey> keys = root.getJsonArray("keys").getValuesAs(JsonObject.class).stream()
                    .map(k -> new KnownKey(k.getString("label"), k.getString("secret_key"),
                            BlsPublicKey.fromHex(k.getString("pubkey"))))
                    .toList();
            List<KnownSignature> signatures = root.getJsonArray("signatures").getValuesAs(JsonObject.class).stream()
                    .map(s -> new KnownSignature(s.getString("source"), BlsPublicKey.fromHex(s.getString("pubkey")),
                            Root.fromHex(s.getString("signing_root")), BlsSignature.fromHex(s.getString("signature"))))
                    .toList();
            return new KnownKeys(keys, signatures);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fresh copies of every secret, in file order. */
    public List<byte[]> secrets() {
        return keys.stream().map(KnownKey::secret).toList();
    }

    /** Every public key, in file order. */
    public List<BlsPublicKey> publicKeys() {
        return keys.stream().map(KnownKey::publicKey).toList();
    }
}
