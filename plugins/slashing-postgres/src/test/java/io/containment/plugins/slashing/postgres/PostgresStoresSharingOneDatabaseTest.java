package io.containment.plugins.slashing.postgres;

import static io.containment.api.contract.SlashingFixtures.GENESIS_VALIDATORS_ROOT;
import static io.containment.api.contract.SlashingFixtures.block;
import static io.containment.api.contract.SlashingFixtures.root;
import static io.containment.api.contract.SlashingFixtures.validator;
import static io.containment.api.contract.SlashingFixtures.vote;
import static org.assertj.core.api.Assertions.assertThat;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.slashing.SlashingStore;
import io.containment.api.slashing.SlashingVerdict;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Several stores, each with its own connection pool, on one schema stand for several signer
 * processes sharing the database: only the database's per-validator lock keeps them from signing
 * conflicting messages, and the rows in the database must agree with the verdicts.
 */
class PostgresStoresSharingOneDatabaseTest {
    private static final int STORES = 4;
    private static final int THREADS_PER_STORE = 4;
    private static final int SLOTS = 25;
    private static PostgresTestDatabase database;

    @BeforeAll
    static void createDatabase() {
        database = PostgresTestDatabase.create();
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    @Test
    void storesOnOneDatabaseNeverBothAcceptConflictingBlocksOrVotes() throws Exception {
        String schema = database.newSchema();
        List<SlashingStore> stores = new ArrayList<>();
        for (int i = 0; i < STORES; i++) {
            stores.add(PostgresStoresForTests.open(database.url(schema), GENESIS_VALIDATORS_ROOT));
        }
        BlsPublicKey proposer = validator(1);
        BlsPublicKey attester = validator(2);
        ExecutorService pool = Executors.newFixedThreadPool(STORES * THREADS_PER_STORE);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<SlashingVerdict>>> futures = new ArrayList<>();
            for (int t = 0; t < STORES * THREADS_PER_STORE; t++) {
                SlashingStore store = stores.get(t % STORES);
                String thread = "thread " + t;
                Callable<List<SlashingVerdict>> attempts = () -> {
                    start.await();
                    List<SlashingVerdict> verdicts = new ArrayList<>();
                    for (long n = 1; n <= SLOTS; n++) {
                        verdicts.add(store.checkAndRecord(block(proposer, n, root(thread + " slot " + n))));
                        verdicts.add(store.checkAndRecord(vote(attester, n - 1, n, root(thread + " target " + n))));
                    }
                    return verdicts;
                };
                futures.add(pool.submit(attempts));
            }
            start.countDown();
            List<SlashingVerdict> all = new ArrayList<>();
            for (Future<List<SlashingVerdict>> future : futures) {
                all.addAll(future.get());
            }

            int losers = STORES * THREADS_PER_STORE - 1;
            assertThat(all).filteredOn(v -> v instanceof SlashingVerdict.Valid).hasSize(2 * SLOTS);
            assertThat(all).filteredOn(v -> v instanceof SlashingVerdict.DoubleProposal).hasSize(losers * SLOTS);
            assertThat(all).filteredOn(v -> v instanceof SlashingVerdict.DoubleVote).hasSize(losers * SLOTS);
            assertThat(rowsPerNumber(schema, "SELECT slot, count(*) FROM signed_blocks GROUP BY slot", proposer))
                    .hasSize(SLOTS).allSatisfy((slot, count) -> assertThat(count).as("blocks at slot %s", slot).isEqualTo(1));
            assertThat(rowsPerNumber(schema, "SELECT target_epoch, count(*) FROM signed_attestations GROUP BY target_epoch", attester))
                    .hasSize(SLOTS).allSatisfy((target, count) -> assertThat(count).as("votes for target %s", target).isEqualTo(1));
        } finally {
            pool.shutdownNow();
            stores.forEach(SlashingStore::close);
        }
    }

    /** Runs a grouping query restricted to the validator's rows (its WHERE clause is added here). */
    private static Map<Long, Long> rowsPerNumber(String schema, String groupingQuery, BlsPublicKey validator) throws Exception {
        String restricted = groupingQuery.replace(" GROUP BY", " WHERE validator_id = (SELECT id FROM validators WHERE pubkey = '\\x"
                + HexFormat.of().formatHex(validator.bytes()) + "'::bytea) GROUP BY");
        Map<Long, Long> counts = new TreeMap<>();
        try (Connection connection = database.connect(schema); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(restricted)) {
            while (rows.next()) {
                counts.put(rows.getLong(1), rows.getLong(2));
            }
        }
        return counts;
    }
}
