package io.containment.plugins.keys.awskms;

import java.util.function.Supplier;

/**
 * Runs SDK code with this plugin's class loader as the thread's context class loader: parts of
 * the AWS SDK look classes and resources up through it, and inside the signer it is the host's.
 */
final class PluginClassLoader {
    private PluginClassLoader() {
    }

    static <T> T call(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(PluginClassLoader.class.getClassLoader());
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
