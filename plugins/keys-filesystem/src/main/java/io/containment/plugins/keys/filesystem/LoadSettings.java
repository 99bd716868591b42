package io.containment.plugins.keys.filesystem;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How the source loads.
 *
 * @param folders          where to look, in order (earlier folders win duplicates)
 * @param threads          keystores decrypted at once (already resolved, at least 1)
 * @param progressInterval how often a progress line is logged while loading
 * @param kdfMemory        working memory key derivations may hold at once
 * @param keyCache         the key cache file, when enabled (see {@link KeyCache})
 * @param managedFolder    where imports are written (read after {@code folders})
 */
record LoadSettings(List<Path> folders, int threads, Duration progressInterval, KdfMemoryBudget kdfMemory,
                    Optional<Path> keyCache, Path managedFolder) {
    /** The interval the product promises: a progress line at least every 5 s. */
    static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(5);

    /** Settings whose managed folder is a {@code .managed} folder inside the first folder (tests). */
    LoadSettings(List<Path> folders, int threads, Duration progressInterval, KdfMemoryBudget kdfMemory,
                 Optional<Path> keyCache) {
        this(folders, threads, progressInterval, kdfMemory, keyCache,
                (folders.isEmpty() ? Path.of(".") : folders.getFirst()).resolve(".managed"));
    }

    LoadSettings {
        folders = List.copyOf(folders);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }
}
