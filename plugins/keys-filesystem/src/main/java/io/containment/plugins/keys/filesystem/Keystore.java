package io.containment.plugins.keys.filesystem;

import io.containment.api.consensus.BlsPublicKey;

/**
 * A parsed, validated EIP-2335 keystore (version 4). Nothing here is secret: the cipher message
 * is encrypted under a key derived from the password.
 *
 * @param kdf           how to derive the decryption key
 * @param checksum      {@code sha256(decryption_key[16:32] ‖ cipher_message)}, 32 bytes
 * @param iv            the AES-128-CTR initial counter block, 16 bytes
 * @param cipherMessage the encrypted 32-byte secret
 * @param pubkey        the public key the secret must have
 * @param path          the EIP-2334 derivation path ({@code path}), possibly empty
 */
record Keystore(Kdf kdf, byte[] checksum, byte[] iv, byte[] cipherMessage, BlsPublicKey pubkey, String path) {
}
