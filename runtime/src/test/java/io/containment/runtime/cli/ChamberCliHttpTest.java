package io.containment.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The chamber routes and {@code operator init|status|seal|unseal} against the in-process signer
 * (open mode), with the test plugins {@code memory} (state) and {@code xor} (share wrapper).
 */
@HelidonTest
@AddConfig(key = "containment.config_file", value = "src/test/resources/http/chamber-test.yaml")
class ChamberCliHttpTest {
    /** Standard output while the container starts: where the setup token is printed. */
    private static final ByteArrayOutputStream STDOUT = new ByteArrayOutputStream();

    static {
        PrintStream original = System.out;
        System.setOut(new PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) {
                STDOUT.write(b);
                original.write(b);
            }
        }, true, StandardCharsets.UTF_8));
    }

    @Inject
    WebTarget target;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler(new ExitCodes());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private static final jakarta.json.JsonObject RANDAO = randao();

    private static jakarta.json.JsonObject randao() {
        try (var in = ChamberCliHttpTest.class.getResourceAsStream("/vectors/signing/cases.json");
             var reader = jakarta.json.Json.createReader(in)) {
            return reader.readObject().getJsonArray("cases").getValuesAs(jakarta.json.JsonObject.class).stream()
                    .filter(c -> c.getString("name").equals("RANDAO_REVEAL/phase0/random#1")).findFirst().orElseThrow();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Response sign() {
        return post("/api/v1/eth2/sign/" + RANDAO.getString("pubkey"), RANDAO.getJsonObject("request").toString());
    }

    private Response post(String path, String body) {
        return target.path(path).request().post(Entity.entity(body, MediaType.APPLICATION_JSON));
    }

    @Test
    void theCeremonyThroughHttpAndTheOperatorCli() throws Exception {
        String url = target.getUri().toString();
        assertThat(target.path("/api/v1/chamber/status").request().get(String.class)).contains("\"state\":\"uninitialized\"");
        Response health = target.path("/healthcheck").request().get();
        assertThat(health.getStatus()).isEqualTo(503);
        assertThat(health.readEntity(String.class)).contains("{\"id\":\"seal-check\",\"status\":\"DOWN\",\"detail\":\"uninitialized\"}");
        assertThat(post("/api/v1/chamber/seal", "").getStatus()).as("nothing to seal yet").isEqualTo(409);
        Response sealedSign = sign();
        assertThat(sealedSign.getStatus()).as("a key under the master key while uninitialised").isEqualTo(503);
        assertThat(sealedSign.readEntity(String.class)).contains("sealed");

        Matcher printed = Pattern.compile("(cc-setup-[0-9a-f]{64})").matcher(STDOUT.toString(StandardCharsets.UTF_8));
        assertThat(printed.find()).as("the setup token is printed on standard output").isTrue();
        String token = printed.group(1);

        Response wrong = post("/api/v1/chamber/init", "{\"setup_token\":\"cc-setup-no\",\"kms_key_ids\":[\"a\",\"b\",\"c\"],\"threshold\":2}");
        assertThat(wrong.getStatus()).isEqualTo(401);
        assertThat(wrong.readEntity(String.class)).contains("\"code\":401").doesNotContain(token);
        assertThat(post("/api/v1/chamber/init", "{\"setup_token\":\"" + token + "\",\"kms_key_ids\":\"a\",\"threshold\":2}")
                .getStatus()).isEqualTo(400);
        assertThat(post("/api/v1/chamber/init", "not json").getStatus()).isEqualTo(400);
        Response kmsDown = post("/api/v1/chamber/init", "{\"setup_token\":\"" + token
                + "\",\"kms_key_ids\":[\"a\",\"unavailable-b\",\"c\"],\"threshold\":2}");
        assertThat(kmsDown.getStatus()).isEqualTo(503);
        assertThat(kmsDown.readEntity(String.class)).contains("unavailable-b").contains("nothing was stored");

        Path tokenFile = Files.createDirectories(Path.of("target/chamber-http-test")).resolve("setup-token");
        Files.writeString(tokenFile, token + "\n");
        assertThat(run("operator", "init", "--url", url, "--setup-token-file", tokenFile.toString(), "--kms-key-id", "a",
                "--kms-key-id", "b", "--kms-key-id", "c", "--threshold", "2")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("\"state\":\"unsealed\"").contains("\"threshold\":2").contains("\"shares\":3");
        assertThat(target.path("/healthcheck").request().get().readEntity(String.class))
                .contains("{\"id\":\"seal-check\",\"status\":\"UP\",\"detail\":\"unsealed\"}");

        Response signed = sign();
        assertThat(signed.getStatus()).isEqualTo(200);
        assertThat(signed.readEntity(String.class)).contains(RANDAO.getString("expected_signature"));

        assertThat(run("operator", "seal", "--url", url)).as(err.toString()).isZero();
        assertThat(sign().getStatus()).as("sealed again").isEqualTo(503);
        assertThat(run("operator", "status", "--url", url)).isZero();
        assertThat(out.toString()).contains("\"state\":\"sealed\"");
        assertThat(run("operator", "unseal", "--url", url)).as(err.toString()).isZero();
        assertThat(target.path("/api/v1/chamber/status").request().get(String.class)).contains("\"state\":\"unsealed\"");
        assertThat(sign().getStatus()).as("the same signing again after unseal").isEqualTo(200);
        assertThat(run("operator", "init", "--url", url, "--setup-token-file", tokenFile.toString(), "--kms-key-id", "a",
                "--kms-key-id", "b", "--threshold", "2")).as("init works once").isEqualTo(1);
        assertThat(err.toString()).contains("409");

        assertThat(run("operator", "status", "--url", "http://192.0.2.10:9000")).as("plain http to another host").isEqualTo(2);
        assertThat(err.toString()).contains("--allow-plaintext");
    }
}
