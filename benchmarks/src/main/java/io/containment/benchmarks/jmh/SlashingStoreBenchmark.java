package io.containment.benchmarks.jmh;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Root;
import io.containment.api.contract.TestPluginContext;
import io.containment.api.plugin.PluginConfig;
import io.containment.api.slashing.AttestationVote;
import io.containment.api.slashing.SlashingStore;
import io.containment.api.slashing.SlashingStoreFactory;
import io.containment.api.slashing.SlashingVerdict;
import io.containment.plugins.slashing.dynamodb.DynamoDbSlashingStoreFactory;
import io.containment.plugins.slashing.postgres.PostgresSlashingStoreFactory;
import io.containment.plugins.slashing.sqlite.SqliteSlashingStoreFactory;
import io.containment.testing.dynalite.Dynalite;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Durable check-and-record of attestations (each one new: increasing target epochs over 1,000
 * validators), as the signing path does it, per store. Committed (fsync'd) before each call returns.
 * {@code postgres} needs the local PostgreSQL of the test setup ({@code 127.0.0.1:5432}, trust
 * auth, database {@code test}, user {@code postgres}; {@code POSTGRES_URL} overrides the database
 * URL) and works in a schema of its own, dropped at the end. {@code dynamodb} starts a dynalite
 * server (a Node.js DynamoDB emulator, through the {@code testing/} harness: {@code node} and
 * {@code npm} on the PATH) and works in a fresh table: its figure is the emulator's, not AWS's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(4)
public class SlashingStoreBenchmark {
    private static final int VALIDATORS = 1000;

    private static final String POSTGRES = System.getenv().getOrDefault("POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");

    @Param({"sqlite", "postgres", "dynamodb"})
    public String store;

    private Path folder;
    private String schema;
    private Dynalite dynalite;
    private SlashingStore slashingStore;
    private final AtomicLong sequence = new AtomicLong();
    private BlsPublicKey[] validators;

    @Setup(Level.Trial)
    public void open() throws IOException, SQLException {
        folder = Files.createTempDirectory("slashing-benchmark");
        TestPluginContext context = new TestPluginContext(folder);
        Map<String, String> config = Map.of();
        SlashingStoreFactory factory = switch (store) {
            case "sqlite" -> new SqliteSlashingStoreFactory();
            case "postgres" -> {
                schema = "benchmark_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
                postgres("CREATE SCHEMA " + schema);
                config = Map.of("url", POSTGRES + "?currentSchema=" + schema, "username", "postgres");
                yield new PostgresSlashingStoreFactory();
            }
            case "dynamodb" -> {
                dynalite = Dynalite.start();
                // generous limits: the emulator on a loaded machine must not turn into 503s
                config = Map.of("table", "slashing-benchmark", "endpoint", dynalite.endpoint().toString(), "region", "us-east-1",
                        "create_table", "true", "access_key_id", "benchmark", "secret_access_key", "benchmark",
                        "timeout_ms", "10000", "attempt_timeout_ms", "5000");
                yield new DynamoDbSlashingStoreFactory();
            }
            default -> throw new IllegalArgumentException("unknown store " + store);
        };
        slashingStore = factory.create(PluginConfig.of("anti_slashing", config, factory.configProperties(), folder), context);
        validators = new BlsPublicKey[VALIDATORS];
        for (int i = 0; i < VALIDATORS; i++) {
            byte[] key = new byte[48];
            key[0] = (byte) 0xa0;
            key[46] = (byte) (i >> 8);
            key[47] = (byte) i;
            validators[i] = new BlsPublicKey(key);
        }
    }

    @Benchmark
    public SlashingVerdict checkAndRecordAttestation() {
        long n = sequence.getAndIncrement();
        long epoch = 1000 + n / VALIDATORS;
        byte[] root = new byte[32];
        root[0] = (byte) n;
        root[1] = (byte) (n >> 8);
        root[2] = (byte) (n >> 16);
        return slashingStore.checkAndRecord(new AttestationVote(validators[(int) (n % VALIDATORS)],
                new Epoch(epoch - 1), new Epoch(epoch), new Root(root)));
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        slashingStore.close();
        if (schema != null) {
            postgres("DROP SCHEMA " + schema + " CASCADE");
        }
        if (dynalite != null) {
            dynalite.close();
        }
    }

    private static void postgres(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(POSTGRES, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
