package io.containment.plugins.slashing.postgres;

import static io.containment.api.contract.SlashingFixtures.GENESIS_VALIDATORS_ROOT;
import static io.containment.api.contract.SlashingFixtures.block;
import static io.containment.api.contract.SlashingFixtures.root;
import static io.containment.api.contract.SlashingFixtures.validator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.containment.api.slashing.SlashingStore;
import io.containment.api.slashing.SlashingVerdict;
import io.containment.api.slashing.StoreUnavailableException;
import io.containment.testing.TcpProxy;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database cut off or hung (a TCP proxy between store and server, so the real server keeps
 * serving other tests): every call fails with {@link StoreUnavailableException} instead of a
 * verdict, bounded by the configured timeouts rather than the operating system's, and the same
 * store serves again once the database is back. The preemptive bound is generous (many times the
 * one-second timeouts configured): what it catches is a call pinned for minutes.
 */
class PostgresStoreOutageTest {
    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final Map<String, String> SHORT_TIMEOUTS = Map.of(
            PostgresSlashingStoreFactory.CONNECT_TIMEOUT, "1s", PostgresSlashingStoreFactory.STATEMENT_TIMEOUT, "1s");
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
    void aCutDatabaseAnswersUnavailableAndSigningResumesWhenItIsBack() throws Exception {
        try (TcpProxy proxy = TcpProxy.start(PostgresTestDatabase.HOST, PostgresTestDatabase.PORT);
             SlashingStore store = open(proxy)) {
            assertThat(store.checkAndRecord(block(validator(1), 10, root("before")))).isInstanceOf(SlashingVerdict.Valid.class);

            proxy.cut();
            for (long slot = 11; slot <= 13; slot++) {
                long s = slot;
                assertTimeoutPreemptively(BOUND, () -> assertThatThrownBy(() ->
                        store.checkAndRecord(block(validator(1), s, root("during"))))
                        .isInstanceOf(StoreUnavailableException.class));
            }
            assertTimeoutPreemptively(BOUND, () -> assertThat(store.health().available()).isFalse());

            proxy.restore();
            assertThat(onceReconnected(() -> store.checkAndRecord(block(validator(1), 11, root("after")))))
                    .isInstanceOf(SlashingVerdict.Valid.class);
            assertThat(store.checkAndRecord(block(validator(1), 10, root("other")))).isInstanceOf(SlashingVerdict.DoubleProposal.class);
            assertThat(store.health().available()).isTrue();
        }
    }

    @Test
    void aHungDatabaseAnswersUnavailableWithinTheTimeoutsAndSigningResumesWhenItAnswers() throws Exception {
        try (TcpProxy proxy = TcpProxy.start(PostgresTestDatabase.HOST, PostgresTestDatabase.PORT);
             SlashingStore store = open(proxy)) {
            assertThat(store.checkAndRecord(block(validator(2), 10, root("before")))).isInstanceOf(SlashingVerdict.Valid.class);

            proxy.stall();
            for (long slot = 11; slot <= 12; slot++) {
                long s = slot;
                assertTimeoutPreemptively(BOUND, () -> assertThatThrownBy(() ->
                        store.checkAndRecord(block(validator(2), s, root("during"))))
                        .isInstanceOf(StoreUnavailableException.class));
            }

            proxy.restore();
            assertThat(onceReconnected(() -> store.checkAndRecord(block(validator(2), 11, root("after")))))
                    .isInstanceOf(SlashingVerdict.Valid.class);
            assertThat(store.exportInterchange().data().getFirst().signedBlocks()).hasSize(2);
        }
    }

    /** The first verdict once the pool has reconnected (in the background, a backoff of seconds at most). */
    private static SlashingVerdict onceReconnected(java.util.function.Supplier<SlashingVerdict> call) throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            try {
                return call.get();
            } catch (StoreUnavailableException e) {
                if (attempt >= 60) {
                    throw e;
                }
                Thread.sleep(250);
            }
        }
    }

    private static SlashingStore open(TcpProxy proxy) {
        String schema = database.newSchema();
        return PostgresStoresForTests.open(database.url(PostgresTestDatabase.HOST, proxy.port(), schema),
                GENESIS_VALIDATORS_ROOT, SHORT_TIMEOUTS);
    }
}
