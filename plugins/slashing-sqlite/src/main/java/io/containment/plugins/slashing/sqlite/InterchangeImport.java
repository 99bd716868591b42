package io.containment.plugins.slashing.sqlite;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Root;
import io.containment.api.consensus.Slot;
import io.containment.api.slashing.ImportReport;
import io.containment.api.slashing.Interchange;
import io.containment.api.slashing.SignedAttestation;
import io.containment.api.slashing.SignedBlock;
import io.containment.api.slashing.ValidatorHistory;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 *   <li>Low watermarks, per kind: with none yet, the document's lowest slot (lowest source and
 *       lowest target epoch) becomes the watermark, since nothing vouches for the history below
 *       it. With one already, it rises to the document's lowest record, but not above the highest
 *       record held before this import, and never falls. Never falling: the earlier document did
 *       not vouch for anything below its own minimum. Not rising past the held history: the
 *       interchange suite ({@code multiple_interchanges_single_validator_single_message_gap},
 *       should_succeed_complete) requires slots and epochs between the old history and a later
 *       document's minimum to stay signable.</li>
 * </ul>
 */
final class InterchangeImport {
    private final Validators validators;
    private final SignedBlocks blocks;
    private final SignedAttestations attestations;
    private final LowWatermarks watermarks;

    InterchangeImport(Connection connection) {
        this.validators = new Validators(connection);
        this.blocks = new SignedBlocks(connection);
        this.attestations = new SignedAttestations(connection);
        this.watermarks = new LowWatermarks(connection);
    }

    ImportReport run(Interchange interchange) throws SQLException {
        List<ImportReport.Entry> entries = new ArrayList<>();
        for (ValidatorHistory history : mergedByValidator(interchange.data())) {
            entries.add(importValidator(history));
        }
        return new ImportReport(entries);
    }

    private ImportReport.Entry importValidator(ValidatorHistory history) throws SQLException {
        if (history.signedBlocks().isEmpty() && history.signedAttestations().isEmpty()) {
            return new ImportReport.Entry(history.pubkey(), 0, 0);
        }
        long id = validators.findOrAdd(history.pubkey());
        Optional<Slot> highestSlot = blocks.highest(id);
        Optional<SourceAndTarget> highestEpochs = attestations.highest(id);
        LowWatermarks.Values before = watermarks.of(id);
        int newBlocks = 0;
        for (SignedBlock block : history.signedBlocks()) {
            newBlocks += blocks.addIfAbsent(id, new SignedBlock(block.slot(), knownRoot(block.signingRoot()))) ? 1 : 0;
        }
        int newAttestations = 0;
        for (SignedAttestation attestation : history.signedAttestations()) {
            newAttestations += attestations.addIfAbsent(id, new SignedAttestation(attestation.sourceEpoch(),
                    attestation.targetEpoch(), knownRoot(attestation.signingRoot()))) ? 1 : 0;
        }
        LowWatermarks.Values after = new LowWatermarks.Values(
                blockWatermark(before.blockSlot(), history.signedBlocks(), highestSlot),
                attestationWatermark(before.attestation(), history.signedAttestations(), highestEpochs));
        if (!after.equals(before)) {
            watermarks.set(id, after);
        }
        return new ImportReport.Entry(history.pubkey(), newBlocks, newAttestations);
    }

    private static Optional<Slot> blockWatermark(Optional<Slot> current, List<SignedBlock> imported, Optional<Slot> highest) {
        return imported.stream().map(SignedBlock::slot).min(Comparator.naturalOrder())
                .map(lowest -> raised(current, lowest, highest))
                .or(() -> current);
    }

    private static Optional<SourceAndTarget> attestationWatermark(Optional<SourceAndTarget> current,
                                                                  List<SignedAttestation> imported,
                                                                  Optional<SourceAndTarget> highest) {
        if (imported.isEmpty()) {
            return current;
        }
        Epoch lowestSource = Collections.min(imported.stream().map(SignedAttestation::sourceEpoch).toList());
        Epoch lowestTarget = Collections.min(imported.stream().map(SignedAttestation::targetEpoch).toList());
        return Optional.of(new SourceAndTarget(
                raised(current.map(SourceAndTarget::source), lowestSource, highest.map(SourceAndTarget::source)),
                raised(current.map(SourceAndTarget::target), lowestTarget, highest.map(SourceAndTarget::target))));
    }

    /** The new watermark: see the class comment. */
    static <T extends Comparable<T>> T raised(Optional<T> current, T documentLowest, Optional<T> highestHeld) {
        if (current.isEmpty()) {
            return documentLowest;
        }
        T capped = highestHeld.filter(held -> held.compareTo(documentLowest) < 0).orElse(documentLowest);
        return capped.compareTo(current.get()) > 0 ? capped : current.get();
    }

    private static Optional<Root> knownRoot(Optional<Root> signingRoot) {
        return signingRoot.filter(root -> !root.equals(Root.zero()));
    }

    private static List<ValidatorHistory> mergedByValidator(List<ValidatorHistory> data) {
        Map<BlsPublicKey, ValidatorHistory> merged = new LinkedHashMap<>();
        for (ValidatorHistory history : data) {
            merged.merge(history.pubkey(), history, (first, second) -> new ValidatorHistory(first.pubkey(),
                    concat(first.signedBlocks(), second.signedBlocks()),
                    concat(first.signedAttestations(), second.signedAttestations())));
        }
        return List.copyOf(merged.values());
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
