package io.containment.plugins.keys.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.contract.KnownKeys;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The item cryptography: what it writes decrypts with the documented format (independent JDK
 * code), what the documented format writes it decrypts, and every change to a ciphertext, its
 * nonce, its public key, its format or the master key fails authentication.
 */
class KeyEncryptionTest {
    private static final KnownKeys KNOWN = KnownKeys.load();
    private static final BlsPublicKey KEY = KNOWN.keys().getFirst().publicKey();
    private static final BlsPublicKey OTHER = KNOWN.keys().get(1).publicKey();
    private final KeyEncryption encryption = KeyEncryption.underMasterKey(KeyTables.MASTER_KEY.clone(), new SecureRandom());

    private static byte[] secret() {
        return KNOWN.keys().getFirst().secret();
    }

    @Test
    void whatItEncryptsDecryptsWithTheDocumentedFormat() throws Exception {
        KeyEncryption.Sealed sealed = encryption.encrypt(KEY, secret());

        assertThat(sealed.nonce()).hasSize(12);
        assertThat(sealed.ciphertext()).hasSize(48);
        assertThat(DocumentedFormat.decrypt(KeyTables.MASTER_KEY, KEY, 1, sealed.nonce(), sealed.ciphertext())).isEqualTo(secret());
    }

    @Test
    void whatTheDocumentedFormatEncryptsDecrypts() throws Exception {
        byte[][] sealed = DocumentedFormat.encrypt(KeyTables.MASTER_KEY, KEY, 1, secret());

        assertThat(encryption.decrypt(KEY, 1, sealed[0], sealed[1])).isEqualTo(secret());
    }

    @Test
    void everyWriteHasAFreshNonce() {
        KeyEncryption.Sealed first = encryption.encrypt(KEY, secret());
        KeyEncryption.Sealed second = encryption.encrypt(KEY, secret());

        assertThat(first.nonce()).isNotEqualTo(second.nonce());
        assertThat(first.ciphertext()).isNotEqualTo(second.ciphertext());
    }

    @Test
    void theDataKeyIsNeitherTheMasterKeyNorKeptWithIt() throws Exception {
        byte[] master = KeyTables.MASTER_KEY.clone();
        KeyEncryption.underMasterKey(master, new SecureRandom());

        assertThat(master).as("the caller's array is not modified").isEqualTo(KeyTables.MASTER_KEY);
        assertThat(DocumentedFormat.dataKey(KeyTables.MASTER_KEY)).isNotEqualTo(KeyTables.MASTER_KEY);
    }

    @Test
    void aFlippedCiphertextBitANonceAnotherPubkeyAFormatOrAnotherMasterKeyFailAuthentication() {
        KeyEncryption.Sealed sealed = encryption.encrypt(KEY, secret());
        byte[] flipped = sealed.ciphertext().clone();
        flipped[5] ^= 1;
        byte[] otherNonce = sealed.nonce().clone();
        otherNonce[0] ^= 1;
        byte[] otherMaster = KeyTables.MASTER_KEY.clone();
        otherMaster[31] ^= 1;
        KeyEncryption underOther = KeyEncryption.underMasterKey(otherMaster, new SecureRandom());
        String secretDigits = HexFormat.of().formatHex(secret());

        for (var attempt : java.util.List.<ThrowingDecrypt>of(
                () -> encryption.decrypt(KEY, 1, sealed.nonce(), flipped),
                () -> encryption.decrypt(KEY, 1, otherNonce, sealed.ciphertext()),
                () -> encryption.decrypt(OTHER, 1, sealed.nonce(), sealed.ciphertext()),
                () -> underOther.decrypt(KEY, 1, sealed.nonce(), sealed.ciphertext()))) {
            assertThatThrownBy(attempt::run).isInstanceOf(ItemException.class)
                    .hasMessageContaining("fails authentication").satisfies(e -> assertThat(e.getMessage()).doesNotContain(secretDigits));
        }
        assertThatThrownBy(() -> encryption.decrypt(KEY, 2, sealed.nonce(), sealed.ciphertext()))
                .isInstanceOf(ItemException.class).hasMessageContaining("format 2 is not supported");
        assertThatThrownBy(() -> encryption.decrypt(KEY, 1, sealed.nonce(), java.util.Arrays.copyOf(sealed.ciphertext(), 47)))
                .isInstanceOf(ItemException.class).hasMessageContaining("ciphertext 47");
    }

    @Test
    void aDestroyedDataKeyNeitherEncryptsNorDecrypts() {
        KeyEncryption.Sealed sealed = encryption.encrypt(KEY, secret());

        encryption.destroy();

        assertThat(encryption.destroyed()).isTrue();
        assertThatThrownBy(() -> encryption.encrypt(KEY, secret())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> encryption.decrypt(KEY, 1, sealed.nonce(), sealed.ciphertext()))
                .isInstanceOf(IllegalStateException.class);
        assertThat(encryption.toString()).doesNotContain(HexFormat.of().formatHex(KeyTables.MASTER_KEY));
    }

    @Test
    void aMasterKeyOfTheWrongLengthIsRefused() {
        assertThatThrownBy(() -> KeyEncryption.underMasterKey(new byte[16], new SecureRandom()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @FunctionalInterface
    private interface ThrowingDecrypt {
        byte[] run() throws Exception;
    }
}
