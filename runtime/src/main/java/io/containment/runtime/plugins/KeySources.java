package io.containment.runtime.plugins;

import io.containment.api.keys.KeySource;
import java.util.List;

/** The configured key sources, in configuration order (first wins on duplicate keys). */
public record KeySources(List<Named> sources) implements AutoCloseable {
    public KeySources {
        sources = List.copyOf(sources);
    }

    /** One source with the configuration name it was created under. */
    public record Named(String name, KeySource source) {
    }

    @Override
    public void close() {
        sources.forEach(named -> named.source().close());
    }
}
