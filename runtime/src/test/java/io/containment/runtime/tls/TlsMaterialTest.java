package io.containment.runtime.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.runtime.tls.TestCertificates.Issued;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** PEM reading with the JDK: chains, PKCS#8 RSA/EC keys, and refusals that explain without quoting secrets. */
class TlsMaterialTest {
    @TempDir
    Path dir;

    private final Issued ca = TestCertificates.ca("root");

    @ParameterizedTest
    @ValueSource(strings = {"RSA", "EC"})
    void readsAChainAndAPkcs8KeyOfEachAlgorithm(String algorithm) throws IOException {
        Issued server = TestCertificates.server(ca, "signer", TestCertificates.keys(algorithm));
        Path cert = write("cert.pem", "# leaf first\n" + TestCertificates.pem(server.certificate(), ca.certificate()));
        Path key = write("key.pem", TestCertificates.pkcs8(server.privateKey()));
        Path cas = write("ca.pem", TestCertificates.pem(ca.certificate()));

        TlsMaterial material = TlsMaterial.load(cert, key, Optional.of(cas));

        assertThat(material.certificateChain()).containsExactly(server.certificate(), ca.certificate());
        assertThat(material.privateKey().getEncoded()).isEqualTo(server.privateKey().getEncoded());
        assertThat(material.clientCas()).containsExactly(ca.certificate());
        assertThat(material.validityProblem()).isEmpty();
        assertThat(material.describe()).startsWith("CN=signer (serial ");
    }

    @Test
    void refusesLegacyAndEncryptedKeysWithTheFix() throws IOException {
        Issued server = TestCertificates.server(ca, "signer");
        Path cert = write("cert.pem", TestCertificates.pem(server.certificate()));
        String body = TestCertificates.pkcs8(server.privateKey());
        Path legacy = write("legacy.pem", body.replace("PRIVATE KEY", "EC PRIVATE KEY"));
        Path encrypted = write("encrypted.pem", body.replace("PRIVATE KEY", "ENCRYPTED PRIVATE KEY"));

        assertThatThrownBy(() -> TlsMaterial.load(cert, legacy, Optional.empty()))
                .hasMessageContaining("legacy 'EC PRIVATE KEY' key; convert it to PKCS#8: openssl pkcs8 -topk8");
        assertThatThrownBy(() -> TlsMaterial.load(cert, encrypted, Optional.empty()))
                .hasMessageContaining("encrypted key");
    }

    @Test
    void refusesEdDsaKeysTheTlsServerCannotUse() throws IOException {
        Issued server = TestCertificates.server(ca, "signer", TestCertificates.keys("Ed25519"));
        Path cert = write("cert.pem", TestCertificates.pem(server.certificate()));
        Path key = write("key.pem", TestCertificates.pkcs8(server.privateKey()));

        assertThatThrownBy(() -> TlsMaterial.load(cert, key, Optional.empty()))
                .hasMessageEndingWith("holds a Ed25519 key; TLS here needs an RSA or EC key");
    }

    @Test
    void refusesBrokenBlocksWithoutQuotingTheFile() throws IOException {
        Issued server = TestCertificates.server(ca, "signer");
        Path cert = write("cert.pem", TestCertificates.pem(server.certificate()));
        String key = TestCertificates.pkcs8(server.privateKey());
        Path truncated = write("truncated.pem", key.substring(0, key.length() - 30));
        Path corrupt = write("corrupt.pem", key.replaceFirst("\n[A-Za-z0-9+/]{10}", "\nAAAAAAAAAA"));
        Path badCert = write("bad-cert.pem", TestCertificates.pem("CERTIFICATE", new byte[] {1, 2, 3}));

        assertThatThrownBy(() -> TlsMaterial.load(cert, truncated, Optional.empty()))
                .isInstanceOf(TlsMaterialException.class).hasMessageContaining("without its -----END PRIVATE KEY----- line");
        assertThatThrownBy(() -> TlsMaterial.load(cert, corrupt, Optional.empty()))
                .isInstanceOf(TlsMaterialException.class)
                .satisfies(e -> assertThat(((TlsMaterialException) e).setting()).isEqualTo("key_path"))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(key.substring(40, 60)));
        assertThatThrownBy(() -> TlsMaterial.load(badCert, truncated, Optional.empty()))
                .hasMessageContaining("not a valid X.509 certificate")
                .satisfies(e -> assertThat(((TlsMaterialException) e).setting()).isEqualTo("cert_path"));
    }

    @Test
    void watcherReportsAReplacedPairOnceAndIgnoresAHalfWrittenOne() throws IOException {
        Issued first = TestCertificates.server(ca, "first");
        Path cert = write("cert.pem", TestCertificates.pem(first.certificate()));
        Path key = write("key.pem", TestCertificates.pkcs8(first.privateKey()));
        TlsFileWatcher watcher = new TlsFileWatcher(cert, key, Optional.empty());
        assertThat(watcher.changed()).isEmpty();

        Issued second = TestCertificates.server(ca, "second");
        TestCertificates.write(cert, TestCertificates.pem(second.certificate()));
        assertThat(watcher.changed()).as("certificate replaced, key not yet: mismatch, keep the old pair").isEmpty();

        TestCertificates.write(key, TestCertificates.pkcs8(second.privateKey()));
        assertThat(watcher.changed()).hasValueSatisfying(material ->
                assertThat(material.certificateChain().getFirst()).isEqualTo(second.certificate()));
        assertThat(watcher.changed()).isEmpty();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
