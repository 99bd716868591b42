package io.containment.plugins.slashing.dynamodb;

import static io.containment.api.contract.SlashingFixtures.GENESIS_VALIDATORS_ROOT;
import static io.containment.api.contract.SlashingFixtures.block;
import static io.containment.api.contract.SlashingFixtures.root;
import static io.containment.api.contract.SlashingFixtures.validator;
import static io.containment.api.contract.SlashingFixtures.vote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.api.slashing.SlashingStore;
import io.containment.api.slashing.SlashingVerdict;
import io.containment.api.slashing.StoreUnavailableException;
import io.containment.testing.dynalite.Dynalite;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store fails closed while DynamoDB is unreachable and carries on with the same table when it is back. */
class DynamoDbOutageTest {
    @TempDir
    Path dataDir;

    @Test
    void unreachableTableGivesStoreUnavailableAndHealthDownThenRecovers() {
        try (Dynalite dynalite = Dynalite.start(Dynalite.Options.persistentIn(dataDir));
             SlashingStore store = DynamoDbStores.open(dynalite, "outage", GENESIS_VALIDATORS_ROOT,
                     Map.of("timeout_ms", "2000", "attempt_timeout_ms", "1000", "max_retries", "1"))) {
            assertThat(store.checkAndRecord(block(validator(1), 10, root("a")))).isInstanceOf(SlashingVerdict.Valid.class);

            dynalite.stop();

            assertThatThrownBy(() -> store.checkAndRecord(block(validator(1), 11, root("b"))))
                    .isInstanceOf(StoreUnavailableException.class).hasMessageContaining("outage");
            assertThatThrownBy(() -> store.checkAndRecord(vote(validator(1), 1, 2, root("v"))))
                    .isInstanceOf(StoreUnavailableException.class);
            assertThatThrownBy(() -> store.check(block(validator(1), 11, root("b")))).isInstanceOf(StoreUnavailableException.class);
            assertThatThrownBy(store::exportInterchange).isInstanceOf(StoreUnavailableException.class);
            assertThatThrownBy(() -> store.setHighWatermark(Optional.empty())).isInstanceOf(StoreUnavailableException.class);
            assertThat(store.health().available()).isFalse();

            dynalite.restart();

            assertThat(store.health().available()).isTrue();
            assertThat(store.checkAndRecord(block(validator(1), 10, root("other")))).isInstanceOf(SlashingVerdict.DoubleProposal.class);
            assertThat(store.checkAndRecord(block(validator(1), 11, root("b")))).isInstanceOf(SlashingVerdict.Valid.class);
        }
    }

    @Test
    void closedStoreRefusesWithStoreUnavailable() {
        try (Dynalite dynalite = Dynalite.start()) {
            SlashingStore store = DynamoDbStores.open(dynalite, "closed", GENESIS_VALIDATORS_ROOT);

            store.close();

            assertThatThrownBy(() -> store.checkAndRecord(block(validator(1), 1, root("a"))))
                    .isInstanceOf(StoreUnavailableException.class);
            assertThat(store.health().available()).isFalse();
        }
    }
}
