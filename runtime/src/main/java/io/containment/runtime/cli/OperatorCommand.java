package io.containment.runtime.cli;

import picocli.CommandLine.Command;

/** {@code containment-chamber operator …}: administer a signer (auth policies and tokens). */
@Command(name = "operator", mixinStandardHelpOptions = true,
        description = "Administer a signer: the first management token (local), policies and tokens (over HTTP).",
        subcommands = {GenerateRootTokenCommand.class, PolicyCommand.class, TokenCommand.class})
final class OperatorCommand {
}
