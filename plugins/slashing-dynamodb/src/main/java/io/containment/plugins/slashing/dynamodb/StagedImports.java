package io.containment.plugins.slashing.dynamodb;

import io.containment.api.slashing.StoreUnavailableException;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Applies a validator's staged items of committed imports: records added to their real items,
 * low watermarks raised in the head (conditional, version raised), staged items deleted — in that
 * order, so a reader between the steps sees the records twice, never not at all. Idempotent; run by
 * the import right after its commit, and by a prune that finds leftovers.
 */
final class StagedImports {
    private final Table table;
    private final Signing signing;
    private final int maxAttempts;

    StagedImports(Table table, Signing signing, int maxAttempts) {
        this.table = table;
        this.signing = signing;
        this.maxAttempts = maxAttempts;
    }

    /** Applies what {@code partition} holds staged; the caller holds the validator's lock. */
    void apply(ValidatorPartition partition) {
        String pk = Items.validatorKey(partition.pubkey());
        List<Map<String, AttributeValue>> staged = partition.committedStaged();
        if (staged.isEmpty()) {
            return;
        }
        for (Map<String, AttributeValue> item : staged) {
            String realKey = Items.realKeyOf(item.get(Items.SK).s());
            if (item.containsKey(RecordWrite.ROOTS)) {
                table.addAll(pk, realKey, RecordWrite.ROOTS, item.get(RecordWrite.ROOTS).ss());
            } else if (item.containsKey(RecordWrite.VOTES)) {
                table.addAll(pk, realKey, RecordWrite.VOTES, item.get(RecordWrite.VOTES).ss());
            }
        }
        ValidatorPartition current = partition;
        for (int attempt = 1; ; attempt++) {
            boolean headCurrent = current.head().exists() && current.lowWatermarks().equals(current.head().lowWatermarks());
            if (headCurrent || table.commitHead(pk, current.head().version(), LowWatermarkAttributes.of(current.lowWatermarks()),
                    List.of())) {
                break;
            }
            if (attempt == maxAttempts) {
                throw new StoreUnavailableException("another signer kept changing validator " + partition.pubkey()
                        + " while an import was applied; the import is in effect and is finished by the next prune", null);
            }
            Signing.backoff(attempt);
            current = signing.read(partition.pubkey());
        }
        for (Map<String, AttributeValue> item : staged) {
            table.delete(pk, item.get(Items.SK).s());
        }
    }
}
