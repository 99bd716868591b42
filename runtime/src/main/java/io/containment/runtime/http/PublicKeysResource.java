package io.containment.runtime.http;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.runtime.keys.KeyRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/v1/eth2/publicKeys}: the loaded public keys as a JSON array of 0x-hex strings. */
@ApplicationScoped
@Path("/api/v1/eth2/publicKeys")
public class PublicKeysResource {
    private final KeyRegistry keys;

    @Inject
    public PublicKeysResource(KeyRegistry keys) {
        this.keys = keys;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String publicKeys() {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (BlsPublicKey key : keys.publicKeys()) {
            array.add(key.toHex());
        }
        return array.build().toString();
    }
}
