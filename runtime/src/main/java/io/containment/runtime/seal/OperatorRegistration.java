package io.containment.runtime.seal;

import io.containment.api.seal.ShareWrapper;
import io.containment.api.seal.ShareWrapperException;
import io.containment.runtime.seal.ChamberRefusedException.Reason;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;

/**
 * Quorum-mode registration: finds the pending share a one-time registration token belongs to
 * (constant-time over every share) and turns it into an operator share — unwrapped through KMS,
 * sealed under the passphrase, wrapped again: two layers. The plaintext share is wiped.
 */
final class OperatorRegistration {
    private OperatorRegistration() {
    }

    /** The pending share whose registration hash matches {@code token}, or null. */
    static WrappedShare pendingShareFor(SealRecord record, byte[] token) {
        if (token == null) {
            return null;
        }
        WrappedShare found = null;
        byte[] presented = SetupToken.sha256(token);
        for (WrappedShare share : record.shares()) {
            Optional<byte[]> hash = share.registration();
            if (share.layer() == ShareLayer.PENDING_REGISTRATION && hash.isPresent() && MessageDigest.isEqual(hash.get(), presented)) {
                found = share;
            }
        }
        return found;
    }

    /**
     * @throws ChamberRefusedException when the share's KMS key cannot unwrap or wrap
     */
    static WrappedShare sealUnderPassphrase(WrappedShare pending, char[] passphrase, byte[] check, ShareWrapper wrapper,
                                            OperatorShareSeal.Params kdf, SecureRandom random, SealAudit audit) {
        byte[] values = null;
        byte[] inner = null;
        try {
            values = wrapper.unwrap(pending.keyId(), pending.wrapped(), pending.context());
            inner = OperatorShareSeal.seal(passphrase, values, pending.index(), check, kdf, random);
            byte[] outer = wrapper.wrap(pending.keyId(), inner, WrappedShare.context(pending.index(), ShareLayer.OPERATOR));
            return new WrappedShare(pending.index(), pending.keyId(), ShareLayer.OPERATOR, outer, null);
        } catch (ShareWrapperException e) {
            audit.shareUnwrapFailed(pending.index(), pending.keyId(), e.getMessage());
            throw new ChamberRefusedException(Reason.UNAVAILABLE, "KMS key " + pending.keyId() + " cannot process share "
                    + pending.index() + ": " + e.getMessage());
        } finally {
            if (values != null) {
                Arrays.fill(values, (byte) 0);
            }
            if (inner != null) {
                Arrays.fill(inner, (byte) 0);
            }
        }
    }
}
