package io.containment.benchmarks.load;

import io.containment.api.keys.ValidatorKey;
import io.containment.runtime.bls.BlstSecretKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Deterministic benchmark keys: secret {@code i} is SHA-256("containment-benchmark-key-" + i) with the
 * top two bits cleared (so it is below the BLS12-381 group order). Writes a Web3Signer {@code file-raw}
 * YAML for the signer's filesystem source and the public keys, one per line, for the load generator.
 * Throw-away keys for benchmarks only.
 *
 * <p>Usage: {@code BenchmarkKeys <count> <folder>} → {@code folder/raw-keys.yaml}, {@code folder/pubkeys.txt}.
 */
public final class BenchmarkKeys {
    private BenchmarkKeys() {
    }

    public static void main(String[] args) throws IOException {
        int count = Integer.parseInt(args[0]);
        Path folder = Files.createDirectories(Path.of(args[1]));
        write(count, folder);
        System.out.println("wrote " + count + " benchmark keys to " + folder);
    }

    /** Writes the two files and returns the public keys in order. */
    public static List<String> write(int count, Path folder) throws IOException {
        Files.createDirectories(folder);
        StringBuilder yaml = new StringBuilder();
        List<String> pubkeys = new ArrayList<>(count);
        BlstSecretKeys bls = new BlstSecretKeys();
        for (int i = 0; i < count; i++) {
            byte[] secret = secret(i);
            yaml.append("---\ntype: file-raw\nprivateKey: \"0x").append(HexFormat.of().formatHex(secret)).append("\"\n");
            ValidatorKey key = bls.fromSecret(secret, "benchmark #" + i);
            pubkeys.add(key.publicKey().toHex());
            key.destroy();
        }
        Files.writeString(folder.resolve("raw-keys.yaml"), yaml, StandardCharsets.US_ASCII);
        Files.write(folder.resolve("pubkeys.txt"), pubkeys, StandardCharsets.US_ASCII);
        return pubkeys;
    }

    static byte[] secret(int index) {
        try {
            byte[] secret = MessageDigest.getInstance("SHA-256")
                    .digest(("containment-benchmark-key-" + index).getBytes(StandardCharsets.US_ASCII));
            secret[0] &= 0x3f;
            return secret;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
