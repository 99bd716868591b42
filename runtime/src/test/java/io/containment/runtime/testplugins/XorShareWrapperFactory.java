package io.containment.runtime.testplugins;

import io.containment.api.plugin.ConfigProperty;
import io.containment.api.plugin.PluginConfig;
import io.containment.api.plugin.PluginContext;
import io.containment.api.seal.ShareWrapper;
import io.containment.api.seal.ShareWrapperException;
import io.containment.api.seal.ShareWrapperFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pf4j.Extension;

/**
 * Test share wrapper {@code xor}: XOR with SHA-256(key id + context) — no security, only a
 * reversible stand-in for KMS. Key ids starting with {@code unavailable} fail. Runtime tests only.
 */
@Extension
public class XorShareWrapperFactory implements ShareWrapperFactory {
    @Override
    public String name() {
        return "xor";
    }

    @Override
    public List<ConfigProperty> configProperties() {
        return List.of();
    }

    @Override
    public ShareWrapper create(PluginConfig config, PluginContext context) {
        return new ShareWrapper() {
            @Override
            public byte[] wrap(String keyId, byte[] share, Map<String, String> context) {
                return xor(keyId, share, context);
            }

            @Override
            public byte[] unwrap(String keyId, byte[] wrapped, Map<String, String> context) {
                return xor(keyId, wrapped, context);
            }

            @Override
            public void close() {
            }
        };
    }

    private static byte[] xor(String keyId, byte[] data, Map<String, String> context) {
        if (keyId.startsWith("unavailable")) {
            throw new ShareWrapperException("the key " + keyId + " is unavailable");
        }
        try {
            byte[] pad = MessageDigest.getInstance("SHA-256").digest((keyId + new TreeMap<>(context))
                    .getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[data.length];
            for (int i = 0; i < data.length; i++) {
                out[i] = (byte) (data[i] ^ pad[i % pad.length]);
            }
            return out;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
