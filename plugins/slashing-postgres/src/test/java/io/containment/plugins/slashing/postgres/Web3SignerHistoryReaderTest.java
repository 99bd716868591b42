package io.containment.plugins.slashing.postgres;

import static io.containment.api.contract.SlashingFixtures.GENESIS_VALIDATORS_ROOT;
import static io.containment.api.contract.SlashingFixtures.OTHER_GENESIS_VALIDATORS_ROOT;
import static io.containment.api.contract.SlashingFixtures.block;
import static io.containment.api.contract.SlashingFixtures.root;
import static io.containment.api.contract.SlashingFixtures.validator;
import static io.containment.api.contract.SlashingFixtures.vote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Root;
import io.containment.api.consensus.Slot;
import io.containment.api.contract.TestPluginContext;
import io.containment.api.slashing.ExternalHistory;
import io.containment.api.slashing.HighWatermark;
import io.containment.api.slashing.InvalidInterchangeException;
import io.containment.api.slashing.SignedAttestation;
import io.containment.api.slashing.SignedBlock;
import io.containment.api.slashing.SlashingStore;
import io.containment.api.slashing.SlashingVerdict;
import io.containment.api.slashing.StoreUnavailableException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reading a Web3Signer database built from its own DDL, and importing what was read into our store. */
class Web3SignerHistoryReaderTest {
    private static PostgresTestDatabase database;
    private final Web3SignerHistoryReader reader = new Web3SignerHistoryReader();

    @BeforeAll
    static void createDatabase() {
        database = PostgresTestDatabase.create();
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    private static String bytea(byte[] bytes) {
        return "'\\x" + HexFormat.of().formatHex(bytes) + "'::bytea";
    }

    private static String metadata(Root chain, String highWatermark) {
        return "INSERT INTO metadata (id, genesis_validators_root" + (highWatermark.isEmpty() ? "" : ", high_watermark_slot, high_watermark_epoch")
                + ") VALUES (1, " + bytea(chain.bytes()) + (highWatermark.isEmpty() ? "" : ", " + highWatermark) + ")";
    }

    /** Validator 1: records and low watermarks; validator 2: disabled, one block with an unknown root. */
    private String web3signerWithHistory(Root chain) throws Exception {
        String schema = database.newSchema();
        Web3SignerDatabase.create(database, schema,
                "INSERT INTO validators (id, public_key, enabled) VALUES (1, " + bytea(validator(1).bytes()) + ", true), (2, "
                        + bytea(validator(2).bytes()) + ", false)",
                "INSERT INTO signed_blocks (validator_id, slot, signing_root) VALUES (1, 100, " + bytea(root("b100").bytes())
                        + "), (1, 18446744073709551614, " + bytea(root("bmax").bytes()) + "), (2, 7, NULL)",
                "INSERT INTO signed_attestations (validator_id, source_epoch, target_epoch, signing_root) VALUES (1, 9, 10, "
                        + bytea(root("a10").bytes()) + "), (1, 10, 12, " + bytea(new byte[32]) + ")",
                "INSERT INTO low_watermarks (validator_id, slot, source_epoch, target_epoch) VALUES (1, 90, 8, 9)",
                metadata(chain, "18446744073709551615, 1000000"));
        return database.url(schema) + "&user=postgres";
    }

    @Test
    void readsEveryRecordTheWatermarksAsRecordsTheDisabledValidatorsAndTheHighWatermark() throws Exception {
        ExternalHistory history = reader.read(web3signerWithHistory(GENESIS_VALIDATORS_ROOT), context(GENESIS_VALIDATORS_ROOT));

        assertThat(history.interchange().genesisValidatorsRoot()).isEqualTo(GENESIS_VALIDATORS_ROOT);
        assertThat(history.interchange().data()).hasSize(2);
        assertThat(history.interchange().data().get(0).signedBlocks()).containsExactlyInAnyOrder(
                new SignedBlock(new Slot(100), Optional.of(root("b100"))), new SignedBlock(new Slot(-2L), Optional.of(root("bmax"))),
                new SignedBlock(new Slot(90), Optional.empty()));
        assertThat(history.interchange().data().get(0).signedAttestations()).containsExactlyInAnyOrder(
                new SignedAttestation(new Epoch(9), new Epoch(10), Optional.of(root("a10"))),
                new SignedAttestation(new Epoch(10), new Epoch(12), Optional.empty()),
                new SignedAttestation(new Epoch(8), new Epoch(9), Optional.empty()));
        assertThat(history.interchange().data().get(1).signedBlocks()).containsExactly(new SignedBlock(new Slot(7), Optional.empty()));
        assertThat(history.disabledValidators()).containsExactly(validator(2));
        assertThat(history.highWatermark()).contains(new HighWatermark(new Slot(-1L), new Epoch(1_000_000)));
    }

    @Test
    void importedIntoOurStoreItRefusesWhatWeb3SignerRefused() throws Exception {
        ExternalHistory history = reader.read(web3signerWithHistory(GENESIS_VALIDATORS_ROOT), context(GENESIS_VALIDATORS_ROOT));
        try (SlashingStore store = PostgresStoresForTests.open(database.url(database.newSchema()), GENESIS_VALIDATORS_ROOT)) {
            store.importInterchange(history.interchange());
            BlsPublicKey one = validator(1);

            assertThat(store.checkAndRecord(block(one, 100, root("other")))).isInstanceOf(SlashingVerdict.DoubleProposal.class);
            assertThat(store.checkAndRecord(block(one, 100, root("b100")))).isInstanceOf(SlashingVerdict.SameData.class);
            assertThat(store.checkAndRecord(block(one, 89, root("below")))).isInstanceOf(SlashingVerdict.BlockBelowLowWatermark.class);
            assertThat(store.checkAndRecord(block(one, 90, root("at")))).isInstanceOf(SlashingVerdict.Refused.class);
            assertThat(store.checkAndRecord(vote(one, 7, 20, root("v")))).isInstanceOf(SlashingVerdict.Refused.class);
            assertThat(store.checkAndRecord(vote(one, 10, 12, root("v12")))).isInstanceOf(SlashingVerdict.DoubleVote.class);
            assertThat(store.checkAndRecord(block(one, 101, root("new")))).isInstanceOf(SlashingVerdict.Valid.class);
            assertThat(store.checkAndRecord(vote(one, 12, 13, root("v13")))).isInstanceOf(SlashingVerdict.Valid.class);
        }
    }

    @Test
    void refusesTheDatabaseOfAnotherChain() throws Exception {
        String url = web3signerWithHistory(OTHER_GENESIS_VALIDATORS_ROOT);
        assertThatThrownBy(() -> reader.read(url, context(GENESIS_VALIDATORS_ROOT)))
                .isInstanceOf(InvalidInterchangeException.class).hasMessageContaining("genesis validators root")
                .hasMessageContaining(OTHER_GENESIS_VALIDATORS_ROOT.toString());
    }

    @Test
    void refusesAnotherSchemaVersionAndADatabaseWithoutChain() throws Exception {
        String schema = database.newSchema();
        Web3SignerDatabase.create(database, schema, "UPDATE database_version SET version = 11");
        assertThatThrownBy(() -> reader.read(database.url(schema) + "&user=postgres", context(GENESIS_VALIDATORS_ROOT)))
                .isInstanceOf(InvalidInterchangeException.class).hasMessageContaining("schema version 11");

        String empty = database.newSchema();
        Web3SignerDatabase.create(database, empty);
        assertThatThrownBy(() -> reader.read(database.url(empty) + "&user=postgres", context(GENESIS_VALIDATORS_ROOT)))
                .isInstanceOf(InvalidInterchangeException.class).hasMessageContaining("no genesis validators root");

        String notWeb3Signer = database.newSchema();
        assertThatThrownBy(() -> reader.read(database.url(notWeb3Signer) + "&user=postgres", context(GENESIS_VALIDATORS_ROOT)))
                .isInstanceOf(InvalidInterchangeException.class).hasMessageContaining("not a Web3Signer slashing database");
    }

    @Test
    void anUnreachableDatabaseIsUnavailableAndItsPasswordStaysOutOfTheMessage() {
        assertThatThrownBy(() -> reader.read("jdbc:postgresql://127.0.0.1:1/web3signer?user=w3s&password=hunter2",
                context(GENESIS_VALIDATORS_ROOT)))
                .isInstanceOf(StoreUnavailableException.class).hasMessageNotContaining("hunter2");
        assertThat(reader.accepts("jdbc:postgresql://db/web3signer")).isTrue();
        assertThat(reader.accepts("/tmp/interchange.json")).isFalse();
    }

    private static TestPluginContext context(Root chain) {
        return new TestPluginContext(Path.of("."), chain);
    }
}
