package io.containment.testing.dynalite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The npm package {@code dynalite} installed once into a cache folder, shared by every test JVM of
 * the machine (a file lock keeps parallel builds from installing at once). Nothing is installed
 * globally: only {@code node} and {@code npm} must be on the PATH (or named by the system
 * properties {@code containment.node} / {@code containment.npm}).
 *
 * <p>The folder is {@code containment.dynalite.home} (system property), else the environment
 * variable {@code CONTAINMENT_DYNALITE_HOME}, else {@code ~/.cache/containment-dynalite}.
 */
public final class DynaliteInstallation {
    /** The npm version range installed. */
    public static final String PACKAGE = "dynalite@3";
    private static final String MARKER = ".installed-" + PACKAGE.replace('@', '-');
    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(5);

    private final Path home;

    private DynaliteInstallation(Path home) {
        this.home = home;
    }

    /** The installation in the default cache folder, installing it first when missing. */
    public static DynaliteInstallation ensureInstalled() {
        return ensureInstalled(defaultHome());
    }

    /** The installation in {@code home}, installing it first when missing. */
    public static synchronized DynaliteInstallation ensureInstalled(Path home) {
        try {
            Files.createDirectories(home);
            try (FileChannel lockFile = FileChannel.open(home.resolve(".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE)) {
                FileLock lock = lockFile.lock();
                DynaliteInstallation installation = new DynaliteInstallation(home);
                try {
                    if (!Files.exists(home.resolve(MARKER)) || !Files.exists(installation.packageFolder().resolve("index.js"))) {
                        installation.install();
                    }
                    installation.writeLauncher();
                } finally {
                    lock.release();
                }
                return installation;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the dynalite installation in " + home, e);
        }
    }

    static Path defaultHome() {
        String property = System.getProperty("containment.dynalite.home");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String variable = System.getenv("CONTAINMENT_DYNALITE_HOME");
        if (variable != null && !variable.isBlank()) {
            return Path.of(variable);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "containment-dynalite");
    }

    /** The folder holding {@code node_modules/dynalite}. */
    public Path home() {
        return home;
    }

    Path packageFolder() {
        return home.resolve("node_modules").resolve("dynalite");
    }

    /** The script that starts dynalite bound to 127.0.0.1 (dynalite's own cli.js binds every interface). */
    Path launcher() {
        return home.resolve("launch-dynalite.js");
    }

    static String node() {
        return System.getProperty("containment.node", "node");
    }

    private static String npm() {
        String npm = System.getProperty("containment.npm");
        if (npm != null) {
            return npm;
        }
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("win") ? "npm.cmd" : "npm";
    }

    private void install() throws IOException {
        Files.writeString(home.resolve("package.json"), "{\"name\":\"containment-dynalite-cache\",\"private\":true}\n");
        Path log = home.resolve("npm-install.log");
        List<String> command = new ArrayList<>(List.of(npm(), "install", "--no-audit", "--no-fund", "--no-save",
                "--prefix", home.toString(), PACKAGE));
        Process process;
        try {
            process = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run '" + npm() + "' to install " + PACKAGE + ": node and npm must be on the PATH"
                    + " (or named by -Dcontainment.node / -Dcontainment.npm)", e);
        }
        try {
            if (!process.waitFor(INSTALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("npm install " + PACKAGE + " did not finish within " + INSTALL_TIMEOUT
                        + "; see " + log);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while installing " + PACKAGE, e);
        }
        if (process.exitValue() != 0 || !Files.exists(packageFolder().resolve("index.js"))) {
            throw new IllegalStateException("npm install " + PACKAGE + " failed (exit " + process.exitValue() + "):\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        Files.writeString(home.resolve(MARKER), PACKAGE + "\n");
    }

    private void writeLauncher() throws IOException {
        String script = """
                // Written by io.containment.testing.dynalite: dynalite on 127.0.0.1 only.
                // Usage: node launch-dynalite.js '{"port":0,"path":null,"createTableMs":50}'
                const options = JSON.parse(process.argv[2] || '{}');
                const dynalite = require(require('path').join(__dirname, 'node_modules', 'dynalite'));
                const server = dynalite(options).listen(options.port || 0, '127.0.0.1', () => {
                  console.log('dynalite listening on port ' + server.address().port);
                });
                server.on('error', (e) => { console.error('dynalite failed: ' + e.message); process.exit(3); });
                process.on('SIGTERM', () => process.exit(0));
                process.on('SIGINT', () => process.exit(0));
                """;
        Path launcher = launcher();
        if (!Files.exists(launcher) || !Files.readString(launcher).equals(script)) {
            Path temporary = Files.createTempFile(home, "launch", ".js");
            Files.writeString(temporary, script);
            Files.move(temporary, launcher, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
