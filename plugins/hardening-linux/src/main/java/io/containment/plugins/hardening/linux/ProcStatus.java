package io.containment.plugins.hardening.linux;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Fields of {@code /proc/self/status} and {@code /proc/self/limits}, read to confirm a measure. */
final class ProcStatus {
    private ProcStatus() {
    }

    /** A field of /proc/self/status without its name, e.g. {@code "2"} for {@code Seccomp:}. */
    static Optional<String> field(String name) {
        return lineStartingWith(Path.of("/proc/self/status"), name + ":")
                .map(line -> line.substring(name.length() + 1).trim());
    }

    /** The soft RLIMIT_MEMLOCK as /proc/self/limits states it, e.g. {@code "8388608 bytes"}. */
    static Optional<String> memlockLimit() {
        return lineStartingWith(Path.of("/proc/self/limits"), "Max locked memory").map(line -> {
            String[] parts = line.substring("Max locked memory".length()).trim().split("\\s+");
            return parts.length >= 3 ? parts[0] + " " + parts[2] : line;
        });
    }

    private static Optional<String> lineStartingWith(Path file, String prefix) {
        try {
            return Files.readAllLines(file).stream().filter(line -> line.startsWith(prefix)).findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
