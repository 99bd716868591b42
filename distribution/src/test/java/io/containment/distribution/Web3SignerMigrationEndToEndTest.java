package io.containment.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code containment-chamber slashing import --from-web3signer-db} against a real Web3Signer-schema
 * database (built from Web3Signer's DDL, schema version 12), into the embedded SQLite store and into
 * PostgreSQL: the signer started afterwards refuses what the Web3Signer history forbids, keeps the
 * disabled validator disabled, and signs what is new. A database of another chain is refused with
 * exit code 2 and nothing imported.
 */
class Web3SignerMigrationEndToEndTest {
    private static final String OTHER_CHAIN = "ab".repeat(32);

    @TempDir
    Path work;
    private final PostgresDatabases databases = new PostgresDatabases();

    @AfterEach
    void dropDatabases() {
        databases.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void migratedHistoryProtectsInTheNewSigner(String backend) throws Exception {
        String antiSlashing = backend.equals("sqlite") ? "anti_slashing: { backend: sqlite }"
                : PostgresDatabases.antiSlashing(PostgresDatabases.HOST, PostgresDatabases.PORT, databases.create(), "5s");
        int port = RunningDistribution.freePort();
        Path config = work.resolve("config.yaml");
        Files.writeString(config, """
                server: { listen_address: 127.0.0.1, listen_port: %d }
                data_dir: %s
                network: mainnet
                key_sources:
                  filesystem: { paths: [%s] }
                %s
                """.formatted(port, work.resolve("data"), SigningRequests.keystores(work.resolve("keystores")), antiSlashing));
        RunningDistribution signer = RunningDistribution.unzip(work.resolve("unzipped"));

        Path refusedLog = work.resolve("other-chain.log");
        assertThat(cli(signer, refusedLog, "--from-web3signer-db", web3signer(OTHER_CHAIN), "-c", config.toString())).isEqualTo(2);
        assertThat(Files.readString(refusedLog)).contains("genesis validators root").doesNotContain("Exception:");

        Path importLog = work.resolve("import.log");
        String genesisValidatorsRoot = SigningRequests.GENESIS_VALIDATORS_ROOT.substring(2);
        assertThat(cli(signer, importLog, "--from-web3signer-db", web3signer(genesisValidatorsRoot), "-c", config.toString()))
                .as("import output: %s", Files.readString(importLog)).isZero();
        assertThat(Files.readString(importLog)).contains("disabled, as in Web3Signer").contains("imported 2 validators");

        String active = SigningRequests.pubkeys().get(0);
        String disabled = SigningRequests.pubkeys().get(1);
        long slot = SigningRequests.FIRST_SLOT;
        long target = SigningRequests.FIRST_TARGET;
        try (signer) {
            signer.startServer(config, port, work.resolve("signer.log"));
            assertThat(signer.post("/api/v1/eth2/sign/" + active, SigningRequests.block(slot, 0)).body()).contains("double proposal");
            assertThat(signer.post("/api/v1/eth2/sign/" + active, SigningRequests.attestation(target, 0)).body()).contains("double vote");
            assertThat(signer.post("/api/v1/eth2/sign/" + active, SigningRequests.block(slot - 20, 0)).statusCode()).isEqualTo(412);
            assertThat(signer.post("/api/v1/eth2/sign/" + disabled, SigningRequests.block(slot + 5, 0)).body()).contains("disabled");
            assertThat(signer.post("/api/v1/eth2/sign/" + active, SigningRequests.block(slot + 1, 0)).statusCode()).isEqualTo(200);
            assertThat(signer.post("/api/v1/eth2/sign/" + active, SigningRequests.attestation(target + 1, 0)).statusCode()).isEqualTo(200);
        }
    }

    /**
     * A Web3Signer database for the chain: the first key with a block, an attestation and low
     * watermarks ten below them; the second key disabled. Answers its JDBC URL.
     */
    private String web3signer(String genesisValidatorsRootHex) throws IOException {
        String database = databases.create();
        String url = PostgresDatabases.url(PostgresDatabases.HOST, PostgresDatabases.PORT, database);
        String first = SigningRequests.pubkeys().get(0).substring(2);
        String second = SigningRequests.pubkeys().get(1).substring(2);
        String recordedRoot = HexFormat.of().formatHex(new byte[] {1}).repeat(32);
        long slot = SigningRequests.FIRST_SLOT;
        long target = SigningRequests.FIRST_TARGET;
        PostgresDatabases.execute(url, ddl());
        PostgresDatabases.execute(url, """
                INSERT INTO validators (id, public_key, enabled) VALUES (1, '\\x%s', true), (2, '\\x%s', false);
                INSERT INTO signed_blocks (validator_id, slot, signing_root) VALUES (1, %d, '\\x%s');
                INSERT INTO signed_attestations (validator_id, source_epoch, target_epoch, signing_root) VALUES (1, %d, %d, '\\x%s');
                INSERT INTO low_watermarks (validator_id, slot, source_epoch, target_epoch) VALUES (1, %d, %d, %d);
                INSERT INTO metadata (id, genesis_validators_root) VALUES (1, '\\x%s');
                """.formatted(first, second, slot, recordedRoot, target - 1, target, recordedRoot,
                slot - 10, target - 11, target - 10, genesisValidatorsRootHex));
        return url + "?user=postgres";
    }

    private static String ddl() throws IOException {
        try (InputStream in = Web3SignerMigrationEndToEndTest.class.getResourceAsStream("/web3signer/web3signer-schema-v12.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int cli(RunningDistribution signer, Path log, String... importArgs) throws Exception {
        String[] args = new String[importArgs.length + 2];
        args[0] = "slashing";
        args[1] = "import";
        System.arraycopy(importArgs, 0, args, 2, importArgs.length);
        Process process = signer.launch(log, args);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }
}
