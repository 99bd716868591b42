package io.containment.plugins.keys.filesystem;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Hex;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The EIP-2335 test vectors and web3signer fixtures in {@code src/test/resources/eip2335}. */
final class Eip2335Vectors {
    private static final JsonObject EXPECTED = read("expected.json");

    private Eip2335Vectors() {
    }

    static JsonObject expected() {
        return EXPECTED;
    }

    /** The spec's password (mathematical fraktur "testpassword" and a key emoji). */
    static String password() {
        return EXPECTED.getString("password");
    }

    static byte[] secret() {
        return Hex.decode(EXPECTED.getString("secret"));
    }

    static BlsPublicKey pubkey() {
        return BlsPublicKey.fromHex(EXPECTED.getString("pubkey"));
    }

    static byte[] decryptionKey(String keystore) {
        return Hex.decode(EXPECTED.getJsonObject("keystores").getJsonObject(keystore).getString("decryption_key"));
    }

    static byte[] bytes(String resource) {
        try (InputStream in = open(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a resource into a folder, keeping its file name. */
    static Path copy(String resource, Path folder) {
        try (InputStream in = open(resource)) {
            Path target = folder.resolve(Path.of(resource).getFileName().toString());
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonObject read(String resource) {
        try (InputStream in = open(resource); JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = Eip2335Vectors.class.getResourceAsStream("/eip2335/" + resource);
        if (in == null) {
            throw new IllegalArgumentException("no test resource eip2335/" + resource);
        }
        return in;
    }
}
