package io.containment.runtime.cli;

import io.containment.api.plugin.PluginConfigException;
import io.containment.api.slashing.InvalidInterchangeException;
import io.containment.runtime.config.ConfigException;
import io.containment.runtime.plugins.PluginHostException;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns failures into the documented exit codes: 2 for bad usage/config (one line), 1 for anything else. */
final class ExitCodes implements IExecutionExceptionHandler {
    static final int OK = 0;
    static final int FAILURE = 1;
    static final int BAD_CONFIG = 2;

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        Optional<Throwable> configProblem = configProblem(exception);
        if (configProblem.isPresent()) {
            commandLine.getErr().println("containment-chamber: " + configProblem.get().getMessage());
            return BAD_CONFIG;
        }
        commandLine.getErr().println("containment-chamber: failed: " + exception);
        return FAILURE;
    }

    /** The configuration problem behind {@code failure} (possibly wrapped by the CDI container), if any. */
    static Optional<Throwable> configProblem(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConfigException || t instanceof PluginConfigException || t instanceof PluginHostException
                    || t instanceof InvalidInterchangeException) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
