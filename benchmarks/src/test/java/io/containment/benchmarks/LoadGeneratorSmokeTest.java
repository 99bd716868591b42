package io.containment.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.containment.benchmarks.load.BenchmarkKeys;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The load generator's smoke mode against the real distribution, as CI runs it: it must complete
 * with zero errors and print its figures, ending with {@code e2e_vs_raw_bls=}; raw jblst measured in
 * a JVM pinned to a CPU ({@code --raw-cpu}, as {@code run.sh} does on two cores). No timing threshold.
 */
class LoadGeneratorSmokeTest {
    @TempDir
    Path work;

    @Test
    void smokeRunCompletesWithZeroErrorsAndPrintsItsFigures() throws Exception {
        Path home = unzip();
        Path keys = work.resolve("keys");
        BenchmarkKeys.write(8, keys);
        int port = freePort();
        Path config = Files.writeString(work.resolve("config.yaml"), """
                server: { listen_address: 127.0.0.1, listen_port: %d }
                data_dir: %s
                network: mainnet
                key_sources:
                  filesystem: { paths: [%s] }
                metrics: { listen_port: 0 }
                """.formatted(port, work.resolve("data"), keys));
        Process signer = start(home, work.resolve("signer.log"), "server", "-c", config.toString());
        try {
            awaitUp(signer, port);
            Path output = work.resolve("load.out");
            Process load = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "--enable-native-access=ALL-UNNAMED",
                    "io.containment.benchmarks.load.LoadGenerator", "--url", "http://127.0.0.1:" + port,
                    "--pubkeys", keys.resolve("pubkeys.txt").toString(), "--signer-pid", String.valueOf(signer.pid()),
                    "--clients", "4", "--duration", "3", "--burst", "50", "--raw-signatures", "200",
                    "--raw-cpu", "0")
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            assertThat(load.waitFor(180, TimeUnit.SECONDS)).isTrue();
            String printed = Files.readString(output);
            assertThat(load.exitValue()).as(printed).isZero();
            assertThat(printed).contains("errors=0").contains("throughput_per_s=").contains("latency_p99_ms=")
                    .contains("signer_cpu_s=").contains("burst_first_time_to_last_ms=").contains("burst_time_to_last_ms=")
                    .contains("burst_ok=50").contains("raw_bls_signatures_per_cpu_s=")
                    .contains("raw_bls_cpu=0").containsPattern("raw_bls_load_generator_cpu_each=[0-9]+,[0-9]+,[0-9]+");
            List<String> lines = printed.lines().toList();
            assertThat(lines.get(lines.size() - 1)).matches("e2e_vs_raw_bls=[0-9]+\\.[0-9]{3}");
        } finally {
            signer.destroy();
            if (!signer.waitFor(30, TimeUnit.SECONDS)) {
                signer.destroyForcibly();
            }
        }
    }

    private Path unzip() throws IOException {
        Path folder = work.resolve("dist");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(Path.of(System.getProperty("distribution.zip"))))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = folder.resolve(entry.getName()).normalize();
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                }
            }
        }
        Path home = folder.resolve("containment-chamber-" + System.getProperty("distribution.version"));
        home.resolve("bin/containment-chamber").toFile().setExecutable(true);
        return home;
    }

    private static Process start(Path home, Path log, String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(home.resolve("bin/containment-chamber").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return builder.start();
    }

    private static void awaitUp(Process signer, int port) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(signer.isAlive()).as("signer exited").isTrue();
            try {
                HttpResponse<String> up = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/upcheck"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (up.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("signer did not come up");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
