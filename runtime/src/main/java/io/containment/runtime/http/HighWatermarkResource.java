package io.containment.runtime.http;

import io.containment.api.slashing.HighWatermark;
import io.containment.api.slashing.SlashingStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;

/**
 * {@code GET /api/v1/eth2/highWatermark}, as Web3Signer: {@code {"epoch":"…","slot":"…"}} as uint64
 * strings when the operator set one ({@code containment-chamber slashing high-watermark}), {@code {}}
 * otherwise. A store that cannot be read answers 503 through the store-unavailable mapper.
 */
@ApplicationScoped
@Path("/api/v1/eth2/highWatermark")
public class HighWatermarkResource {
    private final SlashingStore store;

    @Inject
    public HighWatermarkResource(SlashingStore store) {
        this.store = store;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String highWatermark() {
        Optional<HighWatermark> highWatermark = store.highWatermark();
        JsonObjectBuilder answer = Json.createObjectBuilder();
        highWatermark.ifPresent(h -> answer.add("epoch", h.epoch().toString()).add("slot", h.slot().toString()));
        return answer.build().toString();
    }
}
