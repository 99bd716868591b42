package com.example.containment;

import io.containment.api.keys.KeySource;
import io.containment.api.keys.KeySourceFactory;
import io.containment.api.plugin.ConfigProperty;
import io.containment.api.plugin.PluginConfig;
import io.containment.api.plugin.PluginConfigException;
import io.containment.api.plugin.PluginContext;
import java.nio.file.Path;
import java.util.List;
import org.pf4j.Extension;

/**
 * Key source {@code hex-file}: configured as {@code key_sources: { hex-file: { file: keys.txt } }}.
 * The runtime finds this class through PF4J ({@code @Extension}) and selects it by {@link #name()}.
 */
@Extension
public class HexFileKeySourceFactory implements KeySourceFactory {
    static final String FILE = "file";

    @Override
    public String name() {
        return "hex-file";
    }

    /** Every key the section accepts: the runtime refuses any other key, naming it, with exit code 2. */
    @Override
    public List<ConfigProperty> configProperties() {
        return List.of(ConfigProperty.required(FILE, ConfigProperty.Type.PATH,
                "file with one 0x-hex BLS secret key per line; '#' starts a comment"));
    }

    @Override
    public KeySource create(PluginConfig config, PluginContext context) {
        Path file = config.path(FILE).orElseThrow(() -> new PluginConfigException(config.fullKey(FILE), "is required"));
        return new HexFileKeySource(file, context.blsSecretKeys());
    }
}
