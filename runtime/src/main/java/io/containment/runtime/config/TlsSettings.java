package io.containment.runtime.config;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

/** {@code server.tls}: plain HTTP, or TLS from PEM files watched for replacement. */
public sealed interface TlsSettings {

    /** {@code mode: disabled} (the default): plain HTTP on the signing port. */
    record Disabled() implements TlsSettings {
    }

    /**
     * {@code mode: file}: the files were read and cross-checked at parse time.
     *
     * @param certPath              PEM certificate chain, leaf first
     * @param keyPath               PEM PKCS#8 private key of the leaf certificate
     * @param clientCaPath          PEM CA certificates client certificates must chain to (mTLS); empty: none asked for
     * @param plainLoopbackPort     a plain-HTTP port on 127.0.0.1 serving only {@code /upcheck}, for local probes
     * @param reloadIntervalSeconds how often the files are checked for replacement
     */
    record FromFiles(Path certPath, Path keyPath, Optional<Path> clientCaPath, OptionalInt plainLoopbackPort,
                     int reloadIntervalSeconds) implements TlsSettings {
    }
}
