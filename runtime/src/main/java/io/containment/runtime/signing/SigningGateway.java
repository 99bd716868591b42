package io.containment.runtime.signing;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.BlsSignature;
import io.containment.api.slashing.StoreUnavailableException;
import io.containment.runtime.audit.AuditLog;
import io.containment.runtime.auth.Access;
import io.containment.runtime.auth.AuthRefusal;
import io.containment.runtime.backpressure.OverloadedException;
import io.containment.runtime.backpressure.SigningLimiter;
import io.containment.runtime.http.wire.MalformedRequestException;
import io.containment.runtime.http.wire.SignRequest;
import io.containment.runtime.http.wire.SignRequestParser;
import io.containment.runtime.metrics.SigningMetrics;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Set;

/**
 * The way into the {@link SigningService}: parses the body, takes a signing slot from the
 * {@link SigningLimiter} (or is turned away at once), signs, and records the outcome of every
 * request — {@code containment_signing_requests_total}, the duration histogram, slashing
 * rejections, canary keys. The service audits the outcomes of its own pipeline; this class
 * audits the ones that never reach it (bad request, overload, timeout) and canary key use.
 */
public final class SigningGateway {
    private static final System.Logger LOG = System.getLogger(SigningGateway.class.getName());
    private final SigningService signing;
    private final SigningLimiter limiter;
    private final SigningMetrics metrics;
    private final AuditLog audit;
    private final Set<BlsPublicKey> canaryKeys;
    private final SignRequestParser parser = new SignRequestParser();

    public SigningGateway(SigningService signing, SigningLimiter limiter, SigningMetrics metrics, AuditLog audit,
                          Set<BlsPublicKey> canaryKeys) {
        this.signing = signing;
        this.limiter = limiter;
        this.metrics = metrics;
        this.audit = audit;
        this.canaryKeys = Set.copyOf(canaryKeys);
    }

    /** Signs the request {@code body} with the key of {@code publicKey} if {@code access} allows it, or throws why not. */
    public BlsSignature sign(Access access, BlsPublicKey publicKey, byte[] body) {
        long start = System.nanoTime();
        String type = null;
        String outcome = "error";
        try {
            SignRequest request = parse(publicKey, body);
            type = request.type().name();
            try (SigningLimiter.Slot slot = limiter.acquire()) {
                BlsSignature signature = signing.sign(access, publicKey, request);
                outcome = "signed";
                return signature;
            }
        } catch (MalformedRequestException e) {
            outcome = "bad_request";
            throw e;
        } catch (OverloadedException e) {
            outcome = e.reason().outcome();
            audit.signing(publicKey.toHex(), type == null ? "unknown" : type, outcome, e.getMessage());
            throw e;
        } catch (SigningRefusal refusal) {
            outcome = SigningService.outcome(refusal);
            if (refusal instanceof SlashingRefusedException refused) {
                metrics.slashingRejection(refused.verdict().getClass().getSimpleName());
            }
            throw refusal;
        } catch (StoreUnavailableException e) {
            outcome = "store_unavailable";
            throw e;
        } catch (AuthRefusal e) {
            outcome = "unauthorised";
            throw e;
        } catch (RuntimeException e) {
            audit.signing(publicKey.toHex(), type == null ? "unknown" : type, outcome, e.getClass().getName());
            throw e;
        } finally {
            metrics.request(type, outcome, Duration.ofNanos(System.nanoTime() - start));
            if (canaryKeys.contains(publicKey)) {
                canary(publicKey, type, outcome);
            }
        }
    }

    private SignRequest parse(BlsPublicKey publicKey, byte[] body) {
        try {
            return parser.parse(body);
        } catch (MalformedRequestException e) {
            audit.signing(publicKey.toHex(), "unknown", "bad_request", e.getMessage());
            throw e;
        }
    }

    private void canary(BlsPublicKey publicKey, String type, String outcome) {
        String hex = publicKey.toHex();
        LOG.log(Level.WARNING, "CANARY KEY {0} was asked to sign {1} (outcome: {2}): someone who should not is "
                + "using this signer", hex, type == null ? "an unparsable request" : type, outcome);
        audit.canary(hex, type == null ? "unknown" : type, outcome);
        metrics.canary(hex);
    }
}
