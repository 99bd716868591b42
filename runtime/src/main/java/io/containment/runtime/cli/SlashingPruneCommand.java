package io.containment.runtime.cli;

import io.containment.api.slashing.PruneReport;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code containment-chamber slashing prune --epochs-to-keep N}: per validator, folds records older
 * than N epochs (N × slots-per-epoch slots for blocks) below its newest into one summary record and
 * raises the low watermarks, so nothing refused before becomes signable. Safe while signers run.
 */
@Command(name = "prune", mixinStandardHelpOptions = true,
        description = "Remove records older than N epochs below each validator's newest (keeps protection).")
final class SlashingPruneCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;
    @Option(names = "--epochs-to-keep", required = true, paramLabel = "N",
            description = "epochs of history to keep below each validator's newest record")
    long epochsToKeep;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (epochsToKeep < 1) {
            throw new ParameterException(spec.commandLine(), "--epochs-to-keep must be at least 1, got " + epochsToKeep);
        }
        long slotsPerEpoch = options.settings().network().slotsPerEpoch();
        long slotsToKeep = Math.multiplyHigh(epochsToKeep, slotsPerEpoch) == 0 ? epochsToKeep * slotsPerEpoch : Long.MAX_VALUE;
        PruneReport report = SlashingCommand.withStore(options, store -> store.prune(epochsToKeep, slotsToKeep));
        PrintWriter out = spec.commandLine().getOut();
        report.validators().forEach(entry -> out.println(entry.pubkey() + ": " + entry.blocks() + " blocks, "
                + entry.attestations() + " attestations pruned"));
        out.println("pruned " + report.blocks() + " blocks and " + report.attestations() + " attestations of "
                + report.validators().size() + " validators, keeping " + epochsToKeep + " epochs");
        return ExitCodes.OK;
    }
}
