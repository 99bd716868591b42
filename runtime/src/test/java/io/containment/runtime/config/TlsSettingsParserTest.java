package io.containment.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.runtime.tls.TestCertificates;
import io.containment.runtime.tls.TestCertificates.Issued;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code server.tls}: file mode reads and checks its PEM files at startup; every problem names its key. */
class TlsSettingsParserTest {
    @TempDir
    Path dir;

    @BeforeEach
    void writeFiles() throws IOException {
        Issued ca = TestCertificates.ca("test CA");
        Issued server = TestCertificates.server(ca, "signer");
        Files.writeString(dir.resolve("cert.pem"), TestCertificates.pem(server.certificate(), ca.certificate()));
        Files.writeString(dir.resolve("key.pem"), TestCertificates.pkcs8(server.privateKey()));
        Files.writeString(dir.resolve("ca.pem"), TestCertificates.pem(ca.certificate()));
        Files.writeString(dir.resolve("other-key.pem"), TestCertificates.pkcs8(TestCertificates.ecKeys().getPrivate()));
        Files.writeString(dir.resolve("garbage.pem"), "not a pem file\n");
    }

    private TlsSettings parse(String tls) throws IOException {
        Path file = dir.resolve("config.yaml");
        Files.writeString(file, "server:\n  listen_port: 9443\n  tls:\n" + tls.indent(4));
        return SettingsParser.parse(ConfigLoader.load(Optional.of(file), Map.of(), Map.of()), Optional.of(file),
                Path.of("/opt/cc")).tls();
    }

    @Test
    void disabledByDefault() throws IOException {
        assertThat(parse("mode: disabled")).isEqualTo(new TlsSettings.Disabled());
    }

    @Test
    void fileModeResolvesPathsAgainstTheConfigFileAndAppliesDefaults() throws IOException {
        TlsSettings tls = parse("mode: file\ncert_path: cert.pem\nkey_path: key.pem\nclient_ca_path: ca.pem\n"
                + "plain_loopback_port: 9001");
        assertThat(tls).isEqualTo(new TlsSettings.FromFiles(dir.resolve("cert.pem"), dir.resolve("key.pem"),
                Optional.of(dir.resolve("ca.pem")), OptionalInt.of(9001), 10));
    }

    @Test
    void everyUnusableFileIsRefusedNamingItsKey() {
        assertThatThrownBy(() -> parse("mode: file\nkey_path: key.pem"))
                .hasMessage("server.tls.cert_path: required when server.tls.mode is file");
        assertThatThrownBy(() -> parse("mode: file\ncert_path: missing.pem\nkey_path: key.pem"))
                .hasMessageStartingWith("server.tls.cert_path: cannot read ").hasMessageContaining("missing.pem");
        assertThatThrownBy(() -> parse("mode: file\ncert_path: garbage.pem\nkey_path: key.pem"))
                .hasMessageStartingWith("server.tls.cert_path: ").hasMessageEndingWith("is not a PEM file (no -----BEGIN ...----- line)");
        assertThatThrownBy(() -> parse("mode: file\ncert_path: key.pem\nkey_path: key.pem"))
                .hasMessageStartingWith("server.tls.cert_path: ").hasMessageContaining("'PRIVATE KEY' block where only CERTIFICATE");
        assertThatThrownBy(() -> parse("mode: file\ncert_path: cert.pem\nkey_path: cert.pem"))
                .hasMessageStartingWith("server.tls.key_path: ").hasMessageContaining("exactly one PEM private key block, found 2");
        assertThatThrownBy(() -> parse("mode: file\ncert_path: cert.pem\nkey_path: other-key.pem"))
                .hasMessageStartingWith("server.tls.key_path: ").hasMessageContaining("is not the private key of the first certificate");
        assertThatThrownBy(() -> parse("mode: file\ncert_path: cert.pem\nkey_path: key.pem\nclient_ca_path: garbage.pem"))
                .hasMessageStartingWith("server.tls.client_ca_path: ");
        assertThatThrownBy(() -> parse("mode: file\ncert_path: cert.pem\nkey_path: key.pem\nplain_loopback_port: 9443"))
                .hasMessage("server.tls.plain_loopback_port: must differ from server.listen_port (9443)");
        assertThatThrownBy(() -> parse("mode: disabled\nplain_loopback_port: 9001"))
                .hasMessage("server.tls.plain_loopback_port: only used with server.tls.mode: file");
        assertThatThrownBy(() -> parse("mode: mtls"))
                .hasMessage("server.tls.mode: unknown mode 'mtls' (disabled or file)");
    }
}
