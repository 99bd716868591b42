package io.containment.runtime.plugins;

import io.containment.api.SpiVersion;
import io.containment.api.plugin.PluginFactory;
import io.containment.api.plugin.PluginTool;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/**
 * Owns the PF4J plugin manager: loads every plugin of the plugins directory, checks each was built
 * for this SPI major, starts them, and finds factories by kind and configured name. Factories on
 * the host's own class path (indexed in {@code META-INF/extensions.idx}) count as well.
 */
public final class PluginHost implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(PluginHost.class.getName());
    private final ApiFirstPluginManager manager;

    private PluginHost(ApiFirstPluginManager manager) {
        this.manager = manager;
    }

    /**
     * Loads and starts the plugins of {@code directory} (a missing folder means no plugins).
     *
     * @throws PluginHostException if a plugin failed to load or targets another SPI major
     */
    public static PluginHost start(Path directory) {
        ApiFirstPluginManager manager = new ApiFirstPluginManager(directory.toAbsolutePath());
        manager.setSystemVersion(SpiVersion.asString());
        if (Files.isDirectory(directory)) {
            manager.loadPlugins();
        } else {
            LOG.log(Level.INFO, "plugins directory {0} does not exist: using built-in factories only", directory);
        }
        PluginHost host = new PluginHost(manager);
        try {
            host.checkPlugins();
            manager.startPlugins();
            host.checkStarted();
        } catch (RuntimeException e) {
            host.close();
            throw e;
        }
        return host;
    }

    private void checkPlugins() {
        for (PluginWrapper plugin : manager.getPlugins()) {
            String requires = plugin.getDescriptor().getRequires();
            String id = plugin.getPluginId() + " (" + plugin.getPluginPath().getFileName() + ")";
            if (requires == null || requires.isBlank() || requires.equals("*")) {
                throw new PluginHostException("plugin " + id + " declares no SPI version (manifest Plugin-Requires); "
                        + "rebuild it against containment-api " + SpiVersion.MAJOR + ".x");
            }
            if (!manager.getVersionManager().checkVersionConstraint(SpiVersion.asString(), requires)) {
                throw new PluginHostException("plugin " + id + " was built for SPI " + requires
                        + " but this runtime provides SPI " + SpiVersion.asString() + "; use a plugin built for "
                        + SpiVersion.MAJOR + ".x");
            }
            LOG.log(Level.INFO, "plugin {0} {1} loaded from {2}", plugin.getPluginId(),
                    plugin.getDescriptor().getVersion(), plugin.getPluginPath());
        }
    }

    private void checkStarted() {
        for (PluginWrapper plugin : manager.getPlugins()) {
            if (plugin.getPluginState() != PluginState.STARTED) {
                Throwable failure = plugin.getFailedException();
                throw new PluginHostException("plugin " + plugin.getPluginId() + " did not start ("
                        + plugin.getPluginState() + (failure == null ? "" : ": " + failure) + ")");
            }
        }
    }

    /**
     * Every factory of a kind, by name.
     *
     * @throws PluginHostException if two factories of the kind share a name
     */
    public <F extends PluginFactory<?>> Map<String, F> factories(Class<F> kind) {
        Map<String, F> byName = new LinkedHashMap<>();
        Map<String, String> origins = new LinkedHashMap<>();
        List<F> found = manager.getExtensions(kind);
        for (F factory : found) {
            String origin = originOf(factory);
            String previous = origins.putIfAbsent(factory.name(), origin);
            if (previous != null) {
                throw new PluginHostException("two " + kind.getSimpleName() + "s are named '" + factory.name()
                        + "': in " + previous + " and in " + origin + "; remove one of the plugins");
            }
            byName.put(factory.name(), factory);
        }
        return byName;
    }

    /** Every extension of a kind that is not a factory (e.g. {@code ExternalHistoryReader}), in discovery order. */
    public <T> List<T> extensions(Class<T> kind) {
        return List.copyOf(manager.getExtensions(kind));
    }

    /**
     * Every {@link PluginTool}, by name (sorted).
     *
     * @throws PluginHostException if two tools share a name
     */
    public Map<String, PluginTool> tools() {
        Map<String, PluginTool> byName = new TreeMap<>();
        for (PluginTool tool : manager.getExtensions(PluginTool.class)) {
            PluginTool previous = byName.putIfAbsent(tool.name(), tool);
            if (previous != null) {
                throw new PluginHostException("two PluginTools are named '" + tool.name() + "': in " + originOf(previous)
                        + " and in " + originOf(tool) + "; remove one of the plugins");
            }
        }
        return byName;
    }

    private String originOf(Object factory) {
        PluginWrapper plugin = manager.whichPlugin(factory.getClass());
        return plugin == null ? "the runtime class path" : "plugin " + plugin.getPluginId();
    }

    @Override
    public void close() {
        // one by one over copies: PF4J's stopPlugins() iterates a list that stopping modifies
        for (PluginWrapper plugin : List.copyOf(manager.getStartedPlugins())) {
            manager.stopPlugin(plugin.getPluginId());
        }
        for (PluginWrapper plugin : List.copyOf(manager.getPlugins())) {
            manager.unloadPlugin(plugin.getPluginId());
        }
    }
}
