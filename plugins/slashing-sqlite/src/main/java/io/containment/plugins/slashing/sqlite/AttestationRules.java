package io.containment.plugins.slashing.sqlite;

import io.containment.api.slashing.AttestationVote;
import io.containment.api.slashing.SignedAttestation;
import io.containment.api.slashing.SlashingVerdict;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * EIP-3076 attestation rules against the complete history, in this order:
 * <ol>
 *   <li>source after target → {@code SourceExceedsTarget};</li>
 *   <li>records with the target epoch: all with the same source and the request's signing root →
 *       {@code SameData}; any other → {@code DoubleVote} carrying it;</li>
 *   <li>a recorded vote with earlier source and later target → {@code SurroundedByPrevious};</li>
 *   <li>a recorded vote with later source and earlier target → {@code SurroundsPrevious};</li>
 *   <li>source below, or target at or below, the import low watermarks →
 *       {@code AttestationBelowLowWatermark};</li>
 *   <li>otherwise {@code Valid}.</li>
 * </ol>
 */
final class AttestationRules {
    private final SignedAttestations attestations;
    private final LowWatermarks watermarks;

    AttestationRules(Connection connection) {
        this.attestations = new SignedAttestations(connection);
        this.watermarks = new LowWatermarks(connection);
    }

    SlashingVerdict judge(OptionalLong validatorId, AttestationVote vote) throws SQLException {
        if (vote.sourceEpoch().compareTo(vote.targetEpoch()) > 0) {
            return new SlashingVerdict.SourceExceedsTarget(vote.sourceEpoch(), vote.targetEpoch());
        }
        if (validatorId.isEmpty()) {
            return new SlashingVerdict.Valid();
        }
        long id = validatorId.getAsLong();
        List<SignedAttestation> sameTarget = attestations.withTarget(id, vote.targetEpoch());
        if (!sameTarget.isEmpty()) {
            Optional<SignedAttestation> conflicting = sameTarget.stream().filter(previous -> !isIdentical(previous, vote)).findFirst();
            return conflicting.<SlashingVerdict>map(SlashingVerdict.DoubleVote::new).orElseGet(SlashingVerdict.SameData::new);
        }
        Optional<SignedAttestation> surrounding = attestations.surrounding(id, vote.sourceEpoch(), vote.targetEpoch());
        if (surrounding.isPresent()) {
            return new SlashingVerdict.SurroundedByPrevious(surrounding.get());
        }
        Optional<SignedAttestation> surrounded = attestations.surroundedBy(id, vote.sourceEpoch(), vote.targetEpoch());
        if (surrounded.isPresent()) {
            return new SlashingVerdict.SurroundsPrevious(surrounded.get());
        }
        Optional<SourceAndTarget> watermark = watermarks.of(id).attestation();
        if (watermark.isPresent() && (vote.sourceEpoch().compareTo(watermark.get().source()) < 0
                || vote.targetEpoch().compareTo(watermark.get().target()) <= 0)) {
            return new SlashingVerdict.AttestationBelowLowWatermark(watermark.get().source(), watermark.get().target());
        }
        return new SlashingVerdict.Valid();
    }

    /** Records a vote judged {@code Valid}. */
    void record(long validatorId, AttestationVote vote) throws SQLException {
        attestations.add(validatorId, new SignedAttestation(vote.sourceEpoch(), vote.targetEpoch(), Optional.of(vote.signingRoot())));
    }

    private static boolean isIdentical(SignedAttestation previous, AttestationVote vote) {
        return previous.sourceEpoch().equals(vote.sourceEpoch()) && previous.signingRoot().equals(Optional.of(vote.signingRoot()));
    }
}
