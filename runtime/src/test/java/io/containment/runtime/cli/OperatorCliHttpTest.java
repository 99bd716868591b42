package io.containment.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.containment.api.auth.AuthBackend;
import io.containment.api.auth.TokenKind;
import io.containment.runtime.auth.AuthAdministration;
import io.containment.runtime.auth.IssuedToken;
import io.containment.runtime.auth.TokenRequest;
import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.WebTarget;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code operator policy|token …} against the running in-process signer. */
@HelidonTest
@AddConfig(key = "containment.config_file", value = "src/test/resources/http/auth-test.yaml")
class OperatorCliHttpTest {
    @Inject
    WebTarget target;
    @Inject
    AuthAdministration administration;
    @Inject
    AuthBackend backend;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler(new ExitCodes());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void policiesAndTokensAreManagedThroughTheRunningSigner() throws Exception {
        Path dir = Files.createDirectories(Path.of("target/operator-cli-test"));
        IssuedToken root = administration.createToken(new TokenRequest("root", TokenKind.MANAGEMENT, List.of(),
                Optional.empty(), Optional.empty()), "test");
        Path tokenFile = dir.resolve("token");
        Files.write(tokenFile, root.token());
        Path policy = dir.resolve("policy.json");
        Files.writeString(policy, """
                {"name":"lighthouse-1","rules":[{"effect":"allow","scopes":["sign","public_keys"],"operations":["ATTESTATION","BLOCK_V2"]},
                 {"effect":"deny","scopes":["sign"],"operations":["VOLUNTARY_EXIT"]}]}""");
        String url = target.getUri().toString();
        String[] client = {"--url", url, "--token-file", tokenFile.toString()};

        assertThat(run(concat(new String[] {"operator", "policy", "create", "--file", policy.toString()}, client))).as(err.toString()).isZero();
        assertThat(backend.policy("lighthouse-1")).isPresent();
        assertThat(run(concat(new String[] {"operator", "token", "create", "--name", "lighthouse-1", "--policy", "lighthouse-1",
                "--expires-in", "24h"}, client))).as(err.toString()).isZero();
        assertThat(out.toString()).contains("\"token\":\"ccc-").contains("\"expires_at\"");
        String id = backend.tokens().stream().filter(t -> t.name().equals("lighthouse-1")).findFirst().orElseThrow().id();
        assertThat(run(concat(new String[] {"operator", "token", "list"}, client))).isZero();
        assertThat(run(concat(new String[] {"operator", "token", "revoke", id}, client))).isZero();
        assertThat(backend.tokens().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow().revokedAt()).isPresent();
        assertThat(run(concat(new String[] {"operator", "policy", "delete", "lighthouse-1"}, client))).isZero();
        assertThat(run(concat(new String[] {"operator", "policy", "delete", "lighthouse-1"}, client))).isEqualTo(1);
        assertThat(err.toString()).contains("404");

        Files.writeString(tokenFile, "ccm-" + "z".repeat(43));
        assertThat(run(concat(new String[] {"operator", "policy", "list"}, client))).isEqualTo(1);
        assertThat(run("operator", "policy", "list", "--url", url)).as("no token given").isEqualTo(2);
        assertThat(run("operator", "token", "create", "--name", "x", "--expires-in", "soon", "--url", url,
                "--token-file", tokenFile.toString())).isEqualTo(2);
    }

    private static String[] concat(String[] first, String[] second) {
        String[] all = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
