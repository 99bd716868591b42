package io.containment.runtime.seal;

import io.containment.runtime.keystore.Scrypt;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The inner layer of a quorum-mode share: AES-256-GCM under a key derived from the operator's
 * passphrase with scrypt. The associated data binds the blob to its share index and to this
 * ceremony's master key (its check value), so a blob cannot be moved to another index or another
 * ceremony. Blob: {@code version · log2(N) · r · p · salt[16] · nonce[12] · ciphertext+tag}.
 */
final class OperatorShareSeal {
    private static final int VERSION = 1;
    private static final int SALT = 16;
    private static final int NONCE = 12;
    private static final int HEADER = 4 + SALT + NONCE;
    /** Passphrases shorter than this are refused: they protect a master-key share. */
    static final int MIN_PASSPHRASE = 16;
    static final int MAX_PASSPHRASE = 1024;

    /** scrypt cost: N = 2^log2N, r, p. */
    record Params(int log2N, int r, int p) {
        /** 2^15 × 8 × 128 B = 32 MiB and about a quarter second per derivation here. */
        static final Params DEFAULT = new Params(15, 8, 1);
    }

    /** The passphrase does not open the blob (or the blob was damaged). */
    static final class WrongPassphraseException extends Exception {
        private static final long serialVersionUID = 1L;

        WrongPassphraseException() {
            super("the passphrase does not open this share", null, false, false);
        }
    }

    private OperatorShareSeal() {
    }

    static byte[] seal(char[] passphrase, byte[] share, int index, byte[] check, Params params, SecureRandom random) {
        byte[] salt = new byte[SALT];
        byte[] nonce = new byte[NONCE];
        random.nextBytes(salt);
        random.nextBytes(nonce);
        byte[] key = derive(passphrase, salt, params);
        try {
            byte[] sealed = cipher(Cipher.ENCRYPT_MODE, key, nonce, index, check).doFinal(share);
            ByteBuffer out = ByteBuffer.allocate(HEADER + sealed.length);
            out.put((byte) VERSION).put((byte) params.log2N()).put((byte) params.r()).put((byte) params.p());
            return out.put(salt).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** The share; the caller wipes it. */
    static byte[] open(char[] passphrase, byte[] blob, int index, byte[] check) throws WrongPassphraseException {
        if (blob.length <= HEADER + 16 || blob[0] != VERSION || blob[1] < 10 || blob[1] > 22 || blob[2] < 1 || blob[2] > 32
                || blob[3] < 1 || blob[3] > 16) {
            throw new WrongPassphraseException();
        }
        Params params = new Params(blob[1], blob[2], blob[3]);
        byte[] salt = Arrays.copyOfRange(blob, 4, 4 + SALT);
        byte[] nonce = Arrays.copyOfRange(blob, 4 + SALT, HEADER);
        byte[] key = derive(passphrase, salt, params);
        try {
            return cipher(Cipher.DECRYPT_MODE, key, nonce, index, check).doFinal(blob, HEADER, blob.length - HEADER);
        } catch (AEADBadTagException e) {
            throw new WrongPassphraseException();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** Whether the passphrase is acceptable (length in characters); the message names the rule. */
    static String checkPassphrase(char[] passphrase) {
        if (passphrase == null || passphrase.length < MIN_PASSPHRASE) {
            return "passphrase must have at least " + MIN_PASSPHRASE + " characters";
        }
        if (passphrase.length > MAX_PASSPHRASE) {
            return "passphrase must have at most " + MAX_PASSPHRASE + " characters";
        }
        return null;
    }

    private static Cipher cipher(int mode, byte[] key, byte[] nonce, int index, byte[] check) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
        cipher.updateAAD(("containment-chamber/operator-share/v1|index=" + index + "|check=" + HexFormat.of().formatHex(check))
                .getBytes(StandardCharsets.US_ASCII));
        return cipher;
    }

    private static byte[] derive(char[] passphrase, byte[] salt, Params params) {
        byte[] password = utf8(passphrase);
        try {
            return Scrypt.derive(password, salt, 1 << params.log2N(), params.r(), params.p(), 32);
        } finally {
            Arrays.fill(password, (byte) 0);
        }
    }

    /** UTF-8 of the characters, without a String; the caller wipes the result. */
    private static byte[] utf8(char[] chars) {
        ByteBuffer buffer;
        try {
            buffer = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(chars));
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the passphrase is not valid Unicode");
        }
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        if (buffer.hasArray()) {
            Arrays.fill(buffer.array(), (byte) 0);
        }
        return bytes;
    }
}
