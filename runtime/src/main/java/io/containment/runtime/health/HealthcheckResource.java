package io.containment.runtime.health;

import io.containment.api.slashing.SlashingStore;
import io.containment.api.slashing.StoreHealth;
import io.containment.runtime.keys.KeyRegistry;
import io.containment.runtime.seal.SealState;
import io.containment.runtime.seal.SealStateView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /healthcheck}: 200 only when keys are loaded, the slashing store answers and the
 * signer is unsealed; 503 otherwise. The body follows Web3Signer's shape
 * ({@code status}, {@code checks[]}, {@code outcome}) and adds a detail per check.
 */
@ApplicationScoped
@Path("/healthcheck")
public class HealthcheckResource {
    private final KeyRegistry keys;
    private final SlashingStore slashingStore;
    private final SealStateView seal;

    @Inject
    public HealthcheckResource(KeyRegistry keys, SlashingStore slashingStore, SealStateView seal) {
        this.keys = keys;
        this.slashingStore = slashingStore;
        this.seal = seal;
    }

    @GET
    public Response healthcheck() {
        int keyCount = keys.size();
        StoreHealth store = slashingStore.health();
        boolean keysUp = keyCount > 0;
        SealState sealState = seal.state();
        boolean unsealed = sealState == SealState.DISABLED || sealState.canSign();
        boolean up = keysUp && store.available() && unsealed;
        JsonArrayBuilder checks = Json.createArrayBuilder()
                .add(check("keys-check", keysUp, keyCount + " keys loaded"))
                .add(check("slashing-protection-db-health-check", store.available(), store.detail()))
                .add(check("seal-check", unsealed, sealState == SealState.DISABLED
                        ? "unsealed (no master key configured)" : sealState.wireName()))
                .add(check("auth-check", true, "open: no authentication configured"));
        String status = up ? "UP" : "DOWN";
        String body = Json.createObjectBuilder().add("status", status).add("checks", checks).add("outcome", status)
                .build().toString();
        return Response.status(up ? 200 : 503).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    private static jakarta.json.JsonObjectBuilder check(String id, boolean up, String detail) {
        return Json.createObjectBuilder().add("id", id).add("status", up ? "UP" : "DOWN").add("detail", detail);
    }
}
