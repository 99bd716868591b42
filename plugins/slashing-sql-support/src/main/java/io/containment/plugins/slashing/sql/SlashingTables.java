package io.containment.plugins.slashing.sql;

/** A store's tables on one connection (inside the caller's transaction). */
public record SlashingTables(ValidatorRows validators, BlockRows blocks, AttestationRows attestations,
                             LowWatermarkRows lowWatermarks) {
}
