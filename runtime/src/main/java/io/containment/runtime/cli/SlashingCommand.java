package io.containment.runtime.cli;

import io.containment.api.plugin.PluginContext;
import io.containment.api.slashing.ImportReport;
import io.containment.api.slashing.Interchange;
import io.containment.api.slashing.InvalidInterchangeException;
import io.containment.api.slashing.SlashingStore;
import io.containment.runtime.config.Settings;
import io.containment.runtime.plugins.PluginHost;
import io.containment.runtime.plugins.PluginInstances;
import io.containment.runtime.slashing.InterchangeJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code containment-chamber slashing export|import|prune|high-watermark}: EIP-3076 v5 interchange
 * and maintenance of the configured store.
 */
@Command(name = "slashing", mixinStandardHelpOptions = true, description = "Slashing protection data (EIP-3076).",
        subcommands = {SlashingCommand.Export.class, SlashingCommand.Import.class, SlashingPruneCommand.class,
                HighWatermarkCommand.class})
final class SlashingCommand {

    /** Runs {@code work} against the configured store, closing everything afterwards. */
    static <T> T withStore(ConfigOptions options, Function<SlashingStore, T> work) {
        Settings settings = options.settings();
        try (PluginHost host = PluginHost.start(settings.pluginsDirectory())) {
            PluginContext context = PluginInstances.context(settings);
            try (SlashingStore store = PluginInstances.slashingStore(host, settings, context)) {
                return work.apply(store);
            }
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write the whole slashing history to FILE.")
    static final class Export implements Callable<Integer> {
        @Mixin
        ConfigOptions options;
        @Option(names = "--to", required = true, paramLabel = "FILE", description = "interchange file to write")
        Path to;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            String json = withStore(options, store -> InterchangeJson.write(store.exportInterchange()));
            Files.writeString(to, json, StandardCharsets.UTF_8);
            spec.commandLine().getOut().println("exported slashing protection data to " + to);
            return ExitCodes.OK;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import FILE, or a Web3Signer PostgreSQL slashing database (all or nothing).")
    static final class Import implements Callable<Integer> {
        @Mixin
        ConfigOptions options;
        @Option(names = "--from", paramLabel = "FILE", description = "interchange file to read")
        Path from;
        @Option(names = "--from-web3signer-db", paramLabel = "JDBC_URL",
                description = "Web3Signer slashing database to read (schema version 12), e.g. "
                        + "jdbc:postgresql://db:5432/web3signer?user=web3signer; password from ~/.pgpass or the URL")
        String fromWeb3SignerDatabase;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if ((from == null) == (fromWeb3SignerDatabase == null)) {
                throw new ParameterException(spec.commandLine(), "give exactly one of --from FILE and --from-web3signer-db JDBC_URL");
            }
            if (fromWeb3SignerDatabase != null) {
                return new Web3SignerImport(options.settings(), spec.commandLine().getOut()).run(fromWeb3SignerDatabase);
            }
            if (!Files.isReadable(from)) {
                throw new InvalidInterchangeException(from + ": cannot read the file");
            }
            Interchange interchange = InterchangeJson.parse(Files.readAllBytes(from));
            ImportReport report = withStore(options, store -> store.importInterchange(interchange));
            PrintWriter out = spec.commandLine().getOut();
            report.validators().forEach(entry -> out.println(entry.pubkey() + ": " + entry.blocks() + " blocks, "
                    + entry.attestations() + " attestations imported"));
            out.println("imported " + report.validators().size() + " validators from " + from);
            return ExitCodes.OK;
        }
    }
}
