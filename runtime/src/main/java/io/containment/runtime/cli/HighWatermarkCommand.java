package io.containment.runtime.cli;

import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Slot;
import io.containment.api.slashing.HighWatermark;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code containment-chamber slashing high-watermark}: shows the store's high watermark, sets it
 * ({@code --slot S --epoch E}: nothing at or above is signed, by any signer on the store) or removes
 * it ({@code --remove}).
 */
@Command(name = "high-watermark", mixinStandardHelpOptions = true,
        description = "Show, set (--slot and --epoch) or remove (--remove) the high watermark.")
final class HighWatermarkCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;
    @ArgGroup(exclusive = true)
    Change change;
    @Spec
    CommandSpec spec;

    static final class Change {
        @ArgGroup(exclusive = false)
        Ceiling set;
        @Option(names = "--remove", required = true, description = "remove the high watermark")
        boolean remove;
    }

    static final class Ceiling {
        @Option(names = "--slot", required = true, paramLabel = "SLOT", description = "blocks at or above are refused")
        String slot;
        @Option(names = "--epoch", required = true, paramLabel = "EPOCH",
                description = "attestations with source or target at or above are refused")
        String epoch;
    }

    @Override
    public Integer call() {
        Optional<Optional<HighWatermark>> wanted = change == null ? Optional.empty()
                : Optional.of(change.remove ? Optional.empty() : Optional.of(ceiling()));
        Optional<HighWatermark> now = SlashingCommand.withStore(options, store -> {
            wanted.ifPresent(store::setHighWatermark);
            return store.highWatermark();
        });
        PrintWriter out = spec.commandLine().getOut();
        out.println(now.map(HighWatermark::toString).orElse("no high watermark is set"));
        return ExitCodes.OK;
    }

    private HighWatermark ceiling() {
        try {
            return new HighWatermark(Slot.parse(change.set.slot), Epoch.parse(change.set.epoch));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
