package io.containment.plugins.slashing.dynamodb;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Root;
import io.containment.api.slashing.ImportReport;
import io.containment.api.slashing.Interchange;
import io.containment.api.slashing.LowWatermarks;
import io.containment.api.slashing.SignedAttestation;
import io.containment.api.slashing.SignedBlock;
import io.containment.api.slashing.StoreUnavailableException;
import io.containment.api.slashing.ValidatorHistory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes an EIP-3076 document into the table, validator by validator: first every record (added
 * to its item's set, so identical records are stored once and a repeated import is harmless),
 * then the low watermarks with a conditional head update (as {@link LowWatermarks#afterImport}).
 * Records are kept whether slashable or not; an all-zero root means unknown. An import that
 * fails midway leaves some records written (they can only refuse more) and is completed by
 * running it again.
 */
final class InterchangeImport {
    private final Table table;
    private final Signing signing;
    private final ValidatorLocks locks;
    private final int maxAttempts;

    InterchangeImport(Table table, Signing signing, ValidatorLocks locks, int maxAttempts) {
        this.table = table;
        this.signing = signing;
        this.locks = locks;
        this.maxAttempts = maxAttempts;
    }

    ImportReport run(Interchange interchange) {
        List<ImportReport.Entry> entries = new ArrayList<>();
        for (ValidatorHistory history : mergedByValidator(interchange.data())) {
            if (history.signedBlocks().isEmpty() && history.signedAttestations().isEmpty()) {
                entries.add(new ImportReport.Entry(history.pubkey(), 0, 0));
            } else {
                entries.add(locks.withLock(history.pubkey(), () -> importValidator(history)));
            }
        }
        return new ImportReport(entries);
    }

    private ImportReport.Entry importValidator(ValidatorHistory history) {
        String pk = Items.validatorKey(history.pubkey());
        ValidatorPartition before = signing.read(history.pubkey());
        LowWatermarks.HeldMaxima held = new LowWatermarks.HeldMaxima(before.highestSlot(), before.highestSource(),
                before.highestTarget());
        Set<RecordWrite> writes = new LinkedHashSet<>();
        history.signedBlocks().forEach(block -> writes.add(new RecordWrite.Block(
                new SignedBlock(block.slot(), knownRoot(block.signingRoot())))));
        history.signedAttestations().forEach(vote -> writes.add(new RecordWrite.Vote(
                new SignedAttestation(vote.sourceEpoch(), vote.targetEpoch(), knownRoot(vote.signingRoot())))));
        int newBlocks = 0;
        int newVotes = 0;
        for (RecordWrite write : writes) {
            if (before.contains(write)) {
                continue;
            }
            table.add(pk, write);
            if (write instanceof RecordWrite.Block) {
                newBlocks++;
            } else {
                newVotes++;
            }
        }
        ValidatorPartition current = before;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            LowWatermarks now = current.head().lowWatermarks();
            LowWatermarks after = now.afterImport(history, held);
            if (after.equals(now) && current.head().exists()) {
                return new ImportReport.Entry(history.pubkey(), newBlocks, newVotes);
            }
            if (table.commitHead(pk, current.head().version(), LowWatermarkAttributes.of(after), List.of())) {
                return new ImportReport.Entry(history.pubkey(), newBlocks, newVotes);
            }
            Signing.backoff(attempt);
            current = signing.read(history.pubkey());
        }
        throw new StoreUnavailableException("another signer kept changing validator " + history.pubkey()
                + " during the import; its records are written but its low watermarks are not: import again", null);
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
