package io.containment.runtime.http;

import io.containment.api.consensus.BlsSignature;
import io.containment.runtime.auth.AccessControl;
import io.containment.runtime.auth.CallerPrincipal;
import io.containment.runtime.auth.RouteAccess;
import io.containment.runtime.auth.RouteRules;
import io.containment.runtime.auth.RouteRules.Requirement;
import io.containment.runtime.http.error.ErrorReplies;
import io.containment.runtime.http.error.ErrorReply;
import io.containment.runtime.http.wire.RequestBodyLimits;
import io.containment.runtime.signing.SigningGateway;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.ServerRequestHeaders;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;

/**
 * {@code POST /api/v1/eth2/sign/{identifier}} as a Helidon route, in front of JAX-RS on the same
 * listener (TLS and mTLS included): the hot path of the signer. Jersey's per-request machinery
 * (request scope, injection, filter chain, message body readers and writers) cost more CPU than the
 * BLS signature itself, so this route does the same steps without it, in the order the JAX-RS
 * filters take them, sharing their code:
 * <ol>
 *   <li>authenticate the token ({@link RouteAccess}, as {@link AuthenticationFilter}): 401;</li>
 *   <li>declared body length and Content-Type ({@link RequestBodyLimits}, as {@link RequestBodyFilter}): 413, 415;</li>
 *   <li>authorise scope {@code sign} on the path's key ({@link RouteAccess}, as {@link AuthorisationFilter}): 403;</li>
 *   <li>read the body within 1 MiB (413; 400 when cut short), parse the key (400), and sign through the
 *       same {@link SigningGateway} (parsing, backpressure, pipeline, metrics, audit, canary, drain);</li>
 *   <li>answer as {@link SignatureAnswer} says, or any failure as {@link ErrorReplies} says — the table
 *       the JAX-RS exception mappers use — with the same status, headers and JSON body.</li>
 * </ol>
 * Spellings of the path this route does not match (a trailing slash) still reach {@link SigningResource}.
 */
@ApplicationScoped
public class SigningRoute implements HttpService {
    /** The route's path template (also the JAX-RS resource's). */
    static final String PATH = "/api/v1/eth2/sign/{" + RouteRules.KEY_PARAMETER + "}";
    private static final Requirement REQUIREMENT = RouteRules.requirement("POST", PATH);
    private static final HeaderName TRANSFER_ENCODING = HeaderNames.TRANSFER_ENCODING;
    private final SigningGateway signing;
    private final AccessControl accessControl;

    @Inject
    public SigningRoute(SigningGateway signing, AccessControl accessControl) {
        this.signing = signing;
        this.accessControl = accessControl;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post(PATH, this::sign);
    }

    private void sign(ServerRequest request, ServerResponse response) {
        try {
            ServerRequestHeaders headers = request.headers();
            String route = RouteAccess.route("POST", request.path().path());
            CallerPrincipal principal = RouteAccess.authenticate(accessControl, header(headers, HeaderNames.AUTHORIZATION), route);
            String contentLength = header(headers, HeaderNames.CONTENT_LENGTH);
            RequestBodyLimits.checkDeclared(contentLength, header(headers, TRANSFER_ENCODING),
                    header(headers, HeaderNames.CONTENT_TYPE), RequestBodyLimits.MAX_BODY_BYTES);
            String identifier = request.path().pathParameters().get(RouteRules.KEY_PARAMETER);
            RouteAccess.authorise(accessControl, REQUIREMENT, principal.caller(), identifier, route);
            byte[] body = request.content().hasEntity()
                    ? RequestBodyLimits.readAll(request.content().inputStream(), RequestBodyLimits.MAX_BODY_BYTES, contentLength)
                    : new byte[0];
            BlsSignature signature = signing.sign(principal.access(), SignatureAnswer.publicKey(identifier), body);
            if (SignatureAnswer.wantsJson(headers.first(HeaderNames.ACCEPT).orElse(null))) {
                response.header(HeaderValues.CONTENT_TYPE_JSON).send(SignatureAnswer.json(signature).getBytes(StandardCharsets.US_ASCII));
            } else {
                response.header(HeaderNames.CONTENT_TYPE, SignatureAnswer.TEXT).send(signature.toHex().getBytes(StandardCharsets.US_ASCII));
            }
        } catch (RuntimeException | Error failure) {
            if (response.isSent()) {
                throw failure;
            }
            refuse(response, ErrorReplies.of(failure));
        }
    }

    private static void refuse(ServerResponse response, ErrorReply reply) {
        response.status(Status.create(reply.status()));
        reply.headers().forEach(response::header);
        response.header(HeaderValues.CONTENT_TYPE_JSON).send(reply.body().getBytes(StandardCharsets.UTF_8));
    }

    /** The header's values joined by commas, or null: what JAX-RS's {@code getHeaderString} gives the filters. */
    private static String header(ServerRequestHeaders headers, HeaderName name) {
        return headers.contains(name) ? headers.get(name).values() : null;
    }
}
