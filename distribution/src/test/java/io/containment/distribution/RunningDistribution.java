package io.containment.distribution;

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
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The unzipped distribution and a signer process started from it with bin/containment-chamber. */
final class RunningDistribution implements AutoCloseable {
    private final Path home;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private int port;
    private String javaOpts;

    private RunningDistribution(Path home) {
        this.home = home;
    }

    /** Unzips the built distribution into {@code folder}. */
    static RunningDistribution unzip(Path folder) throws IOException {
        Path zip = Path.of(System.getProperty("distribution.zip"));
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
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
        return new RunningDistribution(home);
    }

    Path home() {
        return home;
    }

    /** Another signer process from the same unzipped distribution (its own process and port). */
    RunningDistribution another() {
        return new RunningDistribution(home);
    }

    /** The signer's JVM (the launcher execs it, so this is the process SIGKILL reaches). */
    Process process() {
        return process;
    }

    /** The signer's process id (bin/containment-chamber execs java: it is the JVM's). */
    long pid() {
        return process.pid();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** {@code JAVA_OPTS} for the launches from now on (none by default). */
    RunningDistribution javaOpts(String options) {
        this.javaOpts = options;
        return this;
    }

    /** Runs {@code bin/containment-chamber args…} with JAVA_HOME of this JVM. */
    Process launch(Path log, String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(home.resolve("bin/containment-chamber").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        if (javaOpts != null) {
            builder.environment().put("JAVA_OPTS", javaOpts);
        } else {
            builder.environment().remove("JAVA_OPTS");
        }
        return builder.start();
    }

    /** Starts the server on {@code port} and waits until /upcheck answers. */
    void startServer(Path config, int port, Path log) throws IOException, InterruptedException {
        this.port = port;
        process = launch(log, "server", "-c", config.toString());
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("signer exited with " + process.exitValue() + ":\n" + Files.readString(log));
            }
            try {
                if (get("/upcheck").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("signer did not come up:\n" + Files.readString(log));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> delete(String path, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").method("DELETE", HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * SIGTERM, then waits up to {@code limit} for the process to end by itself; returns whether it
     * did (a process still alive afterwards is killed).
     */
    boolean terminate(Duration limit) throws InterruptedException {
        process.destroy();
        if (process.waitFor(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            return true;
        }
        kill();
        return false;
    }

    /** Any request, with an Authorization header when {@code authorization} is not null. */
    HttpResponse<String> send(String method, String path, String body, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** SIGKILL: no shutdown hook, no chance to flush anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
