package io.containment.api.hardening;

/** What applying a {@link HardeningMeasure} did. */
public sealed interface HardeningOutcome {
    /** The measure is in force. */
    record Applied(String detail) implements HardeningOutcome {
    }

    /** The platform cannot do it (not Linux, no such syscall); logged at info. */
    record Unsupported(String reason) implements HardeningOutcome {
    }

    /** It should have worked but did not; logged as a warning with the reason and the fix. */
    record Failed(String reason) implements HardeningOutcome {
    }
}
