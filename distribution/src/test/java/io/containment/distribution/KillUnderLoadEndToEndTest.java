package io.containment.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A signer killed with SIGKILL while it signs under load, then restarted on the same database: every
 * request that was answered 200 before the kill stays recorded, so a conflicting request for it
 * is now refused with 412 — a signature never leaves before its record is durable. With the
 * embedded SQLite store and with PostgreSQL.
 */
class KillUnderLoadEndToEndTest {
    private static final int THREADS = 8;
    private static final int SIGNED_BEFORE_KILL = 60;

    @TempDir
    Path work;
    private final PostgresDatabases databases = new PostgresDatabases();

    @AfterEach
    void dropDatabases() {
        databases.close();
    }

    /** A signed message: the request that got 200 and a request that conflicts with it. */
    private record Signed(String pubkey, String body, String conflicting) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void everySignatureAnsweredBeforeTheKillIsDurable(String backend) throws Exception {
        String antiSlashing = backend.equals("sqlite") ? "anti_slashing: { backend: sqlite }"
                : PostgresDatabases.antiSlashing(PostgresDatabases.HOST, PostgresDatabases.PORT, databases.create(), "10s");
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
        try (signer) {
            signer.startServer(config, port, work.resolve("before-kill.log"));
            List<Signed> signed = signUntilKilled(signer);
            assertThat(signer.process().isAlive()).isFalse();

            signer.startServer(config, port, work.resolve("after-restart.log"));
            for (Signed message : signed) {
                HttpResponse<String> conflicting = signer.post("/api/v1/eth2/sign/" + message.pubkey(), message.conflicting());
                assertThat(conflicting.statusCode()).as("conflicting with a message signed before the kill: %s",
                        conflicting.body()).isEqualTo(412);
            }
            assertThat(signed).hasSizeGreaterThanOrEqualTo(SIGNED_BEFORE_KILL);
        }
    }

    /** Threads sign new blocks and votes until the process is killed (after enough signatures). */
    private static List<Signed> signUntilKilled(RunningDistribution signer) throws Exception {
        List<Signed> signed = new CopyOnWriteArrayList<>();
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            pool.submit(() -> {
                String pubkey = SigningRequests.pubkeys().get(thread % 2);
                for (int i = 0; ; i++) {
                    long n = 1000L * thread + i;
                    boolean block = i % 2 == 0;
                    String body = block ? SigningRequests.block(SigningRequests.FIRST_SLOT + n, 0)
                            : SigningRequests.attestation(SigningRequests.FIRST_TARGET + n, 0);
                    String conflicting = block ? SigningRequests.block(SigningRequests.FIRST_SLOT + n, 1)
                            : SigningRequests.attestation(SigningRequests.FIRST_TARGET + n, 1);
                    try {
                        if (signer.post("/api/v1/eth2/sign/" + pubkey, body).statusCode() == 200) {
                            signed.add(new Signed(pubkey, body, conflicting));
                            count.incrementAndGet();
                        }
                    } catch (IOException killed) {
                        return null;
                    }
                }
            });
        }
        while (count.get() < SIGNED_BEFORE_KILL && signer.process().isAlive()) {
            Thread.sleep(20);
        }
        signer.kill();
        pool.shutdown();
        assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).as("load threads stop once the signer is gone").isTrue();
        return List.copyOf(signed);
    }
}
