package io.containment.runtime.cli;

import io.containment.api.seal.SignerStateStore;
import io.containment.runtime.config.ConfigException;
import io.containment.runtime.config.Settings;
import io.containment.runtime.plugins.PluginHost;
import io.containment.runtime.plugins.PluginInstances;
import io.containment.runtime.seal.SealBeans;
import io.containment.runtime.seal.SetupTokenReset;
import java.security.SecureRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code operator reset-setup-token}: a new setup token when the one printed at the first start is
 * lost, written straight into the configured {@code signer_state} store from the host (whoever can
 * write that store is trusted this far). Only before init. The token goes to stdout alone, once.
 */
@Command(name = "reset-setup-token", mixinStandardHelpOptions = true,
        description = "Replace a lost setup token (run on the signer host, before init).")
final class ResetSetupTokenCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Settings settings = options.settings();
        if (!settings.signerState().configured()) {
            throw new ConfigException("signer_state", "is not configured: there is no seal state and no setup token");
        }
        try (PluginHost host = PluginHost.start(settings.pluginsDirectory());
             SignerStateStore store = SealBeans.openStore(settings, host, PluginInstances.context(settings))) {
            SetupTokenReset.reset(store, new SecureRandom(), token -> {
                spec.commandLine().getOut().println(token);
                spec.commandLine().getOut().flush();
            });
        }
        spec.commandLine().getErr().println("a new setup token was stored; the previous one no longer works");
        return ExitCodes.OK;
    }
}
