package io.containment.runtime.tls;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Reads PEM files with the JDK alone: X.509 certificates and unencrypted PKCS#8 private keys.
 * Works on bytes throughout, so key material never becomes a String.
 */
final class PemFiles {
    private static final byte[] BEGIN = "-----BEGIN ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "-----END ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DASHES = "-----".getBytes(StandardCharsets.US_ASCII);
    /** What the server side (Helidon's PEM reader) accepts; EdDSA and RSASSA-PSS keys are refused up front. */
    private static final List<String> KEY_ALGORITHMS = List.of("RSA", "EC");
    private static final List<String> REFUSED_ALGORITHMS = List.of("Ed25519", "Ed448", "RSASSA-PSS");

    private PemFiles() {
    }

    /** Every {@code CERTIFICATE} block, in file order (leaf first for a chain). */
    static List<X509Certificate> certificates(byte[] pem) {
        List<X509Certificate> certificates = new ArrayList<>();
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (Block block : blocks(pem)) {
                if (!block.label().equals("CERTIFICATE")) {
                    throw new PemFormatException("holds a '" + block.label() + "' block where only CERTIFICATE blocks belong");
                }
                certificates.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(block.der())));
            }
        } catch (CertificateException e) {
            throw new PemFormatException("holds a CERTIFICATE block that is not a valid X.509 certificate");
        }
        return List.copyOf(certificates);
    }

    /** The single {@code PRIVATE KEY} (PKCS#8) block; the decoded bytes are wiped after use. */
    static PrivateKey privateKey(byte[] pem) {
        List<Block> blocks = blocks(pem);
        try {
            if (blocks.size() != 1) {
                throw new PemFormatException("must hold exactly one PEM private key block, found " + blocks.size());
            }
            Block block = blocks.getFirst();
            return switch (block.label()) {
                case "PRIVATE KEY" -> pkcs8(block.der());
                case "ENCRYPTED PRIVATE KEY" -> throw new PemFormatException(
                        "holds an encrypted key; give an unencrypted PKCS#8 key in a file only the signer can read");
                case "RSA PRIVATE KEY", "EC PRIVATE KEY" -> throw new PemFormatException("holds a legacy '"
                        + block.label() + "' key; convert it to PKCS#8: openssl pkcs8 -topk8 -nocrypt -in OLD -out NEW");
                default -> throw new PemFormatException("holds a '" + block.label()
                        + "' block where a PKCS#8 PRIVATE KEY belongs");
            };
        } finally {
            blocks.forEach(block -> Arrays.fill(block.der(), (byte) 0));
        }
    }

    private static PrivateKey pkcs8(byte[] der) {
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
        for (String algorithm : KEY_ALGORITHMS) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(spec);
            } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
                // not this algorithm: try the next one
            }
        }
        for (String algorithm : REFUSED_ALGORITHMS) {
            try {
                KeyFactory.getInstance(algorithm).generatePrivate(spec);
                throw new PemFormatException("holds a " + algorithm + " key; TLS here needs an RSA or EC key");
            } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
                // not this algorithm either
            }
        }
        throw new PemFormatException("holds a PRIVATE KEY block that is not a PKCS#8 RSA or EC key");
    }

    /** The {@code -----BEGIN label----- base64 -----END label-----} blocks of the file. */
    private static List<Block> blocks(byte[] pem) {
        List<Block> blocks = new ArrayList<>();
        int at = indexOf(pem, BEGIN, 0);
        while (at >= 0) {
            int labelStart = at + BEGIN.length;
            int labelEnd = indexOf(pem, DASHES, labelStart);
            if (labelEnd < 0 || labelEnd - labelStart > 40) {
                throw new PemFormatException("holds a malformed -----BEGIN line");
            }
            String label = new String(pem, labelStart, labelEnd - labelStart, StandardCharsets.US_ASCII);
            int bodyStart = labelEnd + DASHES.length;
            int end = indexOf(pem, END, bodyStart);
            if (end < 0 || !label.equals(endLabel(pem, end + END.length))) {
                throw new PemFormatException("holds a '" + label + "' block without its -----END " + label + "----- line");
            }
            blocks.add(new Block(label, base64(pem, bodyStart, end, label)));
            at = indexOf(pem, BEGIN, end + END.length);
        }
        if (blocks.isEmpty()) {
            throw new PemFormatException("is not a PEM file (no -----BEGIN ...----- line)");
        }
        return blocks;
    }

    private static String endLabel(byte[] pem, int from) {
        int to = indexOf(pem, DASHES, from);
        return to < 0 || to - from > 40 ? "" : new String(pem, from, to - from, StandardCharsets.US_ASCII);
    }

    private static byte[] base64(byte[] pem, int from, int to, String label) {
        try {
            ByteBuffer decoded = Base64.getMimeDecoder().decode(ByteBuffer.wrap(pem, from, to - from));
            byte[] der = new byte[decoded.remaining()];
            decoded.get(der);
            Arrays.fill(decoded.array(), (byte) 0);
            return der;
        } catch (IllegalArgumentException e) {
            throw new PemFormatException("holds a '" + label + "' block that is not valid base64");
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(from, 0); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private record Block(String label, byte[] der) {
    }

    /** The file is not what it should be; the message never quotes its content. */
    static final class PemFormatException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PemFormatException(String reason) {
            super(reason);
        }
    }
}
