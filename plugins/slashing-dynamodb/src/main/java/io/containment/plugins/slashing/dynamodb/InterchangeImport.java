package io.containment.plugins.slashing.dynamodb;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Root;
import io.containment.api.slashing.ImportReport;
import io.containment.api.slashing.Interchange;
import io.containment.api.slashing.LowWatermarks;
import io.containment.api.slashing.SignedAttestation;
import io.containment.api.slashing.SignedBlock;
import io.containment.api.slashing.ValidatorHistory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Writes an EIP-3076 document into the table, all or nothing, in three steps:
 * <ol>
 *   <li><b>stage</b>: for each validator, its new records and raised low watermarks (as
 *       {@link LowWatermarks#afterImport}) go into staged items {@code s#<import>#…} of its
 *       partition, which nobody reads as records yet;</li>
 *   <li><b>commit</b>: one item, {@code meta} / {@code import#<import>}, is written: from this single
 *       write on, every reader folds the staged items in (see {@link ImportMarkers});</li>
 *   <li><b>apply</b>: per validator, the staged items are moved into the real items and the head
 *       ({@link StagedImports}).</li>
 * </ol>
 * A failure before the commit leaves staged items nobody reads (deleted on the way out when
 * possible); a failure after it leaves an import in effect that the next prune finishes. Records
 * are kept whether slashable or not; identical ones are stored once; an all-zero root means unknown.
 */
final class InterchangeImport {
    private static final System.Logger LOG = System.getLogger(InterchangeImport.class.getName());
    private final Table table;
    private final Signing signing;
    private final StagedImports staged;
    private final ValidatorLocks locks;

    InterchangeImport(Table table, Signing signing, StagedImports staged, ValidatorLocks locks) {
        this.table = table;
        this.signing = signing;
        this.staged = staged;
        this.locks = locks;
    }

    /** One validator's part of the import: the items to stage and what the report says. */
    private record Plan(BlsPublicKey pubkey, List<Map<String, AttributeValue>> stagedItems, ImportReport.Entry entry) {
    }

    ImportReport run(Interchange interchange) {
        String importId = UUID.randomUUID().toString();
        List<Plan> plans = new ArrayList<>();
        for (ValidatorHistory history : interchange.mergedByValidator()) {
            plans.add(plan(importId, history));
        }
        List<Map<String, AttributeValue>> written = new ArrayList<>();
        try {
            for (Plan plan : plans) {
                for (Map<String, AttributeValue> item : plan.stagedItems()) {
                    table.put(item);
                    written.add(item);
                }
            }
        } catch (RuntimeException e) {
            deleteQuietly(written, e);
            throw e;
        }
        Map<String, AttributeValue> marker = new HashMap<>(Items.key(Items.META, Items.IMPORT_PREFIX + importId));
        marker.put(ImportMarkers.COMMITTED_AT, Items.s(Instant.now().toString()));
        table.put(marker);
        for (Plan plan : plans) {
            if (!plan.stagedItems().isEmpty()) {
                applyCommitted(plan.pubkey());
            }
        }
        return new ImportReport(plans.stream().map(Plan::entry).toList());
    }

    /** The import is committed and in effect: a failure here only leaves work for the next prune. */
    private void applyCommitted(BlsPublicKey pubkey) {
        try {
            locks.withLock(pubkey, () -> {
                staged.apply(signing.read(pubkey));
                return null;
            });
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "the import is in effect for validator " + pubkey + ", but moving its records"
                    + " into place failed (" + e.getMessage() + "); the next prune finishes it");
        }
    }

    private Plan plan(String importId, ValidatorHistory history) {
        if (history.signedBlocks().isEmpty() && history.signedAttestations().isEmpty()) {
            return new Plan(history.pubkey(), List.of(), new ImportReport.Entry(history.pubkey(), 0, 0));
        }
        String pk = Items.validatorKey(history.pubkey());
        ValidatorPartition before = signing.read(history.pubkey());
        LowWatermarks.HeldMaxima held = new LowWatermarks.HeldMaxima(before.highestSlot(), before.highestSource(),
                before.highestTarget());
        Set<RecordWrite> writes = new LinkedHashSet<>();
        history.signedBlocks().forEach(block -> writes.add(new RecordWrite.Block(
                new SignedBlock(block.slot(), knownRoot(block.signingRoot())))));
        history.signedAttestations().forEach(vote -> writes.add(new RecordWrite.Vote(
                new SignedAttestation(vote.sourceEpoch(), vote.targetEpoch(), knownRoot(vote.signingRoot())))));
        Map<String, Map<String, AttributeValue>> items = new TreeMap<>();
        int newBlocks = 0;
        int newVotes = 0;
        for (RecordWrite write : writes) {
            if (before.contains(write)) {
                continue;
            }
            String sk = Items.stagedKey(importId, write.sortKey());
            Map<String, AttributeValue> item = items.computeIfAbsent(sk, k -> new HashMap<>(Items.key(pk, k)));
            List<String> elements = new ArrayList<>(Optional.ofNullable(item.get(write.attribute()))
                    .map(AttributeValue::ss).orElse(List.of()));
            elements.add(write.element());
            item.put(write.attribute(), AttributeValue.fromSs(elements));
            if (write instanceof RecordWrite.Block) {
                newBlocks++;
            } else {
                newVotes++;
            }
        }
        LowWatermarks after = before.lowWatermarks().afterImport(history, held);
        List<Map<String, AttributeValue>> stagedItems = new ArrayList<>(items.values());
        if (!after.equals(before.lowWatermarks()) || !before.head().exists()) {
            Map<String, AttributeValue> watermarks = new HashMap<>(Items.key(pk, Items.stagedKey(importId, Items.STAGED_WATERMARKS)));
            watermarks.putAll(LowWatermarkAttributes.of(after));
            stagedItems.add(watermarks);
        }
        return new Plan(history.pubkey(), stagedItems, new ImportReport.Entry(history.pubkey(), newBlocks, newVotes));
    }

    /** Best effort: staged items of an import that never committed are ignored by readers anyway. */
    private void deleteQuietly(List<Map<String, AttributeValue>> written, RuntimeException failure) {
        for (Map<String, AttributeValue> item : written) {
            try {
                table.delete(item.get(Items.PK).s(), item.get(Items.SK).s());
            } catch (RuntimeException alsoFailed) {
                failure.addSuppressed(alsoFailed);
                return;
            }
        }
    }

    private static Optional<Root> knownRoot(Optional<Root> signingRoot) {
        return signingRoot.filter(root -> !root.equals(Root.zero()));
    }
}
