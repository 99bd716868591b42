package io.containment.plugins.slashing.dynamodb;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Whether an import has committed: its marker item {@code meta} / {@code import#<id>} exists. The
 * marker is written once, after every staged item, and never removed, so a staged item is in
 * effect exactly when its import's marker exists. Answers are cached for one operation.
 */
final class ImportMarkers implements Predicate<String> {
    static final String COMMITTED_AT = "committed_at";

    private final Table table;
    private final Map<String, Boolean> known = new HashMap<>();

    ImportMarkers(Table table) {
        this.table = table;
    }

    @Override
    public boolean test(String importId) {
        return known.computeIfAbsent(importId, id -> table.get(Items.META, Items.IMPORT_PREFIX + id).isPresent());
    }
}
