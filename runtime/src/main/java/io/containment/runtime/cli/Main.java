package io.containment.runtime.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code containment-chamber}. */
@Command(name = "containment-chamber", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Ethereum validator remote signer (Web3Signer API) with slashing protection.",
        subcommands = {ServerCommand.class, SlashingCommand.class, KeysCommand.class, OperatorCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code (tests call this). */
    public static int execute(String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler(new ExitCodes());
        commandLine.getSubcommands().get(KeysCommand.NAME).setStopAtPositional(true); // the tool parses its own arguments
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }
}
