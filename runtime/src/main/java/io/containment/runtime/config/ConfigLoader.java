package io.containment.runtime.config;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Builds the merged configuration tree: CLI overrides &gt; environment &gt; YAML file. Defaults live in {@link SettingsParser}. */
public final class ConfigLoader {
    private ConfigLoader() {
    }

    /**
     * @param file        the YAML file, if any
     * @param cliOverides key → value from command-line flags
     * @param environment the process environment (only {@code CONTAINMENT_*} is read)
     */
    public static Config load(Optional<Path> file, Map<String, String> cliOverides, Map<String, String> environment) {
        Config.Builder builder = Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .disableParserServices()
                .addParser(io.helidon.config.yaml.YamlConfigParser.create())
                .addSource(ConfigSources.create(cliOverides).name("command line"))
                .addSource(ConfigSources.create(EnvironmentOverrides.from(environment)).name("environment"));
        file.ifPresent(path -> {
            if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
                throw new ConfigException(path.toString(), "config file does not exist or is not readable");
            }
            builder.addSource(ConfigSources.file(path).optional(false));
        });
        try {
            return builder.build();
        } catch (io.helidon.config.ConfigException e) {
            throw new ConfigException(file.map(Path::toString).orElse("config"), "cannot be read: " + firstLine(e));
        }
    }

    private static String firstLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
