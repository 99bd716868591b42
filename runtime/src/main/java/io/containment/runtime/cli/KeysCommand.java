package io.containment.runtime.cli;

import io.containment.api.plugin.PluginContext;
import io.containment.api.plugin.PluginMetrics;
import io.containment.api.plugin.PluginTool;
import io.containment.runtime.bls.BlstSecretKeys;
import io.containment.runtime.config.Settings;
import io.containment.runtime.plugins.PluginHost;
import io.containment.runtime.plugins.RuntimePluginContext;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code containment-chamber keys [-c FILE] <tool> [args…]}: runs a {@link PluginTool} of the
 * configured plugins directory (e.g. {@code wrap-kms} of keys-aws-kms); without a tool, lists
 * them. Everything after the tool's name belongs to the tool.
 */
@Command(name = KeysCommand.NAME, mixinStandardHelpOptions = true,
        description = "Key tools contributed by plugins: keys [-c FILE] TOOL [ARGS…]; without TOOL, lists the tools.")
final class KeysCommand implements Callable<Integer> {
    static final String NAME = "keys";
    @Mixin
    ConfigOptions options;
    @Parameters(index = "0", arity = "0..1", paramLabel = "TOOL", description = "the tool to run")
    String tool;
    @Parameters(index = "1..*", paramLabel = "ARGS", description = "the tool's arguments (see keys TOOL --help)")
    List<String> toolArguments = new ArrayList<>();
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Settings settings = options.settings();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (PluginHost host = PluginHost.start(settings.pluginsDirectory())) {
            Map<String, PluginTool> tools = host.tools();
            if (tool == null) {
                out.println(tools.isEmpty() ? "no key tools installed in " + settings.pluginsDirectory() : "key tools:");
                tools.values().forEach(t -> out.println("  " + t.name() + "  " + t.description()));
                return ExitCodes.OK;
            }
            PluginTool selected = tools.get(tool);
            if (selected == null) {
                err.println("containment-chamber: keys: no tool named '" + tool + "' (available: "
                        + (tools.isEmpty() ? "none installed" : String.join(", ", tools.keySet()))
                        + "); is its plugin zip in " + settings.pluginsDirectory() + "?");
                return ExitCodes.BAD_CONFIG;
            }
            int code = selected.run(List.copyOf(toolArguments), context(settings), out, err);
            out.flush();
            err.flush();
            return code;
        }
    }

    /** Like the server's context, but the data directory is not created: tools do not own signer state. */
    private static PluginContext context(Settings settings) {
        return new RuntimePluginContext(Clock.systemUTC(), settings.dataDir(), settings.network().genesisValidatorsRoot(),
                new BlstSecretKeys(), PluginMetrics.none());
    }
}
