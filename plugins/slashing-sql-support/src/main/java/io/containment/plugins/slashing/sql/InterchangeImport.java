package io.containment.plugins.slashing.sql;

import io.containment.api.consensus.Root;
import io.containment.api.slashing.ImportReport;
import io.containment.api.slashing.LowWatermarks;
import io.containment.api.slashing.Interchange;
import io.containment.api.slashing.SignedAttestation;
import io.containment.api.slashing.SignedBlock;
import io.containment.api.slashing.ValidatorHistory;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes an EIP-3076 document into the database; the caller runs it in one transaction, so it is
 * all or nothing. Entries of one validator appearing several times are taken together.
 *
 * <ul>
 *   <li>Every record is kept, slashable or not (the suite requires such imports to succeed, and the
 *       conflicting records then refuse everything at their slot or target); identical records
 *       (same numbers and same root, or both unknown) are stored once.</li>
 *   <li>An all-zero signing root means "unknown", as clients that do not track roots write it.</li>
 *   <li>Low watermarks follow {@link LowWatermarks#afterImport}.</li>
 * </ul>
 */
public final class InterchangeImport {
    private final SlashingTables tables;

    public InterchangeImport(SlashingTables tables) {
        this.tables = tables;
    }

    public ImportReport run(Interchange interchange) throws SQLException {
        List<ImportReport.Entry> entries = new ArrayList<>();
        for (ValidatorHistory history : interchange.mergedByValidator()) {
            entries.add(importValidator(history));
        }
        return new ImportReport(entries);
    }

    private ImportReport.Entry importValidator(ValidatorHistory history) throws SQLException {
        if (history.signedBlocks().isEmpty() && history.signedAttestations().isEmpty()) {
            return new ImportReport.Entry(history.pubkey(), 0, 0);
        }
        long id = tables.validators().findOrAdd(history.pubkey());
        AttestationRows.Maxima highestVotes = tables.attestations().highest(id);
        LowWatermarks.HeldMaxima held = new LowWatermarks.HeldMaxima(tables.blocks().highest(id), highestVotes.source(),
                highestVotes.target());
        LowWatermarks before = tables.lowWatermarks().of(id);
        int newBlocks = 0;
        for (SignedBlock block : history.signedBlocks()) {
            newBlocks += tables.blocks().addIfAbsent(id, new SignedBlock(block.slot(), knownRoot(block.signingRoot()))) ? 1 : 0;
        }
        int newAttestations = 0;
        for (SignedAttestation attestation : history.signedAttestations()) {
            newAttestations += tables.attestations().addIfAbsent(id, new SignedAttestation(attestation.sourceEpoch(),
                    attestation.targetEpoch(), knownRoot(attestation.signingRoot()))) ? 1 : 0;
        }
        LowWatermarks after = before.afterImport(history, held);
        if (!after.equals(before)) {
            tables.lowWatermarks().set(id, after);
        }
        return new ImportReport.Entry(history.pubkey(), newBlocks, newAttestations);
    }

    private static Optional<Root> knownRoot(Optional<Root> signingRoot) {
        return signingRoot.filter(root -> !root.equals(Root.zero()));
    }
}
