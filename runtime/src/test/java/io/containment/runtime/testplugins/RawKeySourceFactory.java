package io.containment.runtime.testplugins;

import io.containment.api.consensus.Hex;
import io.containment.api.keys.KeySource;
import io.containment.api.keys.KeySourceFactory;
import io.containment.api.keys.ValidatorKey;
import io.containment.api.plugin.ConfigProperty;
import io.containment.api.plugin.PluginConfig;
import io.containment.api.plugin.PluginContext;
import java.util.List;
import org.pf4j.Extension;

/** Test key source {@code test-raw}: hex secrets straight from configuration. Runtime tests only. */
@Extension
public class RawKeySourceFactory implements KeySourceFactory {
    /** The event recorded in {@link StartupOrder} when a source is created. */
    public static final String CREATED = "key source test-raw created";

    @Override
    public String name() {
        return "test-raw";
    }

    @Override
    public List<ConfigProperty> configProperties() {
        return List.of(ConfigProperty.optional("secret_keys", ConfigProperty.Type.STRING_LIST, "hex secret keys"));
    }

    @Override
    public KeySource create(PluginConfig config, PluginContext context) {
        StartupOrder.record(CREATED);
        List<String> secrets = config.strings("secret_keys");
        return new KeySource() {
            private List<ValidatorKey> keys = List.of();

            @Override
            public synchronized List<ValidatorKey> keys() {
                keys.forEach(ValidatorKey::destroy); // a reload makes new keys: the old ones go
                keys = secrets.stream().map(hex -> context.blsSecretKeys().fromSecret(Hex.decode(hex), "test-raw")).toList();
                return keys;
            }

            @Override
            public synchronized void close() {
                keys.forEach(ValidatorKey::destroy);
            }
        };
    }
}
