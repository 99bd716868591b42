package io.containment.runtime.audit;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes audit events as JSON lines to logger {@code audit}. Never given a secret.
 *
 * <p>On the signing path (one line per request), so costs measured by the benchmarks are kept
 * off it: {@code Json.createObjectBuilder()} looks the provider up through the service loader on
 * every call (the provider is looked up once here), a log call without a source makes
 * java.util.logging walk the stack to find the caller (the source is given), and the signing
 * line is written as text ({@link JsonText}) instead of through a JSON object.
 */
public final class AuditLog {
    /** The logger name operators route to their audit sink. */
    public static final String LOGGER = "audit";
    private static final Logger LOG = Logger.getLogger(LOGGER);
    private static final JsonProvider JSON = JsonProvider.provider();
    private final Clock clock;

    public AuditLog(Clock clock) {
        this.clock = clock;
    }

    /** One signing attempt: key, type and outcome ({@code signed}, {@code refused_slashing}, …). */
    public void signing(String publicKey, String type, String outcome, String detail) {
        Level level = outcome.equals("signed") ? Level.INFO : Level.WARNING;
        if (!LOG.isLoggable(level)) {
            return;
        }
        // once per signature: written directly rather than through a JSON object (same text)
        JsonText event = new JsonText().add("target", LOGGER).add("time", clock.instant().toString()).add("event", "signing")
                .add("pubkey", publicKey).add("type", type).add("outcome", outcome);
        if (detail != null) {
            event.add("detail", detail);
        }
        LOG.logp(level, AuditLog.class.getName(), "write", event.toString());
    }

    /**
     * A signing request named a canary key: a key that should never be used, so someone who should
     * not is asking. Logged at WARNING whatever the outcome.
     */
    public void canary(String publicKey, String type, String outcome) {
        write(Level.WARNING, event("canary_key_used").add("pubkey", publicKey).add("type", type).add("outcome", outcome));
    }

    /** A request refused by authentication or authorisation: who (token id, never the token), what, why. */
    public void accessDenied(String caller, String route, String reason, String detail) {
        write(Level.WARNING, event("access_denied").add("caller", caller).add("route", route).add("reason", reason)
                .add("detail", detail));
    }

    /** A policy or token change by a management caller ({@code policy_created}, {@code token_revoked}, …). */
    public void authChange(String name, String by, JsonObjectBuilder details) {
        write(Level.INFO, event(name).add("by", by).add("details", details));
    }

    private JsonObjectBuilder event(String name) {
        return JSON.createObjectBuilder().add("target", LOGGER).add("time", clock.instant().toString()).add("event", name);
    }

    private static void write(Level level, JsonObjectBuilder event) {
        if (LOG.isLoggable(level)) {
            LOG.logp(level, AuditLog.class.getName(), "write", event.build().toString());
        }
    }
}
