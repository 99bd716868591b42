package io.containment.runtime.metrics;

import io.containment.api.plugin.PluginMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Produces the application's one {@link MeterRegistry}: a Prometheus registry with the JVM and
 * process binders, served by {@link MetricsServer}. Inject {@code MeterRegistry} to publish a
 * {@code containment_*} meter. The bean is application-wide; its CDI scope is the {@code @Singleton}
 * pseudo-scope because {@code MeterRegistry} (no no-argument constructor) cannot be proxied.
 */
@ApplicationScoped
public class MetricsBeans {
    private final JvmGcMetrics gcMetrics = new JvmGcMetrics();

    @Produces
    @Singleton
    MeterRegistry meterRegistry() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        gcMetrics.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
        return registry;
    }

    void closeMeterRegistry(@Disposes MeterRegistry registry) {
        gcMetrics.close();
        registry.close();
    }

    /** What plugins publish through {@code PluginContext.metrics()}. */
    @Produces
    @Singleton
    PluginMetrics pluginMetrics(MeterRegistry registry) {
        return new MicrometerPluginMetrics(registry);
    }
}
