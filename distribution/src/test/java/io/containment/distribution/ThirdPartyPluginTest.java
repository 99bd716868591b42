package io.containment.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a third party does: installs the published SPI artifact into a local Maven repository,
 * builds {@code examples/key-source-plugin} on its own (its own pom, its own tests against the SPI's
 * contract suite), drops the zip into a distribution's {@code plugins/} and signs with its key.
 * The repository is a private one in a temporary folder (the developer's own local repository only
 * serves, read-only, as the mirror of Maven Central), so nothing of this build lands in it.
 */
class ThirdPartyPluginTest {
    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    private static final String INSTALL_FILE = "org.apache.maven.plugins:maven-install-plugin:3.1.3:install-file";

    @TempDir
    static Path build;
    @TempDir
    Path work;

    @BeforeAll
    static void installTheSpiArtifactsAsAThirdPartyWouldFindThem() throws Exception {
        String version = System.getProperty("distribution.version");
        Path api = PROJECT.resolve("api/target");
        maven(PROJECT, INSTALL_FILE, "-Dfile=pom.xml", "-DpomFile=pom.xml", "-Dpackaging=pom");
        maven(PROJECT, INSTALL_FILE, "-Dfile=" + api.resolve("containment-api-" + version + ".jar"),
                "-DpomFile=api/pom.xml");
        maven(PROJECT, INSTALL_FILE, "-Dfile=" + api.resolve("containment-api-" + version + "-tests.jar"),
                "-DgroupId=io.containment", "-DartifactId=containment-api", "-Dversion=" + version,
                "-Dpackaging=jar", "-Dclassifier=tests", "-DgeneratePom=false");
    }

    @Test
    void separatelyBuiltPluginLoadsIntoTheDistributionAndSigns() throws Exception {
        Path zip = buildExample("built", "package");
        JsonObject vector = firstVector();
        RunningDistribution dist = RunningDistribution.unzip(work.resolve("unzipped"));
        Files.copy(zip, dist.home().resolve("plugins").resolve(zip.getFileName()));
        Path keys = Files.writeString(work.resolve("keys.txt"), "# demo key\n" + vector.getString("secret_key") + "\n");
        int port = RunningDistribution.freePort();
        Path config = Files.writeString(work.resolve("config.yaml"), """
                server: { listen_address: 127.0.0.1, listen_port: %d }
                data_dir: %s
                network: mainnet
                key_sources:
                  hex-file: { file: %s }
                """.formatted(port, work.resolve("data"), keys));
        try (dist) {
            dist.startServer(config, port, work.resolve("server.log"));
            assertThat(dist.get("/api/v1/eth2/publicKeys").body()).isEqualTo("[\"" + vector.getString("pubkey") + "\"]");
            var signed = dist.post("/api/v1/eth2/sign/" + vector.getString("pubkey"), vector.getJsonObject("request").toString());
            assertThat(signed.statusCode()).isEqualTo(200);
            assertThat(signed.body()).contains(vector.getString("expected_signature"));
        }
    }

    @Test
    void pluginBuiltForAnotherSpiMajorIsRefusedWithExitTwoAndAClearMessage() throws Exception {
        Path zip = buildExample("future", "package", "-DskipTests", "-Dcontainment.spi.major=2");
        RunningDistribution dist = RunningDistribution.unzip(work.resolve("unzipped"));
        Files.copy(zip, dist.home().resolve("plugins").resolve(zip.getFileName()));
        Path log = work.resolve("refused.log");
        Process process = dist.launch(log, "server", "--listen-port", String.valueOf(RunningDistribution.freePort()),
                "--data-dir", work.resolve("data").toString());
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(Files.readString(log)).contains("hex-file-key-source").contains("was built for SPI 2.x");
    }

    /** Copies the example out of the source tree and builds it there, as its own project. */
    private static Path buildExample(String name, String... goals) throws Exception {
        Path copy = build.resolve(name);
        Path source = PROJECT.resolve("examples/key-source-plugin");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(f -> !source.relativize(f).startsWith("target")).toList()) {
                Path target = copy.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        maven(copy, goals);
        return copy.resolve("target/hex-file-key-source-1.0.0.zip");
    }

    private static void maven(Path directory, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("mvn", "-B", "-q", "-ntp", "-s", settings().toString(),
                "-Dmaven.repo.local=" + build.resolve("repository")));
        command.addAll(List.of(arguments));
        Path log = Files.createTempFile(build, "mvn", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("mvn %s finished", arguments[0]).isTrue();
        assertThat(process.exitValue()).as("mvn %s in %s:\n%s", String.join(" ", arguments), directory,
                Files.readString(log)).isZero();
    }

    /**
     * Maven settings that read the developer's local repository through file:// first (read-only:
     * the build writes into its own private repository) and fall back to Maven Central for what a
     * fresh machine's local repository does not hold yet (the example's own test libraries).
     */
    private static Path settings() throws IOException {
        Path settings = build.resolve("settings.xml");
        if (!Files.exists(settings)) {
            Path cache = Path.of(System.getProperty("maven.repo.local",
                    Path.of(System.getProperty("user.home"), ".m2", "repository").toString()));
            String repository = "<repository><id>developer-local-repository</id><url>%s</url></repository>".formatted(cache.toUri());
            Files.writeString(settings, """
                    <settings><profiles><profile><id>developer-local</id>
                    <repositories>%s</repositories>
                    <pluginRepositories>%s</pluginRepositories>
                    </profile></profiles><activeProfiles><activeProfile>developer-local</activeProfile></activeProfiles></settings>
                    """.formatted(repository, repository.replace("repository>", "pluginRepository>")));
        }
        return settings;
    }

    private static JsonObject firstVector() throws IOException {
        try (InputStream in = ThirdPartyPluginTest.class.getResourceAsStream("/e2e/cases.json");
             var reader = Json.createReader(in)) {
            return reader.readObject().getJsonArray("cases").getJsonObject(0);
        }
    }
}
