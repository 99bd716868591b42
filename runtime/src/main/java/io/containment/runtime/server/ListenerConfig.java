package io.containment.runtime.server;

import io.containment.runtime.config.TlsSettings;
import java.util.HashMap;
import java.util.Map;

/** Our {@code server.tls} settings as Helidon WebServer config keys of the default and plain loopback sockets. */
final class ListenerConfig {
    private ListenerConfig() {
    }

    /** The Helidon config of the listeners: TLS on the default socket, the optional plain loopback socket. */
    static Map<String, String> helidon(TlsSettings tls) {
        Map<String, String> values = new HashMap<>();
        if (tls instanceof TlsSettings.FromFiles files) {
            values.put("server.tls.private-key.pem.key.resource.path", files.keyPath().toString());
            values.put("server.tls.private-key.pem.cert-chain.resource.path", files.certPath().toString());
            // Helidon reloads only the trust it started with: without client CAs it gets the server's own
            // chain as an unused trust list (client-auth NONE never asks for a client certificate)
            values.put("server.tls.trust.pem.certificates.resource.path", files.clientCaPath().orElse(files.certPath()).toString());
            values.put("server.tls.client-auth", files.clientCaPath().isPresent() ? "REQUIRED" : "NONE");
            files.plainLoopbackPort().ifPresent(port -> {
                values.put("server.sockets.0.name", PlainLoopbackSocket.NAME);
                values.put("server.sockets.0.host", "127.0.0.1");
                values.put("server.sockets.0.port", Integer.toString(port));
            });
        }
        return values;
    }
}
