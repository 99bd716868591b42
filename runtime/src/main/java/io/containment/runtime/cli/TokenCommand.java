package io.containment.runtime.cli;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code operator token create|list|revoke} against a running signer. */
@Command(name = "token", mixinStandardHelpOptions = true, description = "Manage auth tokens of a running signer.",
        subcommands = {TokenCommand.Create.class, TokenCommand.List.class, TokenCommand.Revoke.class})
final class TokenCommand {

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Issue a token; the answer holds it this once (field \"token\").")
    static final class Create implements Callable<Integer> {
        @Mixin
        SignerClient client;
        @Option(names = "--name", required = true, description = "what to call it, e.g. lighthouse-1")
        String name;
        @Option(names = "--policy", paramLabel = "NAME", description = "a policy to bind (repeat for several)")
        java.util.List<String> policies = new ArrayList<>();
        @Option(names = "--management", description = "a management token (bound to no policy)")
        boolean management;
        @Option(names = "--expires-in", paramLabel = "DURATION", description = "e.g. 24h, 30d; default: never")
        String expiresIn;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            JsonArrayBuilder bound = Json.createArrayBuilder();
            policies.forEach(bound::add);
            JsonObjectBuilder body = Json.createObjectBuilder().add("name", name)
                    .add("kind", management ? "management" : "client").add("policies", bound);
            if (expiresIn != null) {
                body.add("expires_in_seconds", Durations.parse(expiresIn, "--expires-in").toSeconds());
            }
            return client.send("POST", "/api/v1/auth/tokens", body.build().toString(), spec.commandLine().getOut(),
                    spec.commandLine().getErr());
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List tokens: ids, names, policies, times (never tokens).")
    static final class List implements Callable<Integer> {
        @Mixin
        SignerClient client;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return client.send("GET", "/api/v1/auth/tokens", null, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke token ID.")
    static final class Revoke implements Callable<Integer> {
        @Mixin
        SignerClient client;
        @Parameters(paramLabel = "ID")
        String id;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return client.send("DELETE", "/api/v1/auth/tokens/" + URLEncoder.encode(id, StandardCharsets.UTF_8), null,
                    spec.commandLine().getOut(), spec.commandLine().getErr());
        }
    }
}
