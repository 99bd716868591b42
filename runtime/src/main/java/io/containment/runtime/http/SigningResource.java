package io.containment.runtime.http;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.BlsSignature;
import io.containment.runtime.auth.CallerPrincipal;
import io.containment.runtime.signing.SigningGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * {@code POST /api/v1/eth2/sign/{identifier}} through JAX-RS: only the spellings of the path that
 * {@link SigningRoute} (which serves the route without JAX-RS) does not match reach it, e.g. a
 * trailing slash. Answers as {@link SignatureAnswer} says.
 */
@ApplicationScoped
@Path(SigningRoute.PATH)
public class SigningResource {
    private final SigningGateway signing;

    @Inject
    public SigningResource(SigningGateway signing) {
        this.signing = signing;
    }

    @POST
    public Response sign(@PathParam("identifier") String identifier, @HeaderParam(HttpHeaders.ACCEPT) String accept,
                         @Context SecurityContext security, byte[] body) {
        BlsPublicKey publicKey = SignatureAnswer.publicKey(identifier);
        BlsSignature signature = signing.sign(CallerPrincipal.accessOf(security), publicKey, body == null ? new byte[0] : body);
        if (SignatureAnswer.wantsJson(accept)) {
            return Response.ok(SignatureAnswer.json(signature), SignatureAnswer.JSON).build();
        }
        return Response.ok(signature.toHex(), SignatureAnswer.TEXT).build();
    }
}
