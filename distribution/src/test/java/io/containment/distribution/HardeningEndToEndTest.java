package io.containment.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.containment.distribution.probe.ProbePlugin;
import io.containment.distribution.probe.ProcessProbeFactory;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled hardening-linux plugin in the real distribution: the process state the kernel
 * reports in /proc/&lt;pid&gt;/status, a program start attempted from inside the signer (by a
 * test-only key-source plugin, created after hardening), and every endpoint under load with the
 * seccomp filter on.
 */
@EnabledOnOs(OS.LINUX)
class HardeningEndToEndTest {
    private static final JsonObject VECTORS = load();
    private static final int CAP_IPC_LOCK = 14;

    @TempDir
    Path work;

    private static JsonObject load() {
        return TestResources.jsonResource("/e2e/cases.json");
    }

    private Path keystores() throws Exception {
        Path folder = Files.createDirectories(work.resolve("keystores"));
        StringBuilder yaml = new StringBuilder();
        VECTORS.getJsonArray("cases").getValuesAs(JsonObject.class).stream().map(c -> c.getString("secret_key"))
                .distinct().forEach(secret -> yaml.append("---\ntype: file-raw\nprivateKey: \"").append(secret).append("\"\n"));
        Files.writeString(folder.resolve("raw-keys.yaml"), yaml);
        return folder;
    }

    private RunningDistribution start(boolean seccomp, int port, Path log) throws Exception {
        RunningDistribution dist = RunningDistribution.unzip(work.resolve("unzipped"));
        assertThat(dist.home().resolve("plugins")).isDirectoryContaining("glob:**hardening-linux*.zip");
        ProbePlugin.writeInto(dist.home().resolve("plugins"));
        Path config = work.resolve("config.yaml");
        Files.writeString(config, """
                server: { listen_address: 127.0.0.1, listen_port: %d, seccomp: %s }
                data_dir: %s
                network: mainnet
                key_sources:
                  filesystem: { paths: [%s] }
                  process-probe: {}
                """.formatted(port, seccomp, work.resolve("data"), keystores()));
        dist.startServer(config, port, log);
        return dist;
    }

    private static Map<String, String> status(long pid) throws Exception {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(line -> line.contains(":"))
                .collect(Collectors.toMap(line -> line.substring(0, line.indexOf(':')),
                        line -> line.substring(line.indexOf(':') + 1).trim(), (a, b) -> a));
    }

    /** Whether this (root) test process could lock memory, so the signer it starts can too. */
    private static boolean memoryLockPermitted() throws Exception {
        long effective = Long.parseUnsignedLong(status(ProcessHandle.current().pid()).get("CapEff"), 16);
        boolean unlimited = Files.readAllLines(Path.of("/proc/self/limits")).stream()
                .anyMatch(line -> line.startsWith("Max locked memory") && line.contains("unlimited"));
        return (effective & (1L << CAP_IPC_LOCK)) != 0 || unlimited;
    }

    @Test
    void withTheFilterOnTheSignerIsFilteredNonDumpableLockedAndCannotStartAProgramYetServesEveryEndpoint()
            throws Exception {
        int port = RunningDistribution.freePort();
        Path log = work.resolve("seccomp.log");
        try (RunningDistribution dist = start(true, port, log)) {
            Map<String, String> status = status(dist.pid());
            assertThat(status).containsEntry("Seccomp", "2").containsEntry("NoNewPrivs", "1");
            assertThat(Integer.parseInt(status.get("Seccomp_filters"))).isPositive();
            assertEveryThreadIsFiltered(dist.pid());
            String startup = Files.readString(log);
            assertThat(startup).contains("hardening: non-dumpable applied: process is not dumpable (PR_GET_DUMPABLE = 0)")
                    .contains("hardening: seccomp applied: syscall allowlist installed on all threads")
                    .contains(ProcessProbeFactory.LOG_PREFIX + "child process refused")
                    .doesNotContain(ProcessProbeFactory.LOG_PREFIX + "child process started");
            if (memoryLockPermitted()) {
                assertThat(startup).contains("hardening: mlockall applied");
                assertThat(Long.parseLong(status.get("VmLck").replace(" kB", ""))).isPositive();
            } else {
                assertThat(startup).contains("hardening: mlockall FAILED, continuing without it").contains("CAP_IPC_LOCK");
            }

            signEverythingConcurrently(dist, 4);
            assertThat(dist.get("/healthcheck").statusCode()).isEqualTo(200);
            assertThat(dist.get("/upcheck").statusCode()).isEqualTo(200);
            assertThat(dist.get("/openapi").statusCode()).isEqualTo(200);
            assertThat(dist.get("/api/v1/eth2/publicKeys").body())
                    .contains(VECTORS.getJsonArray("cases").getJsonObject(0).getString("pubkey"));
            JsonObject block = VECTORS.getJsonArray("cases").getValuesAs(JsonObject.class).stream()
                    .filter(c -> c.getString("name").startsWith("BLOCK_V2/")).findFirst().orElseThrow();
            HttpResponse<String> check = dist.post("/api/v1/eth2/slashing/check/" + block.getString("pubkey"),
                    block.getJsonObject("request").toString());
            assertThat(check.statusCode()).as(check.body()).isEqualTo(200);
            assertThat(dist.post("/api/v1/eth2/sign/" + block.getString("pubkey"), "{not json").statusCode()).isEqualTo(400);
            assertThat(dist.get("/no/such/path").statusCode()).isEqualTo(404);
            assertThat(status(dist.pid())).containsEntry("Seccomp", "2");
        }
        assertThat(Files.readString(log)).doesNotContain("SEVERE").doesNotContain("Operation not permitted\n\tat");
    }

    @Test
    void withTheFilterOffTheAlwaysOnMeasuresStillApplyAndTheSameProbeStartsAProgram() throws Exception {
        int port = RunningDistribution.freePort();
        Path log = work.resolve("no-seccomp.log");
        try (RunningDistribution dist = start(false, port, log)) {
            assertThat(status(dist.pid())).containsEntry("Seccomp", "0");
            assertThat(Files.readString(log)).contains("hardening: non-dumpable applied")
                    .contains("hardening: seccomp not applied: off (server.seccomp: false)")
                    .contains(ProcessProbeFactory.LOG_PREFIX + "child process started, exit 7");
            assertThat(dist.get("/upcheck").statusCode()).isEqualTo(200);
        }
    }

    /** TSYNC: every thread of the JVM, not only the one that installed the filter. */
    private static void assertEveryThreadIsFiltered(long pid) throws Exception {
        List<Path> threads;
        try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            threads = tasks.toList();
        }
        assertThat(threads).hasSizeGreaterThan(10);
        for (Path thread : threads) {
            List<String> lines;
            try {
                lines = Files.readAllLines(thread.resolve("status"));
            } catch (java.nio.file.NoSuchFileException exited) {
                continue; // the thread ended since the listing
            }
            assertThat(lines).as(thread.toString()).contains("Seccomp:\t2", "NoNewPrivs:\t1");
        }
    }

    /** Every vector, {@code rounds} times, all at once: each must sign (repeats are the same data). */
    private static void signEverythingConcurrently(RunningDistribution dist, int rounds) throws Exception {
        List<JsonObject> cases = VECTORS.getJsonArray("cases").getValuesAs(JsonObject.class);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                for (JsonObject c : cases) {
                    results.add(pool.submit(() -> {
                        HttpResponse<String> response = dist.post("/api/v1/eth2/sign/" + c.getString("pubkey"),
                                c.getJsonObject("request").toString());
                        return response.statusCode() == 200 && response.body().contains(c.getString("expected_signature"))
                                ? "ok" : c.getString("name") + " " + response.statusCode() + " " + response.body();
                    }));
                }
            }
            for (Future<String> result : results) {
                assertThat(result.get()).isEqualTo("ok");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
