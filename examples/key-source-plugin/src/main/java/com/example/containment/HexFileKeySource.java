package com.example.containment;

import io.containment.api.keys.BlsSecretKeys;
import io.containment.api.keys.KeySource;
import io.containment.api.keys.ValidatorKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the file on every {@link #keys()} call (startup and reload). A bad line is reported through
 * {@link #problems()} by line number — never with its content, which is a secret — and skipped.
 * Secrets are decoded into byte arrays that the runtime's {@link BlsSecretKeys} wipes; the file's
 * bytes are wiped here. Raw secrets in a file are for devnets and demos: production keys belong in
 * EIP-2335 keystores or a KMS.
 */
final class HexFileKeySource implements KeySource {
    private final Path file;
    private final BlsSecretKeys bls;
    private final List<ValidatorKey> handedOut = new ArrayList<>();
    private List<String> problems = List.of();

    HexFileKeySource(Path file, BlsSecretKeys bls) {
        this.file = file;
        this.bls = bls;
    }

    @Override
    public synchronized List<ValidatorKey> keys() {
        List<ValidatorKey> keys = new ArrayList<>();
        List<String> found = new ArrayList<>();
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            problems = List.of(file + ": cannot read the file (" + e.getClass().getSimpleName() + ")");
            return List.of();
        }
        try {
            int lineNumber = 0;
            int start = 0;
            for (int i = 0; i <= content.length; i++) {
                if (i == content.length || content[i] == '\n') {
                    lineNumber++;
                    readLine(content, start, i, lineNumber, keys, found);
                    start = i + 1;
                }
            }
        } finally {
            Arrays.fill(content, (byte) 0);
        }
        handedOut.addAll(keys);
        problems = List.copyOf(found);
        return List.copyOf(keys);
    }

    private void readLine(byte[] content, int start, int end, int lineNumber, List<ValidatorKey> keys, List<String> found) {
        int from = start;
        int to = end;
        while (from < to && Character.isWhitespace(content[from])) {
            from++;
        }
        while (to > from && Character.isWhitespace(content[to - 1])) {
            to--;
        }
        if (from == to || content[from] == '#') {
            return;
        }
        String origin = file + ":" + lineNumber;
        byte[] secret = SecretHex.decode32(content, from, to);
        if (secret == null) {
            found.add(origin + ": not a 0x-prefixed 32-byte hex secret key");
            return;
        }
        try {
            keys.add(bls.fromSecret(secret, origin));
        } catch (IllegalArgumentException e) {
            found.add(origin + ": " + e.getMessage());
        }
    }

    @Override
    public synchronized List<String> problems() {
        return problems;
    }

    @Override
    public synchronized void close() {
        handedOut.forEach(ValidatorKey::destroy);
        handedOut.clear();
    }
}
