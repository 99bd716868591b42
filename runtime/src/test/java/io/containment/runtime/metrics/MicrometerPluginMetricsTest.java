package io.containment.runtime.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MicrometerPluginMetricsTest {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final MicrometerPluginMetrics metrics = new MicrometerPluginMetrics(registry);

    @Test
    void pluginMetricsGetTheContainmentPrefixAndTheirTags() {
        metrics.increment("kms_calls", "key", "alias-1");
        metrics.increment("kms_calls", "key", "alias-1");
        metrics.record("kms_call", Duration.ofMillis(250), "key", "alias-1");
        Scrape scrape = Scrape.parse("text/plain", registry.scrape());
        assertThat(scrape.value("containment_kms_calls_total", Map.of("key", "alias-1"))).isEqualTo(2);
        assertThat(scrape.value("containment_kms_call_seconds_count", Map.of("key", "alias-1"))).isEqualTo(1);
        assertThat(scrape.value("containment_kms_call_seconds_sum", Map.of("key", "alias-1"))).isEqualTo(0.25);
    }

    @Test
    void aPrefixedNameIsNotPrefixedTwice() {
        metrics.increment("containment_cache_hits");
        assertThat(Scrape.parse("text/plain", registry.scrape()).has("containment_cache_hits_total")).isTrue();
    }

    @Test
    void rejectsNamesAndTagsPrometheusCannotCarry() {
        assertThatThrownBy(() -> metrics.increment("Bad-Name")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> metrics.increment("ok", "odd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> metrics.increment("ok", "Key", "v")).isInstanceOf(IllegalArgumentException.class);
    }
}
