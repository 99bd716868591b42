package io.containment.api.keys;

/**
 * EIP-2335 keystore decryption offered by the runtime (see
 * {@link io.containment.api.plugin.PluginContext#keystores()}), so that a plugin or a plugin
 * tool that turns keystores into another form needs no KDF code of its own and no other plugin.
 *
 * @since SPI 1.2
 */
public interface Keystores {
    /**
     * Decrypts a version-4 EIP-2335 keystore (scrypt or PBKDF2-HMAC-SHA256, AES-128-CTR) and
     * checks that the secret's public key is the keystore's {@code pubkey}.
     *
     * @param keystoreJson the keystore file's bytes
     * @param password     the password as UTF-8 bytes, as read from a password file without its
     *                     trailing newline; NFKD and control-character stripping are applied here.
     *                     Not modified; the caller wipes it.
     * @return the 32-byte secret key; the caller wipes it after use
     * @throws InvalidKeystoreException when the file is not a usable keystore, the password is
     *                                  wrong, or the pubkey does not match (the message has no secret)
     */
    DecryptedKeystore decrypt(byte[] keystoreJson, byte[] password);

    /**
     * A decrypted keystore.
     *
     * @param publicKey the validator's public key (checked against the secret)
     * @param secret    the 32-byte big-endian secret key; the receiver wipes it after use
     */
    record DecryptedKeystore(io.containment.api.consensus.BlsPublicKey publicKey, byte[] secret) {
        @Override
        public String toString() {
            return "DecryptedKeystore[" + publicKey + "]";
        }
    }
}
