package io.containment.benchmarks.load;

import io.containment.api.keys.ValidatorKey;
import io.containment.runtime.bls.BlstSecretKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.generators.SCrypt;

/**
 * Writes N EIP-2335 scrypt keystores (r = 8, p = 1, the given n) that share one password, each
 * with its {@code .txt} password file, for the restart benchmark; and times one scrypt run at that
 * n, the unit the first load is bounded by. Keys are {@link BenchmarkKeys}' deterministic ones.
 *
 * <p>Usage: {@code KeystoreFleet <count> <log2 n> <folder>}.
 */
public final class KeystoreFleet {
    private static final byte[] PASSWORD = "benchmark password".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    private KeystoreFleet() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        int n = 1 << Integer.parseInt(args[1]);
        Path folder = Files.createDirectories(Path.of(args[2]));
        long start = System.nanoTime();
        SCrypt.generate(PASSWORD, new byte[32], n, 8, 1, 32);
        System.out.printf("scrypt_one_kdf_s=%.3f%n", (System.nanoTime() - start) / 1e9);
        int threads = Runtime.getRuntime().availableProcessors();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            java.util.List<Future<?>> writes = new java.util.ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                writes.add(pool.submit(() -> write(folder, index, n)));
            }
            for (Future<?> write : writes) {
                write.get();
            }
        }
        System.out.println("wrote " + count + " scrypt keystores (n=" + n + ") to " + folder);
    }

    private static Void write(Path folder, int index, int n) throws IOException, GeneralSecurityException {
        byte[] secret = BenchmarkKeys.secret(index);
        ValidatorKey key = new BlstSecretKeys().fromSecret(secret.clone(), "fleet");
        String pubkey = key.publicKey().toHex().substring(2);
        key.destroy();
        byte[] salt = random(32);
        byte[] iv = random(16);
        byte[] derived = SCrypt.generate(PASSWORD, salt, n, 8, 1, 32);
        Cipher aes = Cipher.getInstance("AES/CTR/NoPadding");
        aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(derived, 0, 16, "AES"), new IvParameterSpec(iv));
        byte[] cipherMessage = aes.doFinal(secret);
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(derived, 16, 16);
        byte[] checksum = sha256.digest(cipherMessage);
        HexFormat hex = HexFormat.of();
        String json = """
                {"crypto": {"kdf": {"function": "scrypt", "params": {"dklen": 32, "n": %d, "r": 8, "p": 1, "salt": "%s"}, "message": ""},
                "checksum": {"function": "sha256", "params": {}, "message": "%s"},
                "cipher": {"function": "aes-128-ctr", "params": {"iv": "%s"}, "message": "%s"}},
                "description": "benchmark keystore", "pubkey": "%s", "path": "", "uuid": "%s", "version": 4}
                """.formatted(n, hex.formatHex(salt), hex.formatHex(checksum), hex.formatHex(iv), hex.formatHex(cipherMessage),
                pubkey, UUID.randomUUID());
        String name = String.format("keystore-%05d", index);
        Files.writeString(folder.resolve(name + ".json"), json);
        Files.write(folder.resolve(name + ".txt"), PASSWORD);
        return null;
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
