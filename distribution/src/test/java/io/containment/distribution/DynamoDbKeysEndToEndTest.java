package io.containment.distribution;

import static io.containment.distribution.TestResources.jsonResource;
import static io.containment.distribution.TestResources.keyManagerText;
import static io.containment.distribution.TestResources.keyManagerPubkey;
import static org.assertj.core.api.Assertions.assertThat;

import io.containment.testing.dynalite.Dynalite;
import io.containment.testing.kms.FakeKms;
import io.containment.testing.kms.FakeKmsKey;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keys under the master key through the distribution: {@code key_sources.dynamodb} on dynalite,
 * {@code signer_state} in SQLite with three fake-KMS keys (threshold 2), the Key Manager API
 * importing into the table. Init, import a keystore of the vectors, sign the vector, a second
 * signer on the same table picks a new import up by background refresh, a tampered item is
 * refused while the others sign, seal (503, and a heap dump of the signer process then holds
 * neither the validator secret nor the master key — a dump taken before the seal does), restart
 * unsealed through KMS with no human step.
 */
class DynamoDbKeysEndToEndTest {
    private static final Pattern SETUP_TOKEN = Pattern.compile("setup token \\(shown once[^:]*\\): (cc-setup-[0-9a-f]{64})");
    private static final JsonObject VECTORS = jsonResource("/e2e/cases.json");
    private static final String TABLE = "validator-keys";

    @TempDir
    Path work;

    private static byte[] secretOf(String pubkey) {
        String hex = VECTORS.getJsonArray("keys").getValuesAs(JsonObject.class).stream()
                .filter(k -> k.getString("pubkey").equals(pubkey)).findFirst().orElseThrow().getString("secret_key");
        return HexFormat.of().parseHex(hex.substring(2));
    }

    private static String importBody(String label) {
        return Json.createObjectBuilder()
                .add("keystores", Json.createArrayBuilder().add(keyManagerText(label + ".json")))
                .add("passwords", Json.createArrayBuilder().add(keyManagerText(label + ".txt"))).build().toString();
    }

    private static List<String> statuses(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject().getJsonArray("data")
                .getValuesAs(JsonObject.class).stream().map(entry -> entry.getString("status")).toList();
    }

    private static JsonObject randaoCase(String pubkey) {
        return VECTORS.getJsonArray("cases").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("pubkey").equals(pubkey) && c.getString("name").startsWith("RANDAO_REVEAL/"))
                .findFirst().orElseThrow();
    }

    private static HttpResponse<String> sign(RunningDistribution signer, String pubkey) throws Exception {
        return signer.post("/api/v1/eth2/sign/" + pubkey, randaoCase(pubkey).getJsonObject("request").toString());
    }

    private static void assertSignsTheVector(RunningDistribution signer, String pubkey) throws Exception {
        HttpResponse<String> response = sign(signer, pubkey);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains(randaoCase(pubkey).getString("expected_signature"));
    }

    private static boolean lists(RunningDistribution signer, String pubkey) {
        try {
            return signer.get("/api/v1/eth2/publicKeys").body().contains(pubkey);
        } catch (Exception e) {
            return false;
        }
    }

    /** Waits for something the signer does in the background (a refresh); fails after a minute. */
    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("still waiting for: " + what).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private Path config(String name, int port, Path dataDir, Path stateFile, Dynalite dynalite, FakeKms kms, String extra)
            throws IOException {
        Path config = work.resolve(name);
        Files.writeString(config, """
                server: { listen_address: 127.0.0.1, listen_port: %d }
                data_dir: %s
                network: mainnet
                key_sources:
                  filesystem: { paths: [%s] }
                  dynamodb:
                    table: %s
                    endpoint: %s
                    region: us-east-1
                    create_table: true
                    access_key_id: AKIDKEYS
                    secret_access_key: keys-secret
                    refresh_interval_seconds: 1
                http:
                  key_manager_api: { enabled: true, import_to: dynamodb }
                signer_state:
                  backend: sqlite
                  path: %s
                  mode: kms_only
                  share_wrapper:
                    type: aws_kms
                    region: %s
                    endpoint: %s
                    access_key_id: AKIDSEAL
                    secret_access_key: seal-secret
                    max_attempts: 1
                %s
                """.formatted(port, dataDir, Files.createDirectories(dataDir.resolve("plain-keys")), TABLE, dynalite.endpoint(),
                stateFile, FakeKms.REGION, kms.endpoint(), extra));
        return config;
    }

    @Test
    void importSignShareRefreshRefuseTamperedSealRestartAndLeaveNoSecretInTheHeap() throws Exception {
        RunningDistribution first = RunningDistribution.unzip(work.resolve("unzipped"));
        RunningDistribution second = first.another();
        first.javaOpts("-XX:-DisableAttachMechanism");   // the launcher turns attaching off; the heap dumps below need it
        assertThat(first.home().resolve("plugins")).isDirectoryContaining("glob:**keys-dynamodb*.zip");
        String interop1 = keyManagerPubkey("interop-1");
        String interop2 = keyManagerPubkey("interop-2");
        try (FakeKms kms = FakeKms.start(); Dynalite dynalite = Dynalite.start(); first; second) {
            FakeKmsKey a = kms.createKey("share a");
            FakeKmsKey b = kms.createKey("share b");
            FakeKmsKey c = kms.createKey("share c");
            Path stateFile = work.resolve("shared-state/signer-state.sqlite");
            Files.createDirectories(stateFile.getParent());
            int firstPort = RunningDistribution.freePort();
            Path firstConfig = config("first.yaml", firstPort, work.resolve("data-first"), stateFile, dynalite, kms, "");
            Path firstLog = work.resolve("first.log");

            first.startServer(firstConfig, firstPort, firstLog);
            Matcher token = SETUP_TOKEN.matcher(Files.readString(firstLog));
            assertThat(token.find()).as(Files.readString(firstLog)).isTrue();
            HttpResponse<String> init = first.post("/api/v1/chamber/init", "{\"setup_token\":\"" + token.group(1)
                    + "\",\"kms_key_ids\":[\"%s\",\"%s\",\"%s\"],\"threshold\":2}".formatted(a.keyId(), b.keyId(), c.arn()));
            assertThat(init.statusCode()).as(init.body()).isEqualTo(200);
            assertThat(init.body()).contains("\"state\":\"unsealed\"");

            HttpResponse<String> imported = first.post("/eth/v1/keystores", importBody("interop-1"));
            assertThat(statuses(imported)).as(imported.body()).containsExactly("imported");
            assertThat(statuses(first.post("/eth/v1/keystores", importBody("interop-1")))).containsExactly("duplicate");
            assertThat(work.resolve("data-first/keystores")).as("import_to: dynamodb, not the filesystem source").doesNotExist();
            assertSignsTheVector(first, interop1);
            KeyTableItems items = new KeyTableItems(dynalite, TABLE);
            assertThat(items.item(interop1).getJsonObject("status").getString("S")).isEqualTo("active");
            assertThat(java.util.Base64.getDecoder().decode(items.item(interop1).getJsonObject("ciphertext").getString("B")))
                    .hasSize(48);

            int secondPort = RunningDistribution.freePort();
            Path secondConfig = config("second.yaml", secondPort, work.resolve("data-second"), stateFile, dynalite, kms, "");
            Path secondLog = work.resolve("second.log");
            second.startServer(secondConfig, secondPort, secondLog);
            assertThat(second.get("/api/v1/chamber/status").body()).contains("\"state\":\"unsealed\"");
            assertSignsTheVector(second, interop1);

            assertThat(statuses(first.post("/eth/v1/keystores", importBody("interop-2")))).containsExactly("imported");
            await(() -> lists(second, interop2), "the second signer's background refresh picks up interop-2");
            assertSignsTheVector(second, interop2);

            items.flipCiphertextBit(interop2);
            await(() -> !lists(second, interop2), "the second signer drops the tampered item");
            assertThat(sign(second, interop2).statusCode()).isEqualTo(404);
            assertSignsTheVector(second, interop1);
            await(() -> readQuietly(secondLog).contains("item " + interop2 + ": the ciphertext fails authentication"),
                    "the problem in the second signer's log");
            assertThat(readQuietly(secondLog)).doesNotContain(HexFormat.of().formatHex(secretOf(interop2)));

            // the launcher's default: jcmd cannot attach (non-dumpable alone would not stop it, see
            // docs/operations.md, Hardening); the first signer was started with attaching turned back on
            HeapDumps.Attach refused = HeapDumps.tryAttach(second.pid());
            assertThat(refused.exitCode()).as("jcmd against a signer started by default: " + refused.output()).isNotZero();
            assertThat(refused.output()).doesNotContain("JDK " + Runtime.version().feature());
            assertThat(Files.readString(firstLog)).contains("hardening: non-dumpable applied");
            byte[] check = SealRecordFile.check(stateFile);
            byte[] unsealedDump = HeapDumps.dump(first.pid(), work.resolve("unsealed.hprof"));
            List<byte[]> masterKeys = HeapDumps.masterKeysIn(unsealedDump, check);
            assertThat(masterKeys).as("control: the master key is in the unsealed signer's heap").isNotEmpty();
            assertThat(HeapDumps.secretFormsIn(unsealedDump, secretOf(interop1)))
                    .as("control: the validator secret is in the unsealed signer's heap, where blst keeps it")
                    .contains("blst limbs (long[4])");
            Files.delete(work.resolve("unsealed.hprof"));

            HttpResponse<String> seal = first.post("/api/v1/chamber/seal", "");
            assertThat(seal.statusCode()).as(seal.body()).isEqualTo(200);
            HttpResponse<String> sealedSign = sign(first, interop1);
            assertThat(sealedSign.statusCode()).as(sealedSign.body()).isEqualTo(503);
            assertThat(first.post("/eth/v1/keystores", importBody("interop-3")).statusCode()).isEqualTo(503);
            byte[] sealedDump = HeapDumps.dump(first.pid(), work.resolve("sealed.hprof"));
            assertThat(HeapDumps.secretFormsIn(sealedDump, secretOf(interop1))).as("validator secret after seal").isEmpty();
            assertThat(HeapDumps.contains(sealedDump, masterKeys.getFirst())).as("master key after seal").isFalse();
            assertThat(HeapDumps.masterKeysIn(sealedDump, check)).isEmpty();
            Files.delete(work.resolve("sealed.hprof"));

            first.close();
            first.startServer(firstConfig, firstPort, work.resolve("restart.log"));
            assertThat(first.get("/api/v1/chamber/status").body()).contains("\"state\":\"unsealed\"");
            assertSignsTheVector(first, interop1);
            assertThat(sign(first, interop2).statusCode()).as("the tampered item stays refused").isEqualTo(404);
            assertThat(readQuietly(work.resolve("restart.log"))).contains("item " + interop2 + ": the ciphertext fails authentication");
        }
    }

    @Test
    void importToASourceThatCannotStoreKeysExits2NamingTheKey() throws Exception {
        RunningDistribution dist = RunningDistribution.unzip(work.resolve("unzipped"));
        try (FakeKms kms = FakeKms.start()) {
            Path config = work.resolve("import-to.yaml");
            Files.writeString(config, """
                    server: { listen_address: 127.0.0.1, listen_port: %d }
                    data_dir: %s
                    key_sources:
                      aws_kms: { paths: [%s], region: %s, endpoint: %s, access_key_id: AKIDE2E, secret_access_key: e2e-secret }
                    http:
                      key_manager_api: { enabled: true, import_to: aws_kms }
                    """.formatted(RunningDistribution.freePort(), work.resolve("data"),
                    Files.createDirectories(work.resolve("kms-keys")), FakeKms.REGION, kms.endpoint()));
            Path log = work.resolve("import-to.log");
            Process signer = dist.launch(log, "server", "-c", config.toString());
            assertThat(signer.waitFor(120, TimeUnit.SECONDS)).as(readQuietly(log)).isTrue();
            assertThat(signer.exitValue()).as(readQuietly(log)).isEqualTo(2);
            assertThat(readQuietly(log)).contains("http.key_manager_api.import_to: key source 'aws_kms' cannot store keys");
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }
}
