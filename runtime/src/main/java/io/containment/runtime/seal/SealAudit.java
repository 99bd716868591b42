package io.containment.runtime.seal;

import io.containment.runtime.audit.AuditLog;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;

/** Seal events as JSON lines on logger {@code audit}: transitions, init, seal. Never a secret. */
final class SealAudit {
    private static final System.Logger LOG = System.getLogger(AuditLog.LOGGER);
    private final Clock clock;

    SealAudit(Clock clock) {
        this.clock = clock;
    }

    void transition(SealState from, SealState to, String reason) {
        write(Level.INFO, event("chamber_transition").add("from", from.wireName()).add("to", to.wireName())
                .add("reason", reason));
    }

    void init(String mode, int threshold, List<String> keyIds) {
        JsonArrayBuilder keys = Json.createArrayBuilder();
        keyIds.forEach(keys::add);
        write(Level.INFO, event("chamber_init").add("mode", mode).add("threshold", threshold).add("shares", keyIds.size())
                .add("kms_key_ids", keys));
    }

    void registered(int index, String by, int registered, int shares) {
        write(Level.INFO, event("chamber_operator_registered").add("share_index", index).add("by", by)
                .add("registered", registered).add("shares", shares));
    }

    void registrationRefused(String reason, String by) {
        write(Level.WARNING, event("chamber_registration_refused").add("reason", reason).add("by", by));
    }

    void shareSubmitted(int index, String by, int submitted, int threshold) {
        write(Level.INFO, event("chamber_share_submitted").add("share_index", index).add("by", by)
                .add("submitted", submitted).add("threshold", threshold));
    }

    void shareRejected(int index, String by, String reason) {
        write(Level.WARNING, event("chamber_share_rejected").add("share_index", index).add("by", by).add("reason", reason));
    }

    void sharesDiscarded(List<Integer> indices, String reason) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        indices.forEach(array::add);
        write(Level.WARNING, event("chamber_shares_discarded").add("share_indices", array).add("reason", reason));
    }

    void initRefused(String reason) {
        write(Level.WARNING, event("chamber_init_refused").add("reason", reason));
    }

    void seal(String by) {
        write(Level.WARNING, event("chamber_seal").add("by", by));
    }

    void shareUnwrapFailed(int index, String keyId, String reason) {
        write(Level.WARNING, event("chamber_share_unavailable").add("share_index", index).add("kms_key_id", keyId)
                .add("reason", reason));
    }

    private JsonObjectBuilder event(String name) {
        return Json.createObjectBuilder().add("target", AuditLog.LOGGER).add("time", clock.instant().toString()).add("event", name);
    }

    private static void write(Level level, JsonObjectBuilder event) {
        if (LOG.isLoggable(level)) {
            LOG.log(level, event.build().toString());
        }
    }
}
