package io.containment.testing.dynalite;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dynalite server (a DynamoDB-compatible HTTP endpoint) in a child {@code node} process on
 * 127.0.0.1, for tests. In memory by default; with {@link Options#dataDir} its tables live in a
 * LevelDB folder and survive {@link #stop()} / {@link #start()} on the same port.
 *
 * <pre>{@code
 * try (Dynalite dynalite = Dynalite.start()) {
 *     DynamoDbClient client = DynamoDbClient.builder().endpointOverride(dynalite.endpoint())...
 * }
 * }</pre>
 *
 * Any region and any credentials are accepted. {@link #close()} kills the process tree.
 */
public final class Dynalite implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("dynalite listening on port (\\d+)");
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

    private final DynaliteInstallation installation;
    private final Options options;
    private final Path log;
    private Process process;
    private Thread shutdownHook;
    private int port;

    private Dynalite(DynaliteInstallation installation, Options options, Path log) {
        this.installation = installation;
        this.options = options;
        this.log = log;
        this.port = options.port();
    }

    /** Starts an in-memory server on a free port. */
    public static Dynalite start() {
        return start(Options.inMemory());
    }

    /** Starts a server with the given options (installing dynalite into the cache first if needed). */
    public static Dynalite start(Options options) {
        DynaliteInstallation installation = DynaliteInstallation.ensureInstalled();
        Path log;
        try {
            log = Files.createTempFile("dynalite-", ".log");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Dynalite dynalite = new Dynalite(installation, options, log);
        dynalite.startProcess();
        return dynalite;
    }

    /** {@code http://127.0.0.1:PORT}, for the SDK's {@code endpointOverride}. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** The port it listens on (kept across {@link #stop()} / {@link #restart()}). */
    public int port() {
        return port;
    }

    /** Whether the server process is running. */
    public synchronized boolean running() {
        return process != null && process.isAlive();
    }

    /** The server's output (for failure messages). */
    public Path log() {
        return log;
    }

    /** Kills the server (and its children) and waits until it is gone; its port stays reserved for a restart. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        killTree(process);
        process = null;
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
            shutdownHook = null;
        }
    }

    /**
     * Starts the server again on the same port after {@link #stop()}. In memory, the tables are
     * gone; with a data dir they are back.
     */
    public synchronized void restart() {
        stop();
        startProcess();
    }

    @Override
    public void close() {
        stop();
    }

    private synchronized void startProcess() {
        List<String> command = List.of(DynaliteInstallation.node(), installation.launcher().toString(), options.json(port));
        IOException lastFailure = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            try {
                Process started = new ProcessBuilder(command).redirectErrorStream(true).start();
                Optional<Integer> listening = awaitListening(started);
                if (listening.isPresent()) {
                    process = started;
                    port = listening.get();
                    shutdownHook = new Thread(() -> killTree(started), "dynalite-shutdown");
                    Runtime.getRuntime().addShutdownHook(shutdownHook);
                    awaitAnswering();
                    return;
                }
                killTree(started);
                if (port == 0) {
                    break;
                }
                // the fixed port is still held by the previous process for a moment: try again
                Thread.sleep(250);
            } catch (IOException e) {
                lastFailure = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting dynalite", e);
            }
        }
        throw new IllegalStateException("dynalite did not start (node " + installation.launcher() + "); output in " + log,
                lastFailure);
    }

    /** Reads the child's output into the log until it says where it listens; empty if it exits first. */
    private Optional<Integer> awaitListening(Process started) throws IOException, InterruptedException {
        CompletableFuture<Integer> listening = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(started.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    Files.writeString(log, line + System.lineSeparator(), StandardCharsets.UTF_8,
                            java.nio.file.StandardOpenOption.APPEND);
                    Matcher matcher = LISTENING.matcher(line);
                    if (matcher.find()) {
                        listening.complete(Integer.parseInt(matcher.group(1)));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // the process ended; fall through
            }
            listening.complete(null);
        }, "dynalite-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return Optional.ofNullable(listening.get(STARTUP_TIMEOUT.toSeconds(), TimeUnit.SECONDS));
        } catch (ExecutionException | TimeoutException e) {
            return Optional.empty();
        }
    }

    /** Waits until the endpoint answers an HTTP request (any answer: dynalite is up). */
    private void awaitAnswering() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                http.send(HttpRequest.newBuilder(endpoint()).timeout(Duration.ofSeconds(2)).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("dynalite on " + endpoint() + " does not answer; output in " + log);
    }

    private static void killTree(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * How to start the server.
     *
     * @param port          the port, 0 for any free one (chosen at the first start, kept for restarts)
     * @param dataDir       a LevelDB folder that keeps the tables across restarts; empty for in-memory
     * @param createTableMs how long new tables stay CREATING (dynalite's default is 500 ms)
     */
    public record Options(int port, Optional<Path> dataDir, int createTableMs) {
        public static Options inMemory() {
            return new Options(0, Optional.empty(), 50);
        }

        /** Tables kept in {@code dataDir}, surviving restarts. */
        public static Options persistentIn(Path dataDir) {
            return new Options(0, Optional.of(dataDir), 50);
        }

        public Options onPort(int fixedPort) {
            return new Options(fixedPort, dataDir, createTableMs);
        }

        String json(int currentPort) {
            String path = dataDir.map(d -> "\"" + d.toAbsolutePath().toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                    .orElse("null");
            return "{\"port\":" + currentPort + ",\"path\":" + path + ",\"createTableMs\":" + createTableMs
                    + ",\"deleteTableMs\":" + createTableMs + ",\"updateTableMs\":" + createTableMs + "}";
        }
    }
}
