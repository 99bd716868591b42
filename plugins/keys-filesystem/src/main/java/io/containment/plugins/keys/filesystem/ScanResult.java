package io.containment.plugins.keys.filesystem;

import java.util.ArrayList;
import java.util.List;

/**
 * What a scan of the folders found, in a fixed order (folder, then file name, then YAML document)
 * so that "first wins" among duplicates means the same on every load.
 */
final class ScanResult {
    private final List<KeyEntry> entries = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    void add(KeyEntry entry) {
        entries.add(entry);
    }

    /** Appends another result's entries and problems, keeping their order. */
    void addAll(ScanResult other) {
        entries.addAll(other.entries);
        problems.addAll(other.problems);
    }

    /** A file or document that cannot be used: {@code "<where>: <why>"}, no secret. */
    void problem(Object where, String reason) {
        problems.add(where + ": " + reason);
    }

    List<KeyEntry> entries() {
        return entries;
    }

    List<String> problems() {
        return problems;
    }
}
