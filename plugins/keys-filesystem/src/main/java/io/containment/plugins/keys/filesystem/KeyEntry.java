package io.containment.plugins.keys.filesystem;

import java.nio.file.Path;

/** One key found while scanning, not yet loaded. Its origin names it in logs and problems. */
sealed interface KeyEntry {
    /** Where the key comes from (a file, a YAML document); never secret. */
    String origin();

    /** The files behind the entry, to recognise an unchanged key on reload. */
    Fingerprint fingerprint();

    /** Wipes whatever secret the entry still holds; safe to call more than once. */
    void discard();

    /** A {@code file-raw} document: the private key itself, held until taken. */
    final class FileRaw implements KeyEntry {
        private final String origin;
        private final Fingerprint fingerprint;
        private byte[] secret;

        FileRaw(String origin, Fingerprint fingerprint, byte[] secret) {
            this.origin = origin;
            this.fingerprint = fingerprint;
            this.secret = secret;
        }

        /** Hands the secret over (the caller wipes it); null once taken or discarded. */
        synchronized byte[] takeSecret() {
            byte[] taken = secret;
            secret = null;
            return taken;
        }

        @Override
        public String origin() {
            return origin;
        }

        @Override
        public Fingerprint fingerprint() {
            return fingerprint;
        }

        @Override
        public synchronized void discard() {
            Wipe.bytes(secret);
            secret = null;
        }

        @Override
        public String toString() {
            return "FileRaw[" + origin + "]";
        }
    }

    /** An EIP-2335 keystore and its password file, from a {@code file-keystore} document or a bare pair. */
    record FileKeystore(String origin, Fingerprint fingerprint, Path keystoreFile, Path passwordFile)
            implements KeyEntry {
        @Override
        public void discard() {
        }
    }
}
