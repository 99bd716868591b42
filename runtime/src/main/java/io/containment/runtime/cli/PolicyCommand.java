package io.containment.runtime.cli;

import io.containment.runtime.config.ConfigException;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code operator policy create|list|delete} against a running signer. */
@Command(name = "policy", mixinStandardHelpOptions = true, description = "Manage auth policies of a running signer.",
        subcommands = {PolicyCommand.Create.class, PolicyCommand.List.class, PolicyCommand.Delete.class})
final class PolicyCommand {

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create the policy in FILE (JSON, see docs/operations.md).")
    static final class Create implements Callable<Integer> {
        @Mixin
        SignerClient client;
        @Option(names = "--file", required = true, paramLabel = "FILE", description = "the policy as JSON")
        Path file;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            String json;
            try {
                json = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ConfigException("--file", "cannot read " + file + ": " + e.getMessage());
            }
            return client.send("POST", "/api/v1/auth/policies", json, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List every policy.")
    static final class List implements Callable<Integer> {
        @Mixin
        SignerClient client;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return client.send("GET", "/api/v1/auth/policies", null, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete policy NAME (its tokens lose what it granted).")
    static final class Delete implements Callable<Integer> {
        @Mixin
        SignerClient client;
        @Parameters(paramLabel = "NAME")
        String name;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return client.send("DELETE", "/api/v1/auth/policies/" + URLEncoder.encode(name, StandardCharsets.UTF_8), null,
                    spec.commandLine().getOut(), spec.commandLine().getErr());
        }
    }
}
