package io.containment.runtime.server;

import io.containment.runtime.config.Settings;
import io.containment.runtime.config.TlsSettings;
import io.containment.runtime.tls.TlsFileWatcher;
import io.containment.runtime.tls.TlsMaterial;
import io.helidon.common.tls.Tls;
import io.helidon.common.tls.TlsClientAuth;
import io.helidon.microprofile.server.ServerCdiExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeanManager;
import java.lang.System.Logger.Level;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * With {@code server.tls.mode: file}, checks the PEM files every {@code reload_interval_seconds}
 * and hands replaced material to the running listener: new connections get the new certificate
 * (and client-CA list), open ones keep theirs, nothing restarts.
 */
@ApplicationScoped
public class TlsReloader {
    private static final System.Logger LOG = System.getLogger(TlsReloader.class.getName());

    private ScheduledExecutorService executor;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event, Settings settings, BeanManager beans) {
        if (!(settings.tls() instanceof TlsSettings.FromFiles files)) {
            return;
        }
        ServerCdiExtension server = beans.getExtension(ServerCdiExtension.class);
        TlsFileWatcher watcher = new TlsFileWatcher(files.certPath(), files.keyPath(), files.clientCaPath());
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("tls-reload").factory());
        executor.scheduleWithFixedDelay(() -> reloadIfChanged(watcher, server), files.reloadIntervalSeconds(),
                files.reloadIntervalSeconds(), TimeUnit.SECONDS);
        LOG.log(Level.INFO, "TLS on the signing port from {0}; client certificates {1}; files checked every {2}s",
                files.certPath(), files.clientCaPath().map(ca -> "required, CA " + ca).orElse("not asked for"),
                files.reloadIntervalSeconds());
    }

    void onStop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private static void reloadIfChanged(TlsFileWatcher watcher, ServerCdiExtension server) {
        try {
            watcher.changed().ifPresent(material -> {
                server.reloadTls(helidonTls(material));
                LOG.log(Level.INFO, "TLS certificate reloaded: {0}", material.describe());
                material.validityProblem().ifPresent(problem ->
                        LOG.log(Level.WARNING, "the reloaded TLS certificate is {0}", problem));
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "TLS reload failed, still serving the previous certificate", e);
        }
    }

    static Tls helidonTls(TlsMaterial material) {
        return Tls.create(builder -> {
            builder.privateKey(material.privateKey()).privateKeyCertChain(material.certificateChain());
            if (material.clientCas().isEmpty()) {
                builder.trust(material.certificateChain()).clientAuth(TlsClientAuth.NONE);
            } else {
                builder.trust(material.clientCas()).clientAuth(TlsClientAuth.REQUIRED);
            }
        });
    }
}
