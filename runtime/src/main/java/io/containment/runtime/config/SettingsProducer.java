package io.containment.runtime.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Produces {@link Settings} inside the CDI container from the same inputs the launcher used:
 * {@code containment.config_file}, {@code containment.home} and {@code containment.override.*}
 * (the CLI flags), plus the process environment.
 */
@ApplicationScoped
public class SettingsProducer {
    /** MP config key of the YAML file path. */
    public static final String CONFIG_FILE = "containment.config_file";
    /** MP config key of the distribution folder. */
    public static final String HOME = "containment.home";
    /** MP config prefix of CLI overrides. */
    public static final String OVERRIDE_PREFIX = "containment.override.";

    @Produces
    @Singleton
    Settings settings(org.eclipse.microprofile.config.Config config) {
        Optional<Path> file = config.getOptionalValue(CONFIG_FILE, String.class).filter(s -> !s.isBlank()).map(Path::of);
        Path home = Path.of(config.getOptionalValue(HOME, String.class).orElse("."));
        Map<String, String> overrides = new TreeMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(OVERRIDE_PREFIX)) {
                overrides.put(name.substring(OVERRIDE_PREFIX.length()), config.getValue(name, String.class));
            }
        }
        return SettingsParser.parse(ConfigLoader.load(file, overrides, System.getenv()), file, home);
    }
}
