package io.containment.runtime.keys;

import io.containment.api.keys.WritableKeySource;
import io.containment.runtime.config.ConfigException;
import io.containment.runtime.plugins.KeySources;
import java.util.Optional;

/** Which key source the Key Manager API imports into ({@code http.key_manager_api.import_to}). */
public final class ImportTarget {
    static final String KEY = "http.key_manager_api.import_to";

    private ImportTarget() {
    }

    /**
     * The configured source, or (none configured) the first that can store keys; empty when no
     * source can.
     *
     * @throws ConfigException naming {@value #KEY} when the named source is not configured or
     *                         cannot store keys (exit code 2)
     */
    public static Optional<KeySources.Named> select(KeySources sources, Optional<String> configured) {
        if (configured.isEmpty()) {
            return sources.sources().stream().filter(named -> named.source() instanceof WritableKeySource).findFirst();
        }
        String name = configured.get();
        KeySources.Named named = sources.sources().stream().filter(source -> source.name().equals(name)).findFirst()
                .orElseThrow(() -> new ConfigException(KEY, "no key source named '" + name + "' is configured"));
        if (!(named.source() instanceof WritableKeySource)) {
            throw new ConfigException(KEY, "key source '" + name + "' cannot store keys (its plugin does not implement "
                    + "WritableKeySource); name one that can, or remove the key to import into the first that can");
        }
        return Optional.of(named);
    }
}
