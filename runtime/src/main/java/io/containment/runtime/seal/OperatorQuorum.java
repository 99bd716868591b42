package io.containment.runtime.seal;

import io.containment.api.seal.ShareWrapper;
import io.containment.api.seal.ShareWrapperException;
import io.containment.runtime.seal.ChamberRefusedException.Reason;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Operator quorum mode in memory. {@link #unwrapOuter} removes the KMS layer of every operator
 * share ({@code kms_unsealed}): what is left is each share sealed under its operator's passphrase.
 * {@link #submit} opens one with the passphrase an operator sends and keeps it until the threshold
 * is reached (then the master key is recombined and checked) or it expires. Not thread-safe: the
 * {@link Chamber} serialises access.
 */
final class OperatorQuorum {
    private final Map<Integer, byte[]> passphraseSealed = new TreeMap<>();
    private final SubmittedShares submitted;

    OperatorQuorum(Duration timeout) {
        this.submitted = new SubmittedShares(timeout);
    }

    /** Unwraps the KMS layer of every operator share it can; returns how many are held. */
    int unwrapOuter(SealRecord record, ShareWrapper wrapper, SealAudit audit) {
        wipe();
        for (WrappedShare share : record.shares()) {
            if (share.layer() != ShareLayer.OPERATOR) {
                continue;
            }
            try {
                passphraseSealed.put(share.index(), wrapper.unwrap(share.keyId(), share.wrapped(), share.context()));
            } catch (ShareWrapperException e) {
                audit.shareUnwrapFailed(share.index(), share.keyId(), e.getMessage());
            }
        }
        return passphraseSealed.size();
    }

    /**
     * Opens share {@code index} with {@code passphrase} and keeps it. When the threshold is reached
     * the shares are recombined: the master key if it matches the record's check value.
     *
     * @throws ChamberRefusedException unknown or unavailable index, wrong passphrase, shares that do not recombine
     */
    Optional<MasterKey> submit(int index, char[] passphrase, SealRecord record, Instant now, String by, SealAudit audit) {
        byte[] sealed = passphraseSealed.get(index);
        if (sealed == null) {
            boolean known = record.shares().stream().anyMatch(share -> share.index() == index);
            throw known ? new ChamberRefusedException(Reason.UNAVAILABLE, "share " + index
                    + " could not be unwrapped through KMS: its KMS key is unavailable (see the audit log)")
                    : new ChamberRefusedException(Reason.INVALID_REQUEST, "share_index " + index + " does not exist (shares 1 to "
                    + record.shares().size() + ")");
        }
        byte[] values;
        try {
            values = OperatorShareSeal.open(passphrase, sealed, index, record.check());
        } catch (OperatorShareSeal.WrongPassphraseException e) {
            audit.shareRejected(index, by, "wrong passphrase");
            throw new ChamberRefusedException(Reason.BAD_TOKEN, "the passphrase does not open share " + index);
        }
        submitted.add(new Shamir.Share(index, values), now);
        Arrays.fill(values, (byte) 0);
        audit.shareSubmitted(index, by, submitted.size(), record.threshold());
        if (submitted.size() < record.threshold()) {
            return Optional.empty();
        }
        List<Integer> used = submitted.indices();
        MasterKey key = new MasterKey(Shamir.combine(submitted.shares()));
        submitted.wipe();
        if (!key.matches(record.check())) {
            key.wipe();
            audit.sharesDiscarded(used, "the shares do not recombine to the master key of the seal record");
            throw new ChamberRefusedException(Reason.UNAVAILABLE, "the submitted shares do not recombine to the master key "
                    + "recorded at init (a stored share was replaced or damaged); they were discarded");
        }
        wipe();
        return Optional.of(key);
    }

    /** Wipes the shares submitted longer ago than the timeout; their indices. */
    List<Integer> expire(Instant now) {
        return submitted.expire(now);
    }

    int submittedCount() {
        return submitted.size();
    }

    Optional<Instant> nextExpiry() {
        return submitted.nextExpiry();
    }

    boolean holdsAny() {
        return !passphraseSealed.isEmpty();
    }

    /** Wipes everything held: the passphrase-sealed blobs and the submitted shares. */
    void wipe() {
        passphraseSealed.values().forEach(blob -> Arrays.fill(blob, (byte) 0));
        passphraseSealed.clear();
        submitted.wipe();
    }
}
