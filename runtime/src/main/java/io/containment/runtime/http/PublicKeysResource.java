package io.containment.runtime.http;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.runtime.keys.KeyRegistry;
import io.containment.api.auth.Scope;
import io.containment.runtime.auth.Access;
import io.containment.runtime.auth.AccessRequest;
import io.containment.runtime.auth.CallerPrincipal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;

/**
 * {@code GET /api/v1/eth2/publicKeys}: the loaded public keys the caller's policies allow
 * ({@code public_keys} on that key; every key in open mode) as a JSON array of 0x-hex strings.
 */
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
    public String publicKeys(@Context SecurityContext security) {
        Access access = CallerPrincipal.accessOf(security);
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (BlsPublicKey key : keys.publicKeys()) {
            if (access.permits(new AccessRequest(Scope.PUBLIC_KEYS, Optional.of(key), Optional.empty()))) {
                array.add(key.toHex());
            }
        }
        return array.build().toString();
    }
}
