package io.containment.runtime.http;

import io.containment.api.slashing.SlashingVerdict;
import io.containment.runtime.http.wire.SignRequestParser;
import io.containment.runtime.signing.SigningService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import io.containment.runtime.auth.CallerPrincipal;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/**
 * {@code POST /api/v1/eth2/slashing/check/{identifier}}: the same body as a sign request; answers
 * whether it would be signed ({@code {"slashable":false}}) or why not
 * ({@code {"slashable":true,"reason":…,"conflict":…}}). Signs nothing, records nothing.
 */
@ApplicationScoped
@Path("/api/v1/eth2/slashing/check/{identifier}")
public class SlashingCheckResource {
    private final SigningService signing;
    private final SignRequestParser parser = new SignRequestParser();

    @Inject
    public SlashingCheckResource(SigningService signing) {
        this.signing = signing;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public String check(@PathParam("identifier") String identifier, @Context SecurityContext security, byte[] body) {
        SlashingVerdict verdict = signing.wouldSign(CallerPrincipal.accessOf(security), SignatureAnswer.publicKey(identifier),
                parser.parse(body == null ? new byte[0] : body));
        JsonObjectBuilder answer = Json.createObjectBuilder();
        switch (verdict) {
            case SlashingVerdict.Safe safe -> answer.add("slashable", false);
            case SlashingVerdict.Refused refused -> answer.add("slashable", true)
                    .add("reason", refused.getClass().getSimpleName()).add("conflict", refused.reason());
        }
        return answer.build().toString();
    }
}
