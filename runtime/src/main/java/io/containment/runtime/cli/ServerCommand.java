package io.containment.runtime.cli;

import io.containment.runtime.config.Settings;
import io.containment.runtime.server.SignerServer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code containment-chamber server}: runs the signer until SIGTERM/SIGINT. The calling thread
 * parks for good once the server is up; Helidon's shutdown hook drains and stops it.
 */
@Command(name = "server", mixinStandardHelpOptions = true, description = "Run the signer.")
final class ServerCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Override
    public Integer call() throws InterruptedException {
        Settings settings = options.settings();
        SignerServer.start(settings, options.file(), options.overrides(), ConfigOptions.home());
        Thread.currentThread().join();
        return ExitCodes.OK;
    }
}
