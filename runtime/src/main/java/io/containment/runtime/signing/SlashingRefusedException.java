package io.containment.runtime.signing;

import io.containment.api.slashing.SlashingVerdict;

/** Slashing protection refused the message (412); the message names the conflicting record. */
public final class SlashingRefusedException extends SigningRefusal {
    private static final long serialVersionUID = 1L;
    private final transient SlashingVerdict.Refused verdict;

    public SlashingRefusedException(SlashingVerdict.Refused verdict) {
        super("slashing protection refused: " + verdict.reason());
        this.verdict = verdict;
    }

    /** The store's verdict. */
    public SlashingVerdict.Refused verdict() {
        return verdict;
    }
}
