package io.containment.runtime.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The meters of the signing path:
 * {@code containment_signing_requests_total{operation,status}},
 * {@code containment_signing_duration_seconds{operation}} (histogram),
 * {@code containment_slashing_rejections_total{reason}} and
 * {@code containment_canary_signing_total{pubkey}}.
 */
public final class SigningMetrics {
    private final MeterRegistry registry;
    private final Map<String, Counter> requests = new ConcurrentHashMap<>();
    private final Map<String, Timer> durations = new ConcurrentHashMap<>();

    public SigningMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /**
     * One finished signing request.
     *
     * @param type    the request's signing type ({@code BLOCK_V2}, …), or {@code null} when unknown
     * @param status  its outcome ({@code signed}, {@code refused_slashing}, {@code overloaded}, …)
     * @param elapsed from arrival to answer
     */
    public void request(String type, String status, Duration elapsed) {
        String operation = operation(type);
        // once per signature: the meters are looked up in the registry once per label set, not per request
        requests.computeIfAbsent(operation + '\n' + status, key -> Counter.builder("containment.signing.requests")
                .description("Signing requests by signing type and outcome")
                .tag("operation", operation).tag("status", status)
                .register(registry)).increment();
        durations.computeIfAbsent(operation, key -> Timer.builder("containment.signing.duration")
                .description("Time from arrival to answer of signing requests")
                .tag("operation", operation)
                .serviceLevelObjectives(Buckets.latency())
                .register(registry)).record(elapsed);
    }

    /** Slashing protection refused a message; {@code reason} names the rule ({@code DoubleProposal}, …). */
    public void slashingRejection(String reason) {
        Counter.builder("containment.slashing.rejections")
                .description("Messages slashing protection refused to sign, by rule")
                .tag("reason", reason)
                .register(registry).increment();
    }

    /** A signing request named a canary key. */
    public void canary(String publicKey) {
        Counter.builder("containment.canary.signing")
                .description("Signing requests naming a canary key (a sign of intrusion)")
                .tag("pubkey", publicKey)
                .register(registry).increment();
    }

    private static String operation(String type) {
        return type == null ? "unknown" : type.toLowerCase(Locale.ROOT);
    }
}
