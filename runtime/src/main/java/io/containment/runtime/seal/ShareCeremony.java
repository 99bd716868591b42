package io.containment.runtime.seal;

import io.containment.api.seal.ShareWrapper;
import io.containment.api.seal.ShareWrapperException;
import io.containment.runtime.seal.ChamberRefusedException.Reason;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

/**
 * The init ceremony's cryptography: a fresh master key, split with Shamir (threshold of n), each
 * share wrapped by a different KMS key. In operator quorum mode each share also gets a one-time
 * registration token for its operator (only the hash is kept) and is wrapped as pending
 * registration. The plaintext shares never leave this class; on any failure the master key is wiped.
 */
final class ShareCeremony {
    /** The record to store, the master key (the caller owns and wipes it) and the registration tokens. */
    record Outcome(SealRecord record, MasterKey masterKey, List<InitResult.RegistrationToken> registrationTokens) {
    }

    private ShareCeremony() {
    }

    static Outcome run(String mode, List<String> keyIds, int threshold, ShareWrapper wrapper, SecureRandom random,
                       SealAudit audit) {
        validate(keyIds, threshold);
        boolean quorum = Chamber.OPERATOR_QUORUM.equals(mode);
        MasterKey key = MasterKey.generate(random);
        byte[] secret = key.copy();
        List<Shamir.Share> shares = Shamir.split(secret, keyIds.size(), threshold);
        Arrays.fill(secret, (byte) 0);
        List<WrappedShare> wrapped = new ArrayList<>();
        List<InitResult.RegistrationToken> tokens = new ArrayList<>();
        try {
            for (Shamir.Share share : shares) {
                String keyId = keyIds.get(share.x() - 1);
                ShareLayer layer = quorum ? ShareLayer.PENDING_REGISTRATION : ShareLayer.KMS;
                byte[] registrationHash = null;
                if (quorum) {
                    SetupToken.Issued issued = SetupToken.issue(random, "cc-register-" + share.x() + "-");
                    tokens.add(new InitResult.RegistrationToken(share.x(), keyId, issued.token()));
                    registrationHash = issued.hash();
                }
                byte[] values = share.values();
                try {
                    byte[] blob = wrapper.wrap(keyId, values, WrappedShare.context(share.x(), layer));
                    wrapped.add(new WrappedShare(share.x(), keyId, layer, blob, registrationHash));
                } catch (ShareWrapperException e) {
                    key.wipe();
                    audit.initRefused("KMS key " + keyId + " cannot wrap: " + e.getMessage());
                    throw new ChamberRefusedException(Reason.UNAVAILABLE, "share " + share.x() + " cannot be wrapped: "
                            + e.getMessage() + "; nothing was stored");
                } finally {
                    Arrays.fill(values, (byte) 0);
                }
            }
        } finally {
            shares.forEach(Shamir.Share::wipe);
        }
        SealRecord record = new SealRecord(quorum ? SealRecord.Phase.AWAITING_REGISTRATION : SealRecord.Phase.INITIALIZED,
                null, mode, threshold, wrapped, key.check());
        return new Outcome(record, key, List.copyOf(tokens));
    }

    private static void validate(List<String> keyIds, int threshold) {
        if (keyIds == null || keyIds.size() < 2 || keyIds.size() > 255) {
            throw new ChamberRefusedException(Reason.INVALID_REQUEST, "kms_key_ids needs 2 to 255 KMS key ids, one per share");
        }
        if (keyIds.stream().anyMatch(id -> id == null || id.isBlank()) || new HashSet<>(keyIds).size() != keyIds.size()) {
            throw new ChamberRefusedException(Reason.INVALID_REQUEST, "kms_key_ids must be distinct and not blank: "
                    + "each share is wrapped by a different KMS key");
        }
        if (threshold < 2 || threshold > keyIds.size()) {
            throw new ChamberRefusedException(Reason.INVALID_REQUEST, "threshold must be between 2 and the number of "
                    + "kms_key_ids (" + keyIds.size() + "), got " + threshold);
        }
    }
}
