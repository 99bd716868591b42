package io.containment.runtime.keys;

import java.time.Duration;
import java.util.List;

/** Told about every {@link KeyRegistry#load()}: per source, the keys it contributed and the time it took. */
@FunctionalInterface
public interface KeyLoadListener {
    /** One source's part of a load: keys active from it (after de-duplication) and its loading time. */
    record SourceLoad(String source, int activeKeys, Duration took) {
    }

    /** Called once per load, after the new snapshot is in place, with every source in configuration order. */
    void loaded(List<SourceLoad> sources);

    /** A listener that ignores loads. */
    static KeyLoadListener none() {
        return sources -> {
        };
    }
}
