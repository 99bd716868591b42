package io.containment.plugins.keys.filesystem;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.SCrypt;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/** The key-derivation functions of EIP-2335; both derive a 32-byte decryption key. */
sealed interface Kdf {
    /** EIP-2335 fixes the derived key at 32 bytes: 16 for AES-128, 16 for the checksum. */
    int DERIVED_KEY_LENGTH = 32;

    /** Derives the decryption key from the processed password; the caller wipes both arrays. */
    byte[] derive(byte[] password);

    /** Working memory the derivation allocates, in bytes (scrypt: 128·r·n). */
    long memoryBytes();

    /** scrypt (RFC 7914) as BouncyCastle implements it. */
    record Scrypt(int n, int r, int p, byte[] salt) implements Kdf {
        @Override
        public byte[] derive(byte[] password) {
            // BouncyCastle wipes its own working arrays; one PBKDF2 output copy inside it is left to the GC.
            return SCrypt.generate(password, salt, n, r, p, DERIVED_KEY_LENGTH);
        }

        @Override
        public long memoryBytes() {
            return 128L * r * n + 128L * r * p;
        }
    }

    /** PBKDF2 with HMAC-SHA256 (RFC 8018), written out so every intermediate can be wiped. */
    record Pbkdf2(int c, byte[] salt) implements Kdf {
        private static final int HASH_LENGTH = 32;

        @Override
        public byte[] derive(byte[] password) {
            HMac hmac = new HMac(SHA256Digest.newInstance());
            KeyParameter key = new KeyParameter(password);
            byte[] u = new byte[HASH_LENGTH];
            byte[] t = new byte[HASH_LENGTH];
            try {
                hmac.init(key);
                byte[] derived = new byte[DERIVED_KEY_LENGTH];
                for (int block = 1, offset = 0; offset < derived.length; block++, offset += HASH_LENGTH) {
                    hmac.update(salt, 0, salt.length);
                    hmac.update(new byte[] {(byte) (block >>> 24), (byte) (block >>> 16), (byte) (block >>> 8), (byte) block}, 0, 4);
                    hmac.doFinal(u, 0);
                    System.arraycopy(u, 0, t, 0, HASH_LENGTH);
                    for (int i = 1; i < c; i++) {
                        hmac.update(u, 0, HASH_LENGTH);
                        hmac.doFinal(u, 0);
                        for (int j = 0; j < HASH_LENGTH; j++) {
                            t[j] ^= u[j];
                        }
                    }
                    System.arraycopy(t, 0, derived, offset, Math.min(HASH_LENGTH, derived.length - offset));
                }
                return derived;
            } finally {
                Wipe.bytes(u, t, key.getKey());
                hmac.init(new KeyParameter(new byte[HASH_LENGTH])); // overwrites the pads derived from the password
            }
        }

        @Override
        public long memoryBytes() {
            return 0;
        }
    }
}
