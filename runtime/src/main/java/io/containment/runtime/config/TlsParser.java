package io.containment.runtime.config;

import io.containment.runtime.tls.TlsMaterial;
import io.containment.runtime.tls.TlsMaterialException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** {@code server.tls}: the mode and, for {@code file}, paths that must already hold usable PEM. */
final class TlsParser {
    private static final Set<String> FILE_KEYS = Set.of("cert_path", "key_path", "client_ca_path",
            "plain_loopback_port", "reload_interval_seconds");

    private TlsParser() {
    }

    static TlsSettings parse(Section tls, int listenPort) {
        tls.allowOnly(union(Set.of("mode"), FILE_KEYS));
        String mode = tls.string("mode", "disabled").trim().toLowerCase(Locale.ROOT);
        return switch (mode) {
            case "disabled" -> disabled(tls);
            case "file" -> fromFiles(tls, listenPort);
            default -> throw new ConfigException(tls.key("mode"), "unknown mode '" + mode + "' (disabled or file)");
        };
    }

    private static TlsSettings disabled(Section tls) {
        for (String key : FILE_KEYS) {
            if (tls.has(key)) {
                throw new ConfigException(tls.key(key), "only used with " + tls.key("mode") + ": file");
            }
        }
        return new TlsSettings.Disabled();
    }

    private static TlsSettings fromFiles(Section tls, int listenPort) {
        Path cert = required(tls, TlsMaterial.CERT_PATH);
        Path key = required(tls, TlsMaterial.KEY_PATH);
        Optional<Path> clientCa = tls.optionalString(TlsMaterial.CLIENT_CA_PATH).map(tls::resolve);
        try {
            TlsMaterial.load(cert, key, clientCa);
        } catch (TlsMaterialException e) {
            throw new ConfigException(tls.key(e.setting()), e.getMessage());
        }
        OptionalInt plainPort = OptionalInt.empty();
        if (tls.has("plain_loopback_port")) {
            int port = tls.integer("plain_loopback_port", 0, 1, 65535);
            if (port == listenPort) {
                throw new ConfigException(tls.key("plain_loopback_port"), "must differ from server.listen_port (" + port + ")");
            }
            plainPort = OptionalInt.of(port);
        }
        int interval = tls.integer("reload_interval_seconds", 10, 1, 86_400);
        return new TlsSettings.FromFiles(cert, key, clientCa, plainPort, interval);
    }

    private static Path required(Section tls, String name) {
        return tls.optionalString(name).filter(value -> !value.isBlank()).map(tls::resolve)
                .orElseThrow(() -> new ConfigException(tls.key(name), "required when " + tls.key("mode") + " is file"));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.HashSet<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
