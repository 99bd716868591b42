package io.containment.runtime.health;

import io.containment.api.slashing.SlashingStore;
import io.containment.api.slashing.StoreHealth;
import io.containment.runtime.auth.AuthCache;
import io.containment.runtime.auth.AuthState;
import io.containment.runtime.keys.KeyRegistry;
import io.containment.runtime.lifecycle.SignerState;
import io.containment.runtime.lifecycle.SignerStatus;
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
    private final SignerStatus signerStatus;
    private final AuthCache auth;

    @Inject
    public HealthcheckResource(KeyRegistry keys, SlashingStore slashingStore, SignerStatus signerStatus, AuthCache auth) {
        this.keys = keys;
        this.slashingStore = slashingStore;
        this.signerStatus = signerStatus;
        this.auth = auth;
    }

    @GET
    public Response healthcheck() {
        int keyCount = keys.size();
        StoreHealth store = slashingStore.health();
        boolean keysUp = keyCount > 0;
        SignerState state = signerStatus.state();
        boolean unsealed = state == SignerState.UNSEALED;
        boolean up = keysUp && store.available() && unsealed;
        JsonArrayBuilder checks = Json.createArrayBuilder()
                .add(check("keys-check", keysUp, keyCount + " keys loaded"))
                .add(check("slashing-protection-db-health-check", store.available(), store.detail()))
                .add(check("seal-check", unsealed, state.label()))
                .add(authCheck());
        String status = up ? "UP" : "DOWN";
        String body = Json.createObjectBuilder().add("status", status).add("checks", checks).add("outcome", status)
                .build().toString();
        return Response.status(up ? 200 : 503).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    /** Reports open mode loudly and a backend that cannot be read; neither makes the signer unhealthy. */
    private jakarta.json.JsonObjectBuilder authCheck() {
        AuthState state = auth.current();
        String posture = state.open() ? "OPEN: no auth policy is defined, every client is served without a token"
                : "closed: " + state.policies() + " policies, tokens required";
        return auth.problem().map(problem -> check("auth-check", false, posture + "; backend " + problem))
                .orElseGet(() -> check("auth-check", true, posture)).add("open", state.open());
    }

    private static jakarta.json.JsonObjectBuilder check(String id, boolean up, String detail) {
        return Json.createObjectBuilder().add("id", id).add("status", up ? "UP" : "DOWN").add("detail", detail);
    }
}
