package io.containment.distribution.probe;

import io.containment.api.keys.KeySource;
import io.containment.api.keys.KeySourceFactory;
import io.containment.api.keys.ValidatorKey;
import io.containment.api.plugin.ConfigProperty;
import io.containment.api.plugin.PluginConfig;
import io.containment.api.plugin.PluginContext;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.List;
import org.pf4j.Extension;

/**
 * Test-only key source {@code process-probe}, zipped into a plugin by {@link ProbePlugin}: when
 * the signer creates it (after hardening, like every key source) it tries to start a program and
 * logs what happened, as code injected into the signer would. It holds no keys.
 */
@Extension
public class ProcessProbeFactory implements KeySourceFactory {
    /** The log line's prefix. */
    public static final String LOG_PREFIX = "process probe: ";

    @Override
    public String name() {
        return "process-probe";
    }

    @Override
    public List<ConfigProperty> configProperties() {
        return List.of();
    }

    @Override
    public KeySource create(PluginConfig config, PluginContext context) {
        System.Logger log = System.getLogger(ProcessProbeFactory.class.getName());
        try {
            Process process = new ProcessBuilder("/bin/sh", "-c", "exit 7").start();
            log.log(Level.INFO, LOG_PREFIX + "child process started, exit " + process.waitFor());
        } catch (IOException e) {
            log.log(Level.INFO, LOG_PREFIX + "child process refused: " + e.getMessage().lines().findFirst().orElse(""));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new KeySource() {
            @Override
            public List<ValidatorKey> keys() {
                return List.of();
            }

            @Override
            public void close() {
            }
        };
    }
}
