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

    void init(int threshold, List<String> keyIds) {
        JsonArrayBuilder keys = Json.createArrayBuilder();
        keyIds.forEach(keys::add);
        write(Level.INFO, event("chamber_init").add("threshold", threshold).add("shares", keyIds.size()).add("kms_key_ids", keys));
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
