package io.containment.api.contract;

/** A group of slashing-store contract tests; {@link SlashingStoreContract} mixes them all in. */
public interface SlashingContractPart {
    /** The stores under test. */
    SlashingStoreFixture slashingFixture();
}
