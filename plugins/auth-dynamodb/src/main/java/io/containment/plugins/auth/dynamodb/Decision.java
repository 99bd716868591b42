package io.containment.plugins.auth.dynamodb;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** What a write decides after reading the table at one revision: refuse with an outcome, or commit items. */
sealed interface Decision<T> {
    /** Nothing to write; the outcome stands. */
    record Refuse<T>(T outcome) implements Decision<T> {
    }

    /** Commit these items as the next revision; the outcome stands once committed. */
    record Commit<T>(List<Map<String, AttributeValue>> items, T outcome) implements Decision<T> {
        public Commit {
            items = List.copyOf(items);
        }
    }
}
