package io.containment.api.plugin;

import java.io.PrintWriter;
import java.util.List;

/**
 * A command a plugin adds to the {@code containment-chamber} CLI: {@code containment-chamber
 * keys <name> [args…]} runs the tool of that name from the configured plugins directory. Tools
 * prepare data for their plugin (e.g. wrap keystores for a KMS-backed key source); they are
 * found like factories (annotate the class {@code @org.pf4j.Extension}, public no-argument
 * constructor) and never run inside the signer.
 *
 * @since SPI 1.2
 */
public interface PluginTool {
    /** The command name, lower-case with dashes ({@code wrap-kms}); unique across plugins. */
    String name();

    /** One line for {@code containment-chamber keys --help}. */
    String description();

    /**
     * Runs the tool.
     *
     * @param args    the arguments after the tool's name, to parse as the tool likes
     * @param context runtime services (BLS, {@link PluginContext#keystores() keystore decryption}, clock)
     * @param out     for results
     * @param err     for problems and usage
     * @return the exit code: 0 done, 1 failed, 2 bad usage (print a one-line reason to {@code err})
     */
    int run(List<String> args, PluginContext context, PrintWriter out, PrintWriter err);
}
