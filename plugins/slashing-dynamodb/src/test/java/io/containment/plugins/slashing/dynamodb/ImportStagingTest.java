package io.containment.plugins.slashing.dynamodb;

import static io.containment.api.contract.SlashingFixtures.GENESIS_VALIDATORS_ROOT;
import static io.containment.api.contract.SlashingFixtures.block;
import static io.containment.api.contract.SlashingFixtures.root;
import static io.containment.api.contract.SlashingFixtures.validator;
import static io.containment.api.contract.SlashingFixtures.vote;
import static org.assertj.core.api.Assertions.assertThat;

import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Slot;
import io.containment.api.slashing.Interchange;
import io.containment.api.slashing.SignedAttestation;
import io.containment.api.slashing.SignedBlock;
import io.containment.api.slashing.SlashingStore;
import io.containment.api.slashing.SlashingVerdict;
import io.containment.api.slashing.ValidatorHistory;
import io.containment.testing.dynalite.DynaliteExtension;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * An import whose commit succeeded but whose records could not be moved into place: it is in
 * effect all the same (readers fold the staged items in), and a prune finishes it.
 */
class ImportStagingTest {
    @RegisterExtension
    static final DynaliteExtension DYNALITE = new DynaliteExtension();

    @Test
    void committedImportIsInEffectBeforeItIsAppliedAndPruneAppliesIt() {
        String table = DynamoDbStores.freshTable();
        FailingWrites failures = new FailingWrites();
        try (SlashingStore store = DynamoDbStores.open(DYNALITE.dynalite(), table, GENESIS_VALIDATORS_ROOT, Map.of(), failures);
             DynamoDbClient client = rawClient()) {
            failures.failUpdatesOf(validator(1));
            SignedBlock imported = new SignedBlock(new Slot(100), Optional.of(root("imported")));
            SignedAttestation importedVote = new SignedAttestation(new Epoch(10), new Epoch(20), Optional.of(root("vote")));

            store.importInterchange(new Interchange(GENESIS_VALIDATORS_ROOT,
                    List.of(new ValidatorHistory(validator(1), List.of(imported), List.of(importedVote)))));

            assertThat(stagedItems(client, table)).isPositive();
            assertThat(store.check(block(validator(1), 100, root("other")))).isEqualTo(new SlashingVerdict.DoubleProposal(imported));
            assertThat(store.check(block(validator(1), 99, root("other")))).isInstanceOf(SlashingVerdict.BlockBelowLowWatermark.class);
            assertThat(store.check(vote(validator(1), 11, 19, root("x")))).isEqualTo(new SlashingVerdict.SurroundedByPrevious(importedVote));
            assertThat(store.exportInterchange().data()).containsExactly(
                    new ValidatorHistory(validator(1), List.of(imported), List.of(importedVote)));

            failures.heal();
            store.prune(1_000, 1_000);

            assertThat(stagedItems(client, table)).isZero();
            assertThat(store.checkAndRecord(block(validator(1), 100, root("other")))).isEqualTo(new SlashingVerdict.DoubleProposal(imported));
            assertThat(store.checkAndRecord(block(validator(1), 99, root("other")))).isInstanceOf(SlashingVerdict.BlockBelowLowWatermark.class);
            assertThat(store.checkAndRecord(block(validator(1), 101, root("new")))).isEqualTo(new SlashingVerdict.Valid());
            assertThat(store.exportInterchange().data().getFirst().signedAttestations()).containsExactly(importedVote);
        }
    }

    private static long stagedItems(DynamoDbClient client, String table) {
        return client.scan(b -> b.tableName(table).consistentRead(true)).items().stream()
                .filter(item -> item.get(Items.SK).s().startsWith(Items.STAGED_PREFIX)).count();
    }

    private static DynamoDbClient rawClient() {
        return DynamoDbClient.builder().endpointOverride(DYNALITE.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClientBuilder(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.builder()).build();
    }
}
