package io.containment.plugins.keys.filesystem;

import io.containment.api.contract.WritableKeySourceContract;
import io.containment.api.keys.WritableKeySource;
import io.containment.api.plugin.PluginConfig;
import io.containment.api.plugin.PluginContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The writable key-source contract over the managed folder, created through the factory as the runtime does. */
class WritableFilesystemKeySourceContractTest extends WritableKeySourceContract {
    @Override
    protected WritableKeySource openSource(Path dir, PluginContext context) throws Exception {
        Files.createDirectories(dir.resolve("keystores"));
        FilesystemKeySourceFactory factory = new FilesystemKeySourceFactory();
        PluginConfig config = PluginConfig.of("key_sources.filesystem",
                Map.of("paths", List.of("keystores"), "managed_path", "managed"), factory.configProperties(), dir);
        return (WritableKeySource) factory.create(config, context);
    }
}
