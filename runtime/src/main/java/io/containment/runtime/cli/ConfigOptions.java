package io.containment.runtime.cli;

import io.containment.runtime.config.ConfigLoader;
import io.containment.runtime.config.Settings;
import io.containment.runtime.config.SettingsParser;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import picocli.CommandLine.Option;

/** The options every command shares: the config file and the flags that override it. */
public final class ConfigOptions {
    @Option(names = {"-c", "--config"}, paramLabel = "FILE", description = "YAML configuration file (default: embedded defaults)")
    Path configFile;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "overrides data_dir")
    String dataDir;

    @Option(names = "--network", paramLabel = "NAME", description = "overrides network (mainnet, sepolia, hoodi, holesky)")
    String network;

    @Option(names = "--plugins-directory", paramLabel = "DIR", description = "overrides plugins.directory")
    String pluginsDirectory;

    @Option(names = "--listen-address", paramLabel = "ADDRESS", description = "overrides server.listen_address")
    String listenAddress;

    @Option(names = "--listen-port", paramLabel = "PORT", description = "overrides server.listen_port")
    String listenPort;

    /** The file, if one was given. */
    public Optional<Path> file() {
        return Optional.ofNullable(configFile);
    }

    /** The flags as configuration keys. */
    public Map<String, String> overrides() {
        Map<String, String> overrides = new TreeMap<>();
        put(overrides, "data_dir", dataDir);
        put(overrides, "network", network);
        put(overrides, "plugins.directory", pluginsDirectory);
        put(overrides, "server.listen_address", listenAddress);
        put(overrides, "server.listen_port", listenPort);
        return overrides;
    }

    /** The distribution folder: system property {@code containment.home} (set by bin/containment-chamber), else ".". */
    public static Path home() {
        return Path.of(System.getProperty("containment.home", "."));
    }

    /** Loads and validates the settings. */
    public Settings settings() {
        return SettingsParser.parse(ConfigLoader.load(file(), overrides(), System.getenv()), file(), home());
    }

    private static void put(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
