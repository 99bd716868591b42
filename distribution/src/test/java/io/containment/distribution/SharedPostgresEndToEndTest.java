package io.containment.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two signer processes from the unzipped distribution on one PostgreSQL database, hammered at once
 * with conflicting requests for the same keys, slots and targets: exactly one request of each
 * (key, slot) and (key, target) is signed, every other one is refused with 412, and the database
 * holds exactly the signed ones. Timeouts are generous here: this test is about the lock, not about
 * outages, and a 503 from a slow machine would hide what it checks.
 */
class SharedPostgresEndToEndTest {
    private static final int SLOTS = 8;
    private static final int VARIANTS = 6;

    @TempDir
    Path work;
    private final PostgresDatabases databases = new PostgresDatabases();

    @AfterEach
    void dropDatabases() {
        databases.close();
    }

    /** One request of the hammer: which group (key + slot or target) it belongs to, and its body. */
    private record Attempt(String group, String pubkey, String body) {
    }

    @Test
    void twoSignersOnOneDatabaseSignExactlyOneOfEachConflictingGroup() throws Exception {
        String database = databases.create();
        RunningDistribution first = RunningDistribution.unzip(work.resolve("unzipped"));
        RunningDistribution second = first.another();
        assertThat(first.home().resolve("plugins")).isDirectoryContaining("glob:**slashing-postgres*.zip");
        Path keystores = SigningRequests.keystores(work.resolve("keystores"));
        try (first; second) {
            start(first, keystores, database, "one");
            start(second, keystores, database, "two");
            List<Attempt> attempts = attempts();
            Map<Attempt, Integer> statuses = hammer(List.of(first, second), attempts);

            Map<String, List<Integer>> byGroup = new ConcurrentHashMap<>();
            statuses.forEach((attempt, status) -> byGroup.computeIfAbsent(attempt.group(), g -> new ArrayList<>()).add(status));
            assertThat(byGroup).hasSize(2 * 2 * SLOTS).allSatisfy((group, codes) -> {
                assertThat(codes).as(group).filteredOn(code -> code == 200).hasSize(1);
                assertThat(codes).as(group).filteredOn(code -> code == 412).hasSize(VARIANTS - 1);
            });
            assertThat(PostgresDatabases.longs(database, "SELECT count(*) FROM signed_blocks GROUP BY validator_id, slot"))
                    .hasSize(2 * SLOTS).containsOnly(1L);
            assertThat(PostgresDatabases.longs(database,
                    "SELECT count(*) FROM signed_attestations GROUP BY validator_id, target_epoch"))
                    .hasSize(2 * SLOTS).containsOnly(1L);
            for (Map.Entry<Attempt, Integer> entry : statuses.entrySet()) {
                HttpResponse<String> check = second.post("/api/v1/eth2/slashing/check/" + entry.getKey().pubkey(),
                        entry.getKey().body());
                assertThat(check.body()).as("the database's view of %s", entry.getKey().group())
                        .contains(entry.getValue() == 200 ? "\"slashable\":false" : "\"slashable\":true");
            }
        }
    }

    private void start(RunningDistribution signer, Path keystores, String database, String name) throws Exception {
        int port = RunningDistribution.freePort();
        Path config = work.resolve(name + ".yaml");
        Files.writeString(config, """
                server: { listen_address: 127.0.0.1, listen_port: %d }
                data_dir: %s
                network: mainnet
                key_sources:
                  filesystem: { paths: [%s] }
                %s
                """.formatted(port, work.resolve("data-" + name), keystores,
                PostgresDatabases.antiSlashing(PostgresDatabases.HOST, PostgresDatabases.PORT, database, "20s")));
        signer.startServer(config, port, work.resolve(name + ".log"));
    }

    private static List<Attempt> attempts() {
        List<Attempt> attempts = new ArrayList<>();
        for (String pubkey : SigningRequests.pubkeys()) {
            for (int n = 0; n < SLOTS; n++) {
                long slot = SigningRequests.FIRST_SLOT + n;
                long target = SigningRequests.FIRST_TARGET + n;
                for (int variant = 0; variant < VARIANTS; variant++) {
                    attempts.add(new Attempt(pubkey + " slot " + slot, pubkey, SigningRequests.block(slot, variant)));
                    attempts.add(new Attempt(pubkey + " target " + target, pubkey, SigningRequests.attestation(target, variant)));
                }
            }
        }
        Collections.shuffle(attempts, new Random(3076));
        return attempts;
    }

    /** Sends every attempt at once, alternating between the signers; answers each one's status. */
    private static Map<Attempt, Integer> hammer(List<RunningDistribution> signers, List<Attempt> attempts) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(24);
        try {
            Map<Attempt, Future<Integer>> futures = new java.util.LinkedHashMap<>();
            for (int i = 0; i < attempts.size(); i++) {
                Attempt attempt = attempts.get(i);
                RunningDistribution signer = signers.get(i % signers.size());
                futures.put(attempt, pool.submit(() -> {
                    HttpResponse<String> response = signer.post("/api/v1/eth2/sign/" + attempt.pubkey(), attempt.body());
                    if (response.statusCode() != 200 && response.statusCode() != 412) {
                        System.err.println(attempt.group() + ": " + response.statusCode() + " " + response.body());
                    }
                    return response.statusCode();
                }));
            }
            Map<Attempt, Integer> statuses = new java.util.LinkedHashMap<>();
            for (Map.Entry<Attempt, Future<Integer>> entry : futures.entrySet()) {
                statuses.put(entry.getKey(), entry.getValue().get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
