package io.containment.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.containment.testing.dynalite.Dynalite;
import io.containment.testing.kms.FakeKms;
import io.containment.testing.kms.FakeKmsKey;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two signers from the unzipped distribution with {@code signer_state.backend: dynamodb} on one
 * dynalite table and the fake KMS as share wrapper (state-dynamodb and keys-aws-kms plugin zips,
 * each with the AWS SDK in its own lib/), started at once: one of them creates the shared record
 * and prints the setup token; init through the other with that token; the first picks the record
 * up and unseals through KMS; a restarted signer unseals from the shared record with no human step.
 */
class SharedSealStateDistributionTest {
    private static final Pattern SETUP_TOKEN = Pattern.compile("setup token \\(shown once[^:]*\\): (cc-setup-[0-9a-f]{64})");
    private static final String TABLE = "signer-state-shared";

    @TempDir
    Path work;

    @Test
    void initThroughOneSignerAndTheOtherUnsealsFromTheSharedRecord() throws Exception {
        RunningDistribution a = RunningDistribution.unzip(work.resolve("unzipped"));
        RunningDistribution b = a.another();
        assertPluginCarriesItsLibrariesAndLibDoesNot(a.home());
        try (Dynalite dynalite = Dynalite.start(); FakeKms kms = FakeKms.start(); a; b) {
            List<FakeKmsKey> keys = List.of(kms.createKey("share a"), kms.createKey("share b"), kms.createKey("share c"));
            int aPort = RunningDistribution.freePort();
            int bPort = RunningDistribution.freePort();
            Path aConfig = config("a", aPort, dynalite, kms);
            Path bConfig = config("b", bPort, dynalite, kms);
            // both at once, as a fleet starts: both create the table and the first record, one of each wins
            var bStart = java.util.concurrent.CompletableFuture.runAsync(() -> {
                try {
                    b.startServer(bConfig, bPort, work.resolve("b.log"));
                } catch (IOException | InterruptedException e) {
                    throw new java.util.concurrent.CompletionException(e);
                }
            });
            a.startServer(aConfig, aPort, work.resolve("a.log"));
            bStart.join();
            Optional<String> aToken = setupToken("a.log");
            Optional<String> bToken = setupToken("b.log");
            assertThat(aToken.isPresent() != bToken.isPresent()).as("exactly one signer created the record and printed a token")
                    .isTrue();
            RunningDistribution holder = aToken.isPresent() ? a : b;
            RunningDistribution other = aToken.isPresent() ? b : a;
            Path holderConfig = aToken.isPresent() ? aConfig : bConfig;
            int holderPort = aToken.isPresent() ? aPort : bPort;
            String token = aToken.or(() -> bToken).orElseThrow();
            assertThat(state(holder)).isEqualTo("uninitialized");
            assertThat(state(other)).isEqualTo("uninitialized");
            String ids = "[\"%s\",\"%s\",\"%s\"]".formatted(keys.get(0).keyId(), keys.get(1).keyId(), keys.get(2).keyId());
            String initBody = "{\"setup_token\":\"" + token + "\",\"kms_key_ids\":" + ids + ",\"threshold\":2}";

            HttpResponse<String> init = other.post("/api/v1/chamber/init", initBody);
            assertThat(init.statusCode()).as("the token printed by one signer initialises through the other: " + init.body())
                    .isEqualTo(200);
            assertThat(init.body()).contains("\"state\":\"unsealed\"").contains("\"shares\":3");
            assertThat(DynaliteTables.scan(dynalite, TABLE)).contains("\"Count\":1").contains("\"seal_record\"")
                    .contains("\"revision\":{\"N\":\"2\"}");

            awaitState(holder, "unsealed");
            assertThat(kms.calls("Decrypt")).as("the holder unwrapped the threshold of shares").isEqualTo(2);
            HttpResponse<String> again = holder.post("/api/v1/chamber/init", initBody);
            assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
            assertThat(DynaliteTables.scan(dynalite, TABLE)).as("the refused init wrote nothing").contains("\"revision\":{\"N\":\"2\"}");

            holder.close();
            Path restartLog = work.resolve("restart.log");
            holder.startServer(holderConfig, holderPort, restartLog);
            assertThat(state(holder)).isEqualTo("unsealed");
            assertThat(kms.calls("Decrypt")).as("unsealed through KMS at start").isEqualTo(4);
            HttpResponse<String> health = holder.get("/healthcheck");
            assertThat(health.body()).as("health %s", health.statusCode())
                    .contains("{\"id\":\"seal-check\",\"status\":\"UP\"");
            assertThat(Files.readString(restartLog)).doesNotContain("setup token").contains("\"event\":\"chamber_transition\"");
            assertThat(state(other)).isEqualTo("unsealed");
        }
    }

    private static String state(RunningDistribution signer) throws IOException, InterruptedException {
        String body = signer.get("/api/v1/chamber/status").body();
        Matcher state = Pattern.compile("\"state\":\"([a-z_]+)\"").matcher(body);
        assertThat(state.find()).as(body).isTrue();
        return state.group(1);
    }

    /** Waits for the signer's next refresh of the shared record (signer_state.refresh_interval_seconds: 1). */
    private static void awaitState(RunningDistribution signer, String expected) throws Exception {
        String last = null;
        for (int attempt = 0; attempt < 300; attempt++) {
            last = state(signer);
            if (last.equals(expected)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("still " + last + ", never " + expected);
    }

    /** The plugin zip brings the SDK and dynamodb-support in its own lib/; the signer's lib/ has neither. */
    private static void assertPluginCarriesItsLibrariesAndLibDoesNot(Path home) throws IOException {
        Path zip;
        try (var plugins = Files.list(home.resolve("plugins"))) {
            zip = plugins.filter(p -> p.getFileName().toString().startsWith("containment-plugin-state-dynamodb-")).findFirst()
                    .orElseThrow(() -> new AssertionError("no state-dynamodb zip in plugins/"));
        }
        try (ZipFile plugin = new ZipFile(zip.toFile())) {
            assertThat(plugin.stream().map(java.util.zip.ZipEntry::getName))
                    .anyMatch(name -> name.matches("lib/containment-dynamodb-support-.*\\.jar"))
                    .anyMatch(name -> name.matches("lib/dynamodb-2\\..*\\.jar"))
                    .anyMatch(name -> name.startsWith("classes/io/containment/plugins/state/dynamodb/"));
        }
        try (var lib = Files.list(home.resolve("lib"))) {
            assertThat(lib.map(p -> p.getFileName().toString())).as("the AWS SDK and dynamodb-support belong in plugin zips only")
                    .noneMatch(name -> name.startsWith("containment-dynamodb-support"))
                    .noneMatch(name -> name.matches("(dynamodb|kms|sdk-core|aws-core|aws-json-protocol|url-connection-client|auth"
                            + "|regions)-2\\..*"));
        }
    }

    private Optional<String> setupToken(String log) throws IOException {
        Matcher token = SETUP_TOKEN.matcher(Files.readString(work.resolve(log)));
        return token.find() ? Optional.of(token.group(1)) : Optional.empty();
    }

    private Path config(String name, int port, Dynalite dynalite, FakeKms kms) throws IOException {
        Path config = work.resolve(name + ".yaml");
        Files.writeString(config, """
                server: { listen_address: 127.0.0.1, listen_port: %d }
                data_dir: %s
                key_sources: { filesystem: { paths: [%s] } }
                signer_state:
                  backend: dynamodb
                  table: %s
                  endpoint: "%s"
                  region: us-east-1
                  create_table: true
                  access_key_id: test
                  secret_access_key: test
                  mode: kms_only
                  refresh_interval_seconds: 1
                  share_wrapper:
                    type: aws_kms
                    region: %s
                    endpoint: %s
                    access_key_id: AKIDSEAL
                    secret_access_key: seal-secret
                    max_attempts: 1
                """.formatted(port, work.resolve("data-" + name), Files.createDirectories(work.resolve("keys")), TABLE,
                dynalite.endpoint(), FakeKms.REGION, kms.endpoint()));
        return config;
    }
}
