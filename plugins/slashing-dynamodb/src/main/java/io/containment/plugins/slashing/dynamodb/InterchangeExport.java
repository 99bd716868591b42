package io.containment.plugins.slashing.dynamodb;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Root;
import io.containment.api.slashing.Interchange;
import io.containment.api.slashing.ValidatorHistory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Validators' complete histories as an EIP-3076 document: every record with its root where known
 * (the heads' pending records included), validators in public key order. A validator is known
 * once it has a head item (its first record, import or enable/disable).
 */
final class InterchangeExport {
    private final Table table;
    private final Signing signing;

    InterchangeExport(Table table, Signing signing) {
        this.table = table;
        this.signing = signing;
    }

    Interchange all(Root genesisValidatorsRoot) {
        Map<String, List<Map<String, AttributeValue>>> partitions = new TreeMap<>();
        for (Map<String, AttributeValue> item : table.scan()) {
            String pk = item.get(Items.PK).s();
            if (pk.startsWith(Items.VALIDATOR_PREFIX)) {
                partitions.computeIfAbsent(pk, k -> new ArrayList<>()).add(item);
            }
        }
        List<ValidatorHistory> data = new ArrayList<>();
        ImportMarkers committed = new ImportMarkers(table);
        partitions.forEach((pk, items) -> {
            ValidatorPartition partition = ValidatorPartition.of(Items.pubkeyOf(pk), items, committed);
            if (partition.head().exists() || !partition.committedStaged().isEmpty()) {
                data.add(partition.history());
            }
        });
        return new Interchange(genesisValidatorsRoot, data);
    }

    Interchange of(Root genesisValidatorsRoot, Collection<BlsPublicKey> chosen) {
        List<ValidatorHistory> data = new ArrayList<>();
        for (BlsPublicKey pubkey : new LinkedHashSet<>(chosen)) {
            ValidatorPartition partition = signing.read(pubkey);
            if (partition.head().exists() || !partition.committedStaged().isEmpty()) {
                data.add(partition.history());
            }
        }
        return new Interchange(genesisValidatorsRoot, data);
    }
}
