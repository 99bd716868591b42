package io.containment.api.hardening;

/** One hardening step (non-dumpable, mlockall, seccomp…). Must never throw: failures are outcomes. */
public interface HardeningMeasure {
    /** A short name for logs, e.g. {@code mlockall}. */
    String name();

    /** Applies the measure once. */
    HardeningOutcome apply();
}
