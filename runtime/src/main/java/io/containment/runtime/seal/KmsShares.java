package io.containment.runtime.seal;

import io.containment.api.seal.ShareWrapper;
import io.containment.api.seal.ShareWrapperException;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * KMS-only unseal: unwraps shares until the threshold is met (a key that fails is audited and
 * skipped), recombines them and checks the result against the record's check value. The unwrapped
 * shares are wiped whatever happens.
 */
final class KmsShares {
    private static final System.Logger LOG = System.getLogger(Chamber.class.getName());

    private KmsShares() {
    }

    /** The master key (the caller owns and wipes it), or empty when too few shares unwrap or they do not match. */
    static Optional<MasterKey> recover(SealRecord record, ShareWrapper wrapper, SealAudit audit) {
        List<Shamir.Share> unwrapped = new ArrayList<>();
        try {
            for (WrappedShare share : record.shares()) {
                if (unwrapped.size() == record.threshold()) {
                    break;
                }
                try {
                    byte[] values = wrapper.unwrap(share.keyId(), share.wrapped(), share.context());
                    unwrapped.add(new Shamir.Share(share.index(), values));
                    Arrays.fill(values, (byte) 0);
                } catch (ShareWrapperException e) {
                    audit.shareUnwrapFailed(share.index(), share.keyId(), e.getMessage());
                }
            }
            if (unwrapped.size() < record.threshold()) {
                LOG.log(Level.ERROR, "still sealed: only {0} of the {1} shares needed could be unwrapped through KMS",
                        unwrapped.size(), record.threshold());
                return Optional.empty();
            }
            MasterKey recovered = new MasterKey(Shamir.combine(unwrapped));
            if (!recovered.matches(record.check())) {
                recovered.wipe();
                LOG.log(Level.ERROR, "still sealed: the recovered master key does not match the stored check value "
                        + "(a wrapped share was replaced or damaged)");
                return Optional.empty();
            }
            return Optional.of(recovered);
        } finally {
            unwrapped.forEach(Shamir.Share::wipe);
        }
    }
}
