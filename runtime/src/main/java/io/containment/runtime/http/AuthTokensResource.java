package io.containment.runtime.http;

import io.containment.api.auth.TokenRecord;
import io.containment.api.auth.TokenKind;
import io.containment.runtime.auth.AuthAdministration;
import io.containment.runtime.auth.CallerPrincipal;
import io.containment.runtime.auth.IssuedToken;
import io.containment.runtime.auth.TokenJson;
import io.containment.runtime.auth.TokenRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * {@code /api/v1/auth/tokens}: issue (the token appears in this one response only), list (ids,
 * names, policies, times; never tokens or hashes) and revoke tokens (scope {@code auth_manage};
 * management tokens are issued only to management tokens).
 */
@ApplicationScoped
@Path("/api/v1/auth/tokens")
@Produces(MediaType.APPLICATION_JSON)
public class AuthTokensResource {
    private final AuthAdministration administration;
    private final Clock clock = Clock.systemUTC();

    @Inject
    public AuthTokensResource(AuthAdministration administration) {
        this.administration = administration;
    }

    @POST
    public Response create(@Context SecurityContext security, byte[] body) {
        TokenRequest request = TokenJson.parse(body, clock);
        if (request.kind() == TokenKind.MANAGEMENT) {
            CallerPrincipal.accessOf(security).requireManagementToken("issue management tokens");
        }
        IssuedToken issued = administration.createToken(request, AuthPoliciesResource.by(security));
        request.supplied().ifPresent(bytes -> java.util.Arrays.fill(bytes, (byte) 0));
        try {
            String json = TokenJson.write(issued.record(), clock.instant())
                    .add("token", new String(issued.token(), StandardCharsets.US_ASCII)).build().toString();
            CacheControl noStore = new CacheControl();
            noStore.setNoStore(true);
            return Response.status(Response.Status.CREATED).cacheControl(noStore).entity(json).build();
        } finally {
            issued.wipe();
        }
    }

    @GET
    public String list() {
        JsonArrayBuilder tokens = Json.createArrayBuilder();
        for (TokenRecord token : administration.tokens()) {
            tokens.add(TokenJson.write(token, clock.instant()));
        }
        return Json.createObjectBuilder().add("tokens", tokens).build().toString();
    }

    @DELETE
    @Path("{id}")
    public String revoke(@Context SecurityContext security, @PathParam("id") String id) {
        TokenRecord revoked = administration.revokeToken(id, AuthPoliciesResource.by(security));
        return TokenJson.write(revoked, clock.instant()).build().toString();
    }
}
