package io.containment.plugins.slashing.dynamodb;

import static io.containment.api.contract.SlashingFixtures.GENESIS_VALIDATORS_ROOT;
import static io.containment.api.contract.SlashingFixtures.block;
import static io.containment.api.contract.SlashingFixtures.root;
import static io.containment.api.contract.SlashingFixtures.validator;
import static io.containment.api.contract.SlashingFixtures.vote;
import static org.assertj.core.api.Assertions.assertThat;

import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Slot;
import io.containment.api.slashing.SignedAttestation;
import io.containment.api.slashing.SignedBlock;
import io.containment.api.slashing.SlashingStore;
import io.containment.api.slashing.SlashingVerdict;
import io.containment.testing.dynalite.DynaliteExtension;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A signer that committed through the head and died before writing the record item: the record
 * still counts (it is the head's {@code pending}), and the next writer writes the item for it.
 */
class InterruptedWriterTest {
    @RegisterExtension
    static final DynaliteExtension DYNALITE = new DynaliteExtension();

    @Test
    void pendingRecordOfAnInterruptedWriterRefusesConflictsAndIsWrittenOutByTheNextWriter() {
        String tableName = DynamoDbStores.freshTable();
        try (SlashingStore store = DynamoDbStores.open(DYNALITE.dynalite(), tableName, GENESIS_VALIDATORS_ROOT);
             DynamoDbClient client = rawClient()) {
            Table table = new Table(client, tableName);
            String pk = Items.validatorKey(validator(1));
            SignedBlock committed = new SignedBlock(new Slot(7), Optional.of(root("committed")));
            Map<String, AttributeValue> head = new HashMap<>(Items.key(pk, Items.HEAD));
            head.put(Head.VERSION, Items.n(1));
            head.put(Head.PENDING, Items.s(Items.pending(committed)));
            table.put(head);

            assertThat(store.checkAndRecord(block(validator(1), 7, root("other"))))
                    .isEqualTo(new SlashingVerdict.DoubleProposal(committed));
            assertThat(store.check(block(validator(1), 7, root("committed")))).isEqualTo(new SlashingVerdict.SameData());
            assertThat(table.get(pk, Items.blockKey(new Slot(7)))).isEmpty();

            assertThat(store.checkAndRecord(vote(validator(1), 1, 2, root("v")))).isEqualTo(new SlashingVerdict.Valid());

            assertThat(table.get(pk, Items.blockKey(new Slot(7)))).get()
                    .extracting(item -> item.get(RecordWrite.ROOTS).ss()).isEqualTo(List.of(root("committed").toHex()));
            assertThat(store.exportInterchange().data().getFirst().signedBlocks()).containsExactly(committed);
            assertThat(store.exportInterchange().data().getFirst().signedAttestations())
                    .containsExactly(new SignedAttestation(new Epoch(1), new Epoch(2), Optional.of(root("v"))));
        }
    }

    private static DynamoDbClient rawClient() {
        return DynamoDbClient.builder().endpointOverride(DYNALITE.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClientBuilder(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.builder()).build();
    }
}
