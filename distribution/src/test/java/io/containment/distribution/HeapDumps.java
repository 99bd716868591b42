package io.containment.distribution;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Heap dumps of a signer process taken from outside with {@code jcmd <pid> GC.heap_dump} (live
 * objects, after a full GC), and searches in them for secrets in the forms they can take in a
 * Java heap written as HPROF.
 */
final class HeapDumps {
    /** The label the signer's master key check value is the HMAC-SHA256 of (runtime {@code MasterKey}). */
    private static final byte[] CHECK_LABEL = "containment-chamber/master-key-check/v1".getBytes(StandardCharsets.US_ASCII);
    private static final int PRIMITIVE_ARRAY_DUMP = 0x23;
    private static final int BYTE_TYPE = 8;

    private HeapDumps() {
    }

    /**
     * Dumps the heap of process {@code pid} into {@code file} with the JDK running the tests (the
     * signers run on it too) and returns the dump.
     *
     * @throws AssertionError with jcmd's output when the dump cannot be taken
     */
    static byte[] dump(long pid, Path file) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.heap_dump", file.toAbsolutePath().toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("jcmd did not finish: " + output);
        }
        if (process.exitValue() != 0 || !Files.exists(file)) {
            throw new AssertionError("jcmd " + pid + " GC.heap_dump failed (exit " + process.exitValue() + "): " + output);
        }
        return Files.readAllBytes(file);
    }

    /**
     * Runs {@code jcmd <pid> VM.version} and answers its exit code and output: non-zero when the
     * JVM refuses attaching ({@code -XX:+DisableAttachMechanism}, the launcher's default).
     */
    static Attach tryAttach(long pid) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "VM.version").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("jcmd did not finish: " + output);
        }
        return new Attach(process.exitValue(), output);
    }

    /** What {@link #tryAttach} saw. */
    record Attach(int exitCode, String output) {
    }

    /**
     * The forms a 32-byte big-endian BLS secret can take in a dump: as given, byte-reversed
     * (little-endian), and as blst keeps it — a {@code long[4]} of little-endian 64-bit limbs, which
     * HPROF writes big-endian, so the big-endian 8-byte chunks in reverse order.
     */
    static List<byte[]> secretForms(byte[] secret) {
        byte[] reversed = new byte[32];
        byte[] limbs = new byte[32];
        for (int i = 0; i < 32; i++) {
            reversed[i] = secret[31 - i];
        }
        for (int limb = 0; limb < 4; limb++) {
            System.arraycopy(secret, 24 - 8 * limb, limbs, 8 * limb, 8);
        }
        return List.of(secret.clone(), reversed, limbs);
    }

    /** The forms of {@link #secretForms} found in {@code dump}, by name. */
    static List<String> secretFormsIn(byte[] dump, byte[] secret) {
        List<String> names = List.of("big-endian bytes", "little-endian bytes", "blst limbs (long[4])");
        List<byte[]> forms = secretForms(secret);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            if (contains(dump, forms.get(i))) {
                found.add(names.get(i));
            }
        }
        return found;
    }

    /**
     * The {@code byte[32]} arrays of the dump whose HMAC-SHA256 of the check label is {@code check}:
     * the master key wherever the signer holds it as such an array (its {@code MasterKey}, or a copy).
     */
    static List<byte[]> masterKeysIn(byte[] dump, byte[] check) throws Exception {
        int idSize = ByteBuffer.wrap(dump, "JAVA PROFILE 1.0.2".length() + 1, 4).getInt();
        List<byte[]> found = new ArrayList<>();
        int lengthOffset = 1 + idSize + 4;
        for (int i = 0; i + lengthOffset + 5 + 32 <= dump.length; i++) {
            if ((dump[i] & 0xff) == PRIMITIVE_ARRAY_DUMP && ByteBuffer.wrap(dump, i + lengthOffset, 4).getInt() == 32
                    && dump[i + lengthOffset + 4] == BYTE_TYPE) {
                byte[] candidate = Arrays.copyOfRange(dump, i + lengthOffset + 5, i + lengthOffset + 5 + 32);
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(candidate, "HmacSHA256"));
                if (MessageDigest.isEqual(mac.doFinal(CHECK_LABEL), check)) {
                    found.add(candidate);
                }
            }
        }
        return found;
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            if (haystack[i] != needle[0]) {
                continue;
            }
            for (int j = 1; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
