package io.containment.runtime.http.error;

import io.containment.api.auth.AuthBackendUnavailableException;
import io.containment.api.slashing.StoreUnavailableException;
import io.containment.runtime.auth.AccessDeniedException;
import io.containment.runtime.auth.ManagementRefusal;
import io.containment.runtime.auth.NotAuthenticatedException;
import io.containment.runtime.backpressure.OverloadedException;
import io.containment.runtime.http.wire.BodyRefusedException;
import io.containment.runtime.http.wire.MalformedRequestException;
import io.containment.runtime.keymanager.KeyManagerDisabledException;
import io.containment.runtime.keymanager.KeyManagerRequestException;
import io.containment.runtime.keymanager.RequestTooLargeException;
import io.containment.runtime.keymanager.TooManyWritesException;
import io.containment.runtime.seal.ChamberRefusedException;
import io.containment.runtime.signing.SealedKeyException;
import io.containment.runtime.signing.SigningRefusal;
import io.containment.runtime.signing.SigningRootMismatchException;
import io.containment.runtime.signing.SlashingRefusedException;
import io.containment.runtime.signing.UnknownKeyException;
import io.containment.runtime.signing.WrongNetworkException;
import java.lang.System.Logger.Level;
import java.util.Map;

/**
 * The one table from failure to status: every exception family, its status, message and headers.
 * The JAX-RS {@code ExceptionMapper}s of this package and the Helidon signing route
 * ({@code http.SigningRoute}) both answer through it.
 */
public final class ErrorReplies {
    /** Seconds a client should wait before trying again after a 503 for overload. */
    static final int RETRY_AFTER_SECONDS = 1;
    private static final System.Logger LOG = System.getLogger(ErrorReplies.class.getName());
    private static final Map<String, String> BEARER_CHALLENGE = Map.of("WWW-Authenticate", "Bearer realm=\"containment-chamber\"");
    private static final Map<String, String> RETRY_AFTER = Map.of("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));

    private ErrorReplies() {
    }

    /** The reply to {@code failure}; anything not listed is a bug: 500, logged with its stack trace. */
    public static ErrorReply of(Throwable failure) {
        return switch (failure) {
            // 401 no usable token (with a challenge) · 403 the token's policies do not allow it
            case NotAuthenticatedException e -> new ErrorReply(401, e.getMessage(), BEARER_CHALLENGE);
            case AccessDeniedException e -> new ErrorReply(403, e.getMessage());
            // 413 body too large · 415 body not declared as JSON · 400 body framing broken
            case BodyRefusedException e -> new ErrorReply(switch (e.reason()) {
                case TOO_LARGE -> 413;
                case NOT_JSON -> 415;
                case BROKEN_FRAMING -> 400;
            }, e.getMessage());
            // a request that cannot be parsed: the message names the JSON path and the problem
            case MalformedRequestException e -> new ErrorReply(400, e.getMessage());
            // no signing slot (queue full, timed out while queued, shutting down)
            case OverloadedException e -> new ErrorReply(503, e.getMessage(), RETRY_AFTER);
            // 400 mismatched signing root · 403 wrong network · 404 unknown key · 412 slashing refusal · 503 sealed
            case SigningRefusal refusal -> new ErrorReply(switch (refusal) {
                case SigningRootMismatchException e -> 400;
                case WrongNetworkException e -> 403;
                case UnknownKeyException e -> 404;
                case SlashingRefusedException e -> 412;
                case SealedKeyException e -> 503;
            }, refusal.getMessage());
            // the slashing store cannot decide: fail closed, no signature
            case StoreUnavailableException e -> {
                LOG.log(Level.WARNING, "slashing protection store unavailable, refusing to sign: {0}", e.getMessage());
                yield new ErrorReply(503, "slashing protection store unavailable: " + e.getMessage());
            }
            // the auth backend cannot answer a management call (request checks go on from the cached state)
            case AuthBackendUnavailableException e -> {
                LOG.log(Level.WARNING, "auth backend unavailable: {0}", e.getMessage());
                yield new ErrorReply(503, "auth backend unavailable: " + e.getMessage());
            }
            case ChamberRefusedException e -> new ErrorReply(switch (e.reason()) {
                case NOT_CONFIGURED -> 404;
                case BAD_TOKEN -> 401;
                case ALREADY_INITIALIZED, WRONG_STATE -> 409;
                case INVALID_REQUEST -> 400;
                case UNAVAILABLE -> 503;
            }, e.getMessage());
            // policy and token management: invalid request · unknown policy or token · name, token or revocation conflict
            case ManagementRefusal refusal -> new ErrorReply(switch (refusal) {
                case ManagementRefusal.Invalid e -> 400;
                case ManagementRefusal.NotFound e -> 404;
                case ManagementRefusal.Conflict e -> 409;
            }, refusal.getMessage());
            // the Key Manager API: disabled · malformed or inconsistent (nothing written) · above its limits · too many writes at once
            case KeyManagerDisabledException e -> new ErrorReply(404, e.getMessage());
            case KeyManagerRequestException e -> new ErrorReply(400, e.getMessage());
            case RequestTooLargeException e -> new ErrorReply(413, e.getMessage());
            case TooManyWritesException e -> new ErrorReply(429, e.getMessage());
            default -> unexpected(failure);
        };
    }

    /** A bug: 500 with a generic message; the stack trace goes to the log only. */
    public static ErrorReply unexpected(Throwable failure) {
        LOG.log(Level.ERROR, "unexpected failure while serving a request; no signature was produced", failure);
        return new ErrorReply(500, "internal error (logged); no signature was produced");
    }
}
