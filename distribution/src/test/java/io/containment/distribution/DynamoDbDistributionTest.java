package io.containment.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.containment.testing.dynalite.Dynalite;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signers started from the unzipped distribution with {@code anti_slashing.backend: dynamodb} on a
 * dynalite table: two of them share the table and are hammered with conflicting requests; one
 * loses the table (dynalite stopped) and comes back when it does.
 */
class DynamoDbDistributionTest {
    private static final JsonObject VECTORS = load();
    private static final String KEY = VECTORS.getJsonObject("slashing_key").getString("pubkey");
    private static final int THREADS = 8;
    private static final int CONTESTED = 12;

    @TempDir
    Path work;

    @Test
    void twoSignersOnOneTableSignEachSlotAndEachTargetOnceAndRefuseTheRest() throws Exception {
        RunningDistribution first = RunningDistribution.unzip(work.resolve("first"));
        RunningDistribution second = RunningDistribution.unzip(work.resolve("second"));
        assertThat(first.home().resolve("plugins")).isDirectoryContaining("glob:**slashing-dynamodb*.zip");
        try (Dynalite dynalite = Dynalite.start(); first; second) {
            int firstPort = RunningDistribution.freePort();
            Path firstConfig = config("first.yaml", firstPort, "data-first", dynalite, "shared", "");
            first.startServer(firstConfig, firstPort, work.resolve("first.log"));
            int secondPort = RunningDistribution.freePort();
            second.startServer(config("second.yaml", secondPort, "data-second", dynalite, "shared", ""), secondPort,
                    work.resolve("second.log"));
            List<RunningDistribution> signers = List.of(first, second);

            List<Signed> blocks = hammer(signers, (thread, i) -> blockRequest(11_860_000L + i, thread));
            List<Signed> votes = hammer(signers, (thread, i) -> voteRequest(364_100L + i, thread));

            assertOneSignaturePerNumberAndTheRestRefused(blocks);
            assertOneSignaturePerNumberAndTheRestRefused(votes);
            Path exported = work.resolve("export.json");
            Process export = first.launch(work.resolve("export.log"), "slashing", "export", "--to", exported.toString(),
                    "-c", firstConfig.toString());
            assertThat(export.waitFor(90, TimeUnit.SECONDS)).isTrue();
            assertThat(export.exitValue()).as(Files.readString(work.resolve("export.log"))).isZero();
            JsonObject history = Json.createReader(new StringReader(Files.readString(exported))).readObject()
                    .getJsonArray("data").getJsonObject(0);
            assertThat(history.getString("pubkey")).isEqualTo(KEY);
            assertThat(history.getJsonArray("signed_blocks").getValuesAs(JsonObject.class))
                    .extracting(b -> Long.parseLong(b.getString("slot")))
                    .containsExactlyInAnyOrderElementsOf(signedNumbers(blocks));
            assertThat(history.getJsonArray("signed_attestations").getValuesAs(JsonObject.class))
                    .extracting(a -> Long.parseLong(a.getString("target_epoch")))
                    .containsExactlyInAnyOrderElementsOf(signedNumbers(votes));
        }
    }

    @Test
    void signerUnderLoadAnswersOnly503WhileTheTableIsUnreachableAndSignsAgainWhenItIsBack() throws Exception {
        RunningDistribution signer = RunningDistribution.unzip(work.resolve("outage"));
        // dynalite keeps its tables in a folder here, so that a restart on the same port finds the history again
        try (Dynalite dynalite = Dynalite.start(Dynalite.Options.persistentIn(work.resolve("dynalite-data"))); signer) {
            int port = RunningDistribution.freePort();
            signer.startServer(config("outage.yaml", port, "data-outage", dynalite, "outage",
                    ", timeout_ms: 2000, attempt_timeout_ms: 1000, max_retries: 1"), port, work.resolve("outage.log"));
            Load load = new Load(signer);
            Thread loader = Thread.ofPlatform().name("signing-load").start(load);
            int healthWhileDown;
            try {
                load.awaitCompleted(5);
                dynalite.stop();
                load.phase.set(Phase.DOWN);
                load.awaitCompletedIn(Phase.DOWN, 5);
                healthWhileDown = signer.get("/healthcheck").statusCode();
                load.phase.set(Phase.RESTARTING);
                dynalite.restart();
                load.phase.set(Phase.UP);
                load.awaitSignedIn(Phase.UP, 3);
            } finally {
                load.stop = true;
                loader.join();
            }

            assertThat(healthWhileDown).isEqualTo(503);
            assertThat(load.results).allSatisfy(r -> assertThat(r.status()).as(r.body()).isIn(200, 503));
            List<Attempt> whileDown = load.results.stream().filter(r -> r.startedIn() == Phase.DOWN && r.endedIn() == Phase.DOWN).toList();
            assertThat(whileDown).hasSizeGreaterThanOrEqualTo(5).allSatisfy(r -> {
                assertThat(r.status()).as("slot %s asked while the table was down", r.slot()).isEqualTo(503);
                assertThat(r.body()).contains("slashing protection store unavailable").doesNotContain("signature\"");
            });
            assertThat(load.results).filteredOn(r -> r.startedIn() == Phase.UP && r.status() == 200).hasSizeGreaterThanOrEqualTo(3);
            for (Attempt signed : load.results.stream().filter(r -> r.status() == 200).toList()) {
                assertThat(sign(signer, blockRequest(signed.slot(), "conflicting")).statusCode())
                        .as("conflict with the block signed at %s", signed.slot()).isEqualTo(412);
            }
            assertThat(signer.get("/healthcheck").statusCode()).isEqualTo(200);
            assertThat(sign(signer, voteRequest(364_200L, "a")).statusCode()).isEqualTo(200);
        }
    }

    private enum Phase { BEFORE, DOWN, RESTARTING, UP }

    private record Attempt(long slot, Phase startedIn, Phase endedIn, int status, String body) {
    }

    /** One client signing a new block slot after slot, noting in which phase each request started and ended. */
    private static final class Load implements Runnable {
        final java.util.concurrent.atomic.AtomicReference<Phase> phase = new java.util.concurrent.atomic.AtomicReference<>(Phase.BEFORE);
        final List<Attempt> results = new java.util.concurrent.CopyOnWriteArrayList<>();
        volatile boolean stop;
        private final RunningDistribution signer;

        Load(RunningDistribution signer) {
            this.signer = signer;
        }

        @Override
        public void run() {
            for (long slot = 11_870_000L; !stop; slot++) {
                Phase started = phase.get();
                try {
                    HttpResponse<String> response = sign(signer, blockRequest(slot, "load"));
                    results.add(new Attempt(slot, started, phase.get(), response.statusCode(), response.body()));
                } catch (Exception e) {
                    results.add(new Attempt(slot, started, phase.get(), -1, e.toString()));
                }
            }
        }

        void awaitCompleted(int count) throws InterruptedException {
            awaitCount(() -> results.size(), count);
        }

        void awaitCompletedIn(Phase inPhase, int count) throws InterruptedException {
            awaitCount(() -> (int) results.stream().filter(r -> r.startedIn() == inPhase && r.endedIn() == inPhase).count(), count);
        }

        void awaitSignedIn(Phase inPhase, int count) throws InterruptedException {
            awaitCount(() -> (int) results.stream().filter(r -> r.startedIn() == inPhase && r.status() == 200).count(), count);
        }

        /** Waits for progress (the signer's request timeout bounds each request), failing if the load thread died. */
        private void awaitCount(java.util.function.IntSupplier current, int count) throws InterruptedException {
            int seen = results.size();
            int idleRounds = 0;
            while (current.getAsInt() < count) {
                Thread.sleep(50);
                idleRounds = results.size() == seen ? idleRounds + 1 : 0;
                seen = results.size();
                if (idleRounds > 1200) {
                    throw new AssertionError("no signing request completed for a minute; results so far: " + results);
                }
            }
        }
    }

    private record Signed(long number, int status, String body) {
    }

    private interface Requests {
        Request of(String thread, int i);
    }

    private record Request(long number, String body) {
    }

    /** Every thread walks the same numbers in the same order, each with its own roots, alternating signers. */
    private static List<Signed> hammer(List<RunningDistribution> signers, Requests requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<Signed>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                RunningDistribution signer = signers.get(t % signers.size());
                String thread = "thread-" + t;
                futures.add(pool.submit(() -> {
                    start.await();
                    List<Signed> signed = new ArrayList<>();
                    for (int i = 0; i < CONTESTED; i++) {
                        Request request = requests.of(thread, i);
                        HttpResponse<String> response = sign(signer, request);
                        signed.add(new Signed(request.number(), response.statusCode(), response.body()));
                    }
                    return signed;
                }));
            }
            start.countDown();
            List<Signed> all = new ArrayList<>();
            for (Future<List<Signed>> future : futures) {
                all.addAll(future.get());
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertOneSignaturePerNumberAndTheRestRefused(List<Signed> signed) {
        assertThat(signed).allSatisfy(s -> assertThat(s.status()).as(s.body()).isIn(200, 412));
        Map<Long, Long> signatures = signed.stream().filter(s -> s.status() == 200)
                .collect(Collectors.groupingBy(Signed::number, Collectors.counting()));
        assertThat(signatures).hasSize(CONTESTED).allSatisfy((number, count) -> assertThat(count).as("signatures at %s", number).isOne());
        assertThat(signed).filteredOn(s -> s.status() == 412).hasSize(CONTESTED * (THREADS - 1));
    }

    private static List<Long> signedNumbers(List<Signed> signed) {
        return signed.stream().filter(s -> s.status() == 200).map(Signed::number).toList();
    }

    private static HttpResponse<String> sign(RunningDistribution signer, Request request) throws Exception {
        return signer.post("/api/v1/eth2/sign/" + KEY, request.body());
    }

    /** The scenario's block A moved to {@code slot}, with a body root of its own per {@code variant}. */
    private static Request blockRequest(long slot, String variant) {
        JsonObject template = VECTORS.getJsonArray("slashing_scenarios").getJsonObject(0).getJsonArray("steps")
                .getJsonObject(0).getJsonObject("request");
        JsonObject header = template.getJsonObject("beacon_block").getJsonObject("block_header");
        JsonObject newHeader = Json.createObjectBuilder(header).add("slot", Long.toString(slot))
                .add("body_root", root("block " + slot + " " + variant)).build();
        JsonObject block = Json.createObjectBuilder(template.getJsonObject("beacon_block")).add("block_header", newHeader).build();
        return new Request(slot, Json.createObjectBuilder(template).add("beacon_block", block).build().toString());
    }

    /** An electra attestation with source = target - 1 (so votes never surround) and a block root per {@code variant}. */
    private static Request voteRequest(long target, String variant) {
        JsonObject template = VECTORS.getJsonArray("cases").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("ATTESTATION/electra/random#1")).findFirst().orElseThrow()
                .getJsonObject("request");
        JsonObject attestation = template.getJsonObject("attestation");
        JsonObjectBuilder changed = Json.createObjectBuilder(attestation)
                .add("slot", Long.toString(target * 32))
                .add("beacon_block_root", root("vote " + target + " " + variant))
                .add("source", Json.createObjectBuilder(attestation.getJsonObject("source")).add("epoch", Long.toString(target - 1)))
                .add("target", Json.createObjectBuilder(attestation.getJsonObject("target")).add("epoch", Long.toString(target)));
        JsonObjectBuilder request = Json.createObjectBuilder(template).add("attestation", changed);
        request.remove("signingRoot");
        return new Request(target, request.build().toString());
    }

    private static String root(String label) {
        try {
            return "0x" + HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(label.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path config(String name, int port, String dataDir, Dynalite dynalite, String table, String extra) throws Exception {
        Path keys = work.resolve("keys");
        Files.createDirectories(keys);
        Files.writeString(keys.resolve("slashing-key.yaml"), "type: file-raw\nprivateKey: \""
                + VECTORS.getJsonObject("slashing_key").getString("secret_key") + "\"\n");
        Path config = work.resolve(name);
        Files.writeString(config, """
                server: { listen_address: 127.0.0.1, listen_port: %d }
                data_dir: %s
                network: mainnet
                key_sources:
                  filesystem: { paths: [%s] }
                anti_slashing: { backend: dynamodb, table: %s, endpoint: "%s", region: us-east-1, create_table: true,
                                 access_key_id: test, secret_access_key: test%s }
                """.formatted(port, work.resolve(dataDir), keys, table, dynalite.endpoint(), extra));
        return config;
    }

    private static JsonObject load() {
        return TestResources.jsonResource("/e2e/cases.json");
    }
}
