package io.containment.plugins.keys.filesystem;

import io.containment.api.keys.KeySource;
import io.containment.api.keys.KeySourceFactory;
import io.containment.api.plugin.ConfigProperty;
import io.containment.api.plugin.ConfigProperty.Type;
import io.containment.api.plugin.PluginConfig;
import io.containment.api.plugin.PluginConfigException;
import io.containment.api.plugin.PluginContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;

/**
 * {@code key_sources.filesystem}: Web3Signer key-config files and EIP-2335 keystores from folders.
 *
 * <pre>{@code
 * key_sources:
 *   filesystem:
 *     paths: [./keystores]            # relative to the config file
 *     keystore_load_concurrency: 0    # 0 = min(cores, max heap / 256 MiB)
 *     key_cache: true                 # one KDF per start instead of one per keystore
 *     managed_path: /var/lib/containment-chamber/keystores   # imports go here; default <data_dir>/keystores
 * }</pre>
 */
@Extension
public final class FilesystemKeySourceFactory implements KeySourceFactory {
    static final String PATHS = "paths";
    static final String LOAD_CONCURRENCY = "keystore_load_concurrency";
    static final String KEY_CACHE = "key_cache";
    static final String MANAGED_PATH = "managed_path";
    /** The managed folder inside the data directory when {@code managed_path} is not set. */
    static final String DEFAULT_MANAGED_FOLDER = "keystores";

    @Override
    public String name() {
        return "filesystem";
    }

    @Override
    public List<ConfigProperty> configProperties() {
        return List.of(
                ConfigProperty.withDefault(PATHS, Type.PATH_LIST, "./keystores",
                        "Folders with key-config YAML files and EIP-2335 keystores (subfolders are not read)"),
                ConfigProperty.withDefault(LOAD_CONCURRENCY, Type.INTEGER, "0",
                        "Keystores decrypted at once; 0 = min(CPU cores, max heap / 256 MiB)"),
                ConfigProperty.withDefault(KEY_CACHE, Type.BOOLEAN, "true",
                        "Keep an encrypted cache of the keystores' secrets in the data dir, sealed under their shared"
                                + " password with their own KDF: restarts run one KDF instead of one per keystore"),
                ConfigProperty.optional(MANAGED_PATH, Type.PATH,
                        "Folder the Key Manager API imports keystores into (0700, files 0600); read after 'paths'. "
                                + "Default: <data_dir>/keystores"));
    }

    @Override
    public KeySource create(PluginConfig config, PluginContext context) {
        List<Path> folders = config.paths(PATHS);
        if (folders.isEmpty()) {
            throw new PluginConfigException(config.fullKey(PATHS), "needs at least one folder");
        }
        int concurrency = config.integer(LOAD_CONCURRENCY).orElse(0);
        if (concurrency < 0) {
            throw new PluginConfigException(config.fullKey(LOAD_CONCURRENCY),
                    "must be 0 (automatic) or a positive number, got " + concurrency);
        }
        LoadSettings settings = new LoadSettings(folders, LoadConcurrency.resolve(concurrency),
                LoadSettings.PROGRESS_INTERVAL, KdfMemoryBudget.forHeap(Runtime.getRuntime().maxMemory()),
                config.bool(KEY_CACHE).orElse(true) ? Optional.of(cacheFile(context.dataDir(), folders)) : Optional.empty(),
                config.path(MANAGED_PATH).orElseGet(() -> context.dataDir().resolve(DEFAULT_MANAGED_FOLDER)));
        return new FilesystemKeySource(settings, context.blsSecretKeys(), context.clock());
    }

    /** One cache per set of folders, in {@code <data_dir>/key-cache/} (0700; the file 0600). */
    static Path cacheFile(Path dataDir, List<Path> folders) {
        String joined = folders.stream().map(f -> f.toAbsolutePath().normalize().toString()).reduce("", (a, b) -> a + "\n" + b);
        String id = java.util.HexFormat.of().formatHex(KeyCache.sha256(joined.getBytes(java.nio.charset.StandardCharsets.UTF_8)).array(), 0, 8);
        return dataDir.resolve("key-cache").resolve("filesystem-" + id + ".cache");
    }
}
