package io.containment.runtime.signing;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.BlsSignature;
import io.containment.api.consensus.ForkInfo;
import io.containment.api.consensus.Root;
import io.containment.api.keys.ValidatorKey;
import io.containment.api.slashing.SlashingVerdict;
import io.containment.api.slashing.StoreUnavailableException;
import io.containment.api.auth.Scope;
import io.containment.runtime.audit.AuditLog;
import io.containment.runtime.auth.Access;
import io.containment.runtime.auth.AccessRequest;
import io.containment.runtime.auth.AuthRefusal;
import io.containment.runtime.http.wire.SignRequest;
import io.containment.runtime.keys.KeyRegistry;
import io.containment.runtime.network.Network;
import io.containment.runtime.signing.root.SigningRootCalculator;

/**
 * The signing pipeline: authorise (scope {@code sign}, key, operation; the caller was authenticated
 * by the HTTP filter) → network guard → resolve key → signing root (compared with a supplied
 * one) → slashing check-and-record → sign → audit. Any failure leaves without a signature.
 */
public final class SigningService {
    private final KeyRegistry keys;
    private final SlashingGuard slashingGuard;
    private final Network network;
    private final SigningRootCalculator calculator = new SigningRootCalculator();
    private final AuditLog audit;

    public SigningService(KeyRegistry keys, SlashingGuard slashingGuard, Network network, AuditLog audit) {
        this.keys = keys;
        this.slashingGuard = slashingGuard;
        this.network = network;
        this.audit = audit;
    }

    /** Signs {@code request} with the key of {@code publicKey} if {@code access} allows it, or throws why not. */
    public BlsSignature sign(Access access, BlsPublicKey publicKey, SignRequest request) {
        String type = request.type().name();
        try {
            access.require(AccessRequest.of(Scope.SIGN, publicKey, type));
            request.forkInfo().ifPresent(this::checkNetwork);
            ValidatorKey key = keys.find(publicKey).orElseThrow(() -> new UnknownKeyException(publicKey));
            Root signingRoot = signingRoot(request);
            slashingGuard.checkAndRecord(publicKey, request, signingRoot);
            BlsSignature signature = key.sign(signingRoot);
            audit.signing(publicKey.toHex(), type, "signed", null);
            return signature;
        } catch (SigningRefusal refusal) {
            audit.signing(publicKey.toHex(), type, outcome(refusal), refusal.getMessage());
            throw refusal;
        } catch (StoreUnavailableException e) {
            audit.signing(publicKey.toHex(), type, "store_unavailable", e.getMessage());
            throw e;
        } catch (AuthRefusal e) {
            audit.signing(publicKey.toHex(), type, "unauthorised", e.getMessage());
            throw e;
        }
    }

    /**
     * Dry run: the slashing verdict {@link #sign} would meet, after the same network, key and
     * signing-root checks; nothing is signed or recorded.
     */
    public SlashingVerdict wouldSign(Access access, BlsPublicKey publicKey, SignRequest request) {
        access.require(AccessRequest.of(Scope.SIGN, publicKey, request.type().name()));
        request.forkInfo().ifPresent(this::checkNetwork);
        keys.find(publicKey).orElseThrow(() -> new UnknownKeyException(publicKey));
        return slashingGuard.check(publicKey, request, signingRoot(request));
    }

    private void checkNetwork(ForkInfo forkInfo) {
        if (!forkInfo.genesisValidatorsRoot().equals(network.genesisValidatorsRoot())) {
            throw new WrongNetworkException(forkInfo.genesisValidatorsRoot(), network.name(), network.genesisValidatorsRoot());
        }
    }

    private Root signingRoot(SignRequest request) {
        Root computed = calculator.signingRoot(request, network);
        request.suppliedSigningRoot().ifPresent(supplied -> {
            if (!supplied.equals(computed)) {
                throw new SigningRootMismatchException(supplied, computed);
            }
        });
        return computed;
    }

    static String outcome(SigningRefusal refusal) {
        return switch (refusal) {
            case UnknownKeyException e -> "unknown_key";
            case WrongNetworkException e -> "wrong_network";
            case SigningRootMismatchException e -> "signing_root_mismatch";
            case SlashingRefusedException e -> "refused_slashing";
        };
    }
}
