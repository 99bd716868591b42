package io.containment.runtime.plugins;

import java.nio.file.Path;
import org.pf4j.ClassLoadingStrategy;
import org.pf4j.CompoundPluginLoader;
import org.pf4j.DefaultPluginLoader;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginLoader;
import org.pf4j.PluginManager;
import org.pf4j.RuntimeMode;

/**
 * PF4J in deployment mode, loading zip/folder plugins whose class loader takes the SPI package
 * ({@code io.containment.api}) from the host, never from a copy a plugin may have bundled —
 * as Trino does with its SPI packages.
 */
final class ApiFirstPluginManager extends DefaultPluginManager {
    static final String API_PACKAGE = "io.containment.api.";

    ApiFirstPluginManager(Path pluginsDirectory) {
        super(pluginsDirectory);
    }

    @Override
    public RuntimeMode getRuntimeMode() {
        return RuntimeMode.DEPLOYMENT;
    }

    @Override
    protected PluginLoader createPluginLoader() {
        return new CompoundPluginLoader().add(new ApiFirstLoader(this));
    }

    /** The default folder loader (classes/ + lib/*.jar) with the api-first class loader. */
    private static final class ApiFirstLoader extends DefaultPluginLoader {
        ApiFirstLoader(PluginManager manager) {
            super(manager);
        }

        @Override
        protected PluginClassLoader createPluginClassLoader(Path pluginPath, PluginDescriptor descriptor) {
            return new ApiFirstClassLoader(pluginManager, descriptor, getClass().getClassLoader());
        }
    }

    /** Plugin-first for the plugin's own libraries, host-first for the SPI and PF4J. */
    private static final class ApiFirstClassLoader extends PluginClassLoader {
        ApiFirstClassLoader(PluginManager manager, PluginDescriptor descriptor, ClassLoader parent) {
            super(manager, descriptor, parent, ClassLoadingStrategy.PDA);
        }

        @Override
        protected boolean shouldDelegateToParent(String className) {
            return className.startsWith(API_PACKAGE) || super.shouldDelegateToParent(className);
        }
    }
}
