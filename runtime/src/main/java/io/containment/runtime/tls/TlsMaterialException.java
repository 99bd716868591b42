package io.containment.runtime.tls;

/** One of the TLS files cannot be used; names the setting that points at it, never quotes its content. */
public final class TlsMaterialException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String setting;

    TlsMaterialException(String setting, String reason) {
        super(reason);
        this.setting = setting;
    }

    /** The {@code server.tls} key naming the file: {@code cert_path}, {@code key_path} or {@code client_ca_path}. */
    public String setting() {
        return setting;
    }
}
