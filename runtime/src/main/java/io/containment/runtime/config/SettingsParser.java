package io.containment.runtime.config;

import io.containment.api.consensus.BlsPublicKey;
import io.helidon.config.Config;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the merged configuration tree into {@link Settings}, applying the embedded defaults. */
public final class SettingsParser {
    /** Factory name of the key source used when {@code key_sources} is absent. */
    public static final String DEFAULT_KEY_SOURCE = "filesystem";
    /** Factory name of the slashing store used when {@code anti_slashing.backend} is absent. */
    public static final String DEFAULT_SLASHING_BACKEND = "sqlite";
    /** Factory name of the auth backend used when {@code auth.backend} is absent. */
    public static final String DEFAULT_AUTH_BACKEND = "sqlite";

    private static final Set<String> TOP_LEVEL = Set.of("server", "metrics", "data_dir", "network", "key_sources",
            "anti_slashing", "auth", "signer_state", "canary_keys", "http", "backpressure", "plugins");

    private SettingsParser() {
    }

    /**
     * @param config        the merged tree from {@link ConfigLoader}
     * @param configFile    the file it was read from, if any
     * @param home          the distribution folder (plugins default to {@code home/plugins})
     */
    public static Settings parse(Config config, Optional<Path> configFile, Path home) {
        Path base = configFile.map(f -> f.toAbsolutePath().getParent()).orElse(Path.of("").toAbsolutePath());
        Section root = new Section(config, base).allowOnly(TOP_LEVEL);
        Section server = root.section("server").allowOnly(Set.of("listen_address", "listen_port", "seccomp", "tls"));
        Settings.Listener serverListener = listener(server, 9000);
        TlsSettings tls = TlsParser.parse(server.section("tls"), serverListener.listenPort());
        Section metrics = root.section("metrics").allowOnly(Set.of("listen_address", "listen_port"));
        Path dataDir = root.path("data_dir", "./data");
        return new Settings(configFile, base,
                serverListener,
                tls,
                listener(metrics, 3000),
                dataDir,
                NetworkParser.parse(root),
                keySources(root.section("key_sources")),
                antiSlashing(root.section("anti_slashing")),
                root.section("plugins").allowOnly(Set.of("directory")).path("directory", home.resolve("plugins").toString()),
                keyManagerApi(root.section("http")),
                canaryKeys(root),
                backpressure(root.section("backpressure")),
                new Settings.Hardening(server.bool("seccomp", false)),
                auth(root.section("auth"), dataDir),
                keyManagerLimits(root.section("http").section("key_manager_api")),
                SignerStateParser.parse(root),
                importTo(root.section("http").section("key_manager_api"), root.section("key_sources")));
    }

    /** {@code http.key_manager_api.import_to}: a configured key source's name (whether it can store keys is checked once it exists). */
    private static Optional<String> importTo(Section section, Section keySources) {
        Optional<String> name = section.optionalString("import_to");
        if (name.isEmpty()) {
            return name;
        }
        List<String> configured = keySources.childNames().isEmpty() ? List.of(DEFAULT_KEY_SOURCE) : keySources.childNames();
        if (!configured.contains(name.get())) {
            throw new ConfigException(section.key("import_to"), "no key source named '" + name.get()
                    + "' is configured (key_sources: " + String.join(", ", configured) + ")");
        }
        return name;
    }

    private static Settings.Auth auth(Section section, Path dataDir) {
        Set<String> runtimeKeys = Set.of("backend", "required", "refresh_interval_seconds", "hash_key_file");
        return new Settings.Auth(section.string("backend", DEFAULT_AUTH_BACKEND), section.bool("required", false),
                section.integer("refresh_interval_seconds", 1, 1, 3600),
                section.has("hash_key_file") ? section.path("hash_key_file", "") : dataDir.resolve("auth-hash.key"),
                section.pluginValues(runtimeKeys));
    }

    private static Settings.Listener listener(Section section, int defaultPort) {
        return new Settings.Listener(section.string("listen_address", "127.0.0.1"),
                section.integer("listen_port", defaultPort, 0, 65535));
    }

    private static Map<String, Map<String, Object>> keySources(Section section) {
        Map<String, Map<String, Object>> sources = new LinkedHashMap<>();
        List<String> names = section.childNames();
        if (names.isEmpty()) {
            sources.put(DEFAULT_KEY_SOURCE, Map.of());
        }
        for (String name : names) {
            sources.put(name, section.section(name).pluginValues(Set.of()));
        }
        return sources;
    }

    private static Settings.AntiSlashing antiSlashing(Section section) {
        String backend = section.string("backend", DEFAULT_SLASHING_BACKEND);
        return new Settings.AntiSlashing(backend, section.pluginValues(Set.of("backend")));
    }

    private static boolean keyManagerApi(Section http) {
        http.allowOnly(Set.of("key_manager_api"));
        return http.section("key_manager_api").allowOnly(Set.of("enabled", "max_items_per_request",
                "max_concurrent_writes", "max_request_bytes", "import_to")).bool("enabled", false);
    }

    private static Settings.KeyManagerLimits keyManagerLimits(Section section) {
        Settings.KeyManagerLimits defaults = Settings.KeyManagerLimits.DEFAULT;
        return new Settings.KeyManagerLimits(
                section.integer("max_items_per_request", defaults.maxItemsPerRequest(), 1, 100_000),
                section.integer("max_concurrent_writes", defaults.maxConcurrentWrites(), 1, 64),
                section.integer("max_request_bytes", defaults.maxRequestBytes(), 1024, Integer.MAX_VALUE - 8));
    }

    private static List<BlsPublicKey> canaryKeys(Section root) {
        return root.strings("canary_keys").stream().map(hex -> {
            try {
                return BlsPublicKey.fromHex(hex);
            } catch (IllegalArgumentException e) {
                throw new ConfigException(root.key("canary_keys"), "not a 48-byte 0x-hex public key: " + e.getMessage());
            }
        }).toList();
    }

    private static Settings.Backpressure backpressure(Section section) {
        section.allowOnly(Set.of("max_concurrent_signing", "queue", "request_timeout_seconds"));
        int cores = Runtime.getRuntime().availableProcessors();
        // 64 per core: BLS itself never runs on more threads than cores (a signature pins its carrier), so
        // the slots bound what waits on the slashing store, and every slot is a possible member of its next
        // group commit (docs/benchmarks.md: 4 per core left a third of the throughput on the table)
        return new Settings.Backpressure(
                section.integer("max_concurrent_signing", cores * 64, 1, 100_000),
                section.integer("queue", 1024, 0, 1_000_000),
                section.integer("request_timeout_seconds", 30, 1, 3600));
    }
}
