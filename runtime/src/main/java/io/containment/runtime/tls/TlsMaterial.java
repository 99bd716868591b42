package io.containment.runtime.tls;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The server's key, its certificate chain (leaf first) and the CAs client certificates must chain
 * to (empty: no client certificates asked for), read and cross-checked.
 *
 * @param privateKey       the server's private key
 * @param certificateChain the server's certificate, then its intermediates
 * @param clientCas        the trust anchors for client certificates; empty when mTLS is off
 */
public record TlsMaterial(PrivateKey privateKey, List<X509Certificate> certificateChain,
                          List<X509Certificate> clientCas) {
    /** The config keys naming each file, used in every error message. */
    public static final String CERT_PATH = "cert_path";
    public static final String KEY_PATH = "key_path";
    public static final String CLIENT_CA_PATH = "client_ca_path";

    public TlsMaterial {
        certificateChain = List.copyOf(certificateChain);
        clientCas = List.copyOf(clientCas);
    }

    /** Reads and checks the files; a {@link TlsMaterialException} names the file's setting and the problem. */
    public static TlsMaterial load(Path certPath, Path keyPath, Optional<Path> clientCaPath) {
        List<X509Certificate> chain = certificates(CERT_PATH, certPath);
        byte[] keyPem = read(KEY_PATH, keyPath);
        PrivateKey key;
        try {
            key = PemFiles.privateKey(keyPem);
        } catch (PemFiles.PemFormatException e) {
            throw new TlsMaterialException(KEY_PATH, keyPath + " " + e.getMessage());
        } finally {
            Arrays.fill(keyPem, (byte) 0);
        }
        if (!matches(key, chain.getFirst())) {
            throw new TlsMaterialException(KEY_PATH, keyPath + " is not the private key of the first certificate in " + certPath);
        }
        List<X509Certificate> cas = clientCaPath.map(path -> certificates(CLIENT_CA_PATH, path)).orElse(List.of());
        return new TlsMaterial(key, chain, cas);
    }

    /** Whether the leaf certificate is outside its validity period now: operators get a warning, not a refusal. */
    public Optional<String> validityProblem() {
        X509Certificate leaf = certificateChain.getFirst();
        try {
            leaf.checkValidity();
            return Optional.empty();
        } catch (CertificateExpiredException e) {
            return Optional.of("expired on " + leaf.getNotAfter().toInstant());
        } catch (CertificateNotYetValidException e) {
            return Optional.of("not valid before " + leaf.getNotBefore().toInstant());
        }
    }

    /** Subject, serial and expiry of the leaf certificate, for log lines. */
    public String describe() {
        X509Certificate leaf = certificateChain.getFirst();
        return leaf.getSubjectX500Principal().getName() + " (serial " + leaf.getSerialNumber().toString(16)
                + ", valid until " + leaf.getNotAfter().toInstant() + ")";
    }

    private static List<X509Certificate> certificates(String setting, Path path) {
        try {
            List<X509Certificate> certificates = PemFiles.certificates(read(setting, path));
            if (certificates.isEmpty()) {
                throw new TlsMaterialException(setting, path + " holds no CERTIFICATE block");
            }
            return certificates;
        } catch (PemFiles.PemFormatException e) {
            throw new TlsMaterialException(setting, path + " " + e.getMessage());
        }
    }

    private static byte[] read(String setting, Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new TlsMaterialException(setting, "cannot read " + path + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Signs a fixed challenge with the key and verifies it with the certificate's public key. */
    private static boolean matches(PrivateKey key, X509Certificate certificate) {
        String algorithm = switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            default -> null;
        };
        if (algorithm == null) {
            return key.getAlgorithm().equals(certificate.getPublicKey().getAlgorithm());
        }
        try {
            byte[] challenge = "containment-chamber tls key check".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(challenge);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(challenge);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
