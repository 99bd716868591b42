package io.containment.runtime.auth;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;

/** {@code containment_auth_rejections_total{reason}}: one counter per {@link Rejection}, registered up front. */
public final class AuthMetrics {
    /** Micrometer name; the Prometheus registry renders it {@code containment_auth_rejections_total}. */
    public static final String REJECTIONS = "containment.auth.rejections";
    private final Map<Rejection, Counter> rejections = new EnumMap<>(Rejection.class);

    public AuthMetrics(MeterRegistry registry) {
        for (Rejection rejection : Rejection.values()) {
            rejections.put(rejection, Counter.builder(REJECTIONS).tag("reason", rejection.label())
                    .description("requests refused by authentication (401) or authorisation (403)").register(registry));
        }
    }

    /** Counts one refused request. */
    public void rejected(Rejection rejection) {
        rejections.get(rejection).increment();
    }
}
