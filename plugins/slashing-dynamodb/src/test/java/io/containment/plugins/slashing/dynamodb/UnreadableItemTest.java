package io.containment.plugins.slashing.dynamodb;

import static io.containment.api.contract.SlashingFixtures.GENESIS_VALIDATORS_ROOT;
import static io.containment.api.contract.SlashingFixtures.block;
import static io.containment.api.contract.SlashingFixtures.root;
import static io.containment.api.contract.SlashingFixtures.validator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.api.slashing.SlashingStore;
import io.containment.api.slashing.SlashingVerdict;
import io.containment.api.slashing.StoreUnavailableException;
import io.containment.testing.dynalite.DynaliteExtension;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Items edited by hand into something the store cannot read: that validator gets 503s, never a guess. */
class UnreadableItemTest {
    @RegisterExtension
    static final DynaliteExtension DYNALITE = new DynaliteExtension();

    @Test
    void unreadableHeadOrRecordItemMakesTheValidatorUnavailableAndOthersSignOn() {
        String tableName = DynamoDbStores.freshTable();
        try (SlashingStore store = DynamoDbStores.open(DYNALITE.dynalite(), tableName, GENESIS_VALIDATORS_ROOT);
             DynamoDbClient client = DynamoDbClient.builder().endpointOverride(DYNALITE.endpoint()).region(Region.US_EAST_1)
                     .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                     .httpClientBuilder(UrlConnectionHttpClient.builder()).build()) {
            Table table = new Table(client, tableName);
            Map<String, AttributeValue> head = new HashMap<>(Items.key(Items.validatorKey(validator(1)), Items.HEAD));
            head.put(Head.VERSION, Items.n(3));
            head.put(Head.PENDING, Items.s("b#not-a-slot"));
            table.put(head);
            Map<String, AttributeValue> record = new HashMap<>(Items.key(Items.validatorKey(validator(2)), "b#00000000000000000005"));
            record.put(RecordWrite.ROOTS, AttributeValue.fromSs(java.util.List.of("0xnot-a-root")));
            table.put(record);

            assertThatThrownBy(() -> store.checkAndRecord(block(validator(1), 1, root("a"))))
                    .isInstanceOf(StoreUnavailableException.class).hasMessageContaining("unreadable");
            assertThatThrownBy(() -> store.check(block(validator(2), 1, root("a"))))
                    .isInstanceOf(StoreUnavailableException.class).hasMessageContaining("unreadable");
            assertThat(store.checkAndRecord(block(validator(3), 1, root("a")))).isEqualTo(new SlashingVerdict.Valid());
            assertThat(store.health().available()).isTrue();
        }
    }
}
