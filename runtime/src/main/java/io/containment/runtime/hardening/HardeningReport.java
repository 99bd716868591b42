package io.containment.runtime.hardening;

import io.containment.api.hardening.HardeningOutcome;
import java.util.List;

/** What each hardening measure did at startup, in the order they were applied. */
public record HardeningReport(List<Result> results) {
    public HardeningReport {
        results = List.copyOf(results);
    }

    /** One measure's name and outcome. */
    public record Result(String measure, HardeningOutcome outcome) {
    }
}
