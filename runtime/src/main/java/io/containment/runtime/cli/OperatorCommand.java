package io.containment.runtime.cli;

import picocli.CommandLine.Command;

/** {@code containment-chamber operator …}: administer a signer (auth policies and tokens). */
@Command(name = "operator", mixinStandardHelpOptions = true,
        description = "Administer a signer: the first management token (local), policies and tokens, seal and unseal (over HTTP).",
        subcommands = {GenerateRootTokenCommand.class, PolicyCommand.class, TokenCommand.class, ChamberCommands.Init.class,
                ChamberCommands.Status.class, ChamberCommands.Seal.class, ChamberCommands.Unseal.class, ChamberCommands.Register.class,
                ResetSetupTokenCommand.class})
final class OperatorCommand {
}
