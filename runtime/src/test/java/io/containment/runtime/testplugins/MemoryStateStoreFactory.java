package io.containment.runtime.testplugins;

import io.containment.api.plugin.ConfigProperty;
import io.containment.api.plugin.PluginConfig;
import io.containment.api.plugin.PluginContext;
import io.containment.api.seal.SignerStateStore;
import io.containment.api.seal.SignerStateStoreFactory;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.pf4j.Extension;

/** Test signer_state store {@code memory}: the record in memory. Runtime tests only. */
@Extension
public class MemoryStateStoreFactory implements SignerStateStoreFactory {
    @Override
    public String name() {
        return "memory";
    }

    @Override
    public List<ConfigProperty> configProperties() {
        return List.of();
    }

    @Override
    public SignerStateStore create(PluginConfig config, PluginContext context) {
        AtomicReference<String> record = new AtomicReference<>();
        return new SignerStateStore() {
            @Override
            public Optional<String> read() {
                return Optional.ofNullable(record.get());
            }

            @Override
            public boolean create(String value) {
                return record.compareAndSet(null, value);
            }

            @Override
            public boolean replace(String expected, String replacement) {
                return expected != null && record.compareAndSet(expected, replacement);
            }

            @Override
            public void close() {
            }
        };
    }
}
