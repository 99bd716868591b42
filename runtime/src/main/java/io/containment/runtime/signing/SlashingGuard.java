package io.containment.runtime.signing;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Root;
import io.containment.api.slashing.AttestationVote;
import io.containment.api.slashing.BlockProposal;
import io.containment.api.slashing.SlashingStore;
import io.containment.api.slashing.SlashingVerdict;
import io.containment.runtime.http.wire.AggregateAndProofSignRequest;
import io.containment.runtime.http.wire.AggregateAndProofV2SignRequest;
import io.containment.runtime.http.wire.AggregationSlotSignRequest;
import io.containment.runtime.http.wire.AttestationSignRequest;
import io.containment.runtime.http.wire.BlockSignRequest;
import io.containment.runtime.http.wire.BlockV2SignRequest;
import io.containment.runtime.http.wire.DepositSignRequest;
import io.containment.runtime.http.wire.RandaoRevealSignRequest;
import io.containment.runtime.http.wire.SignRequest;
import io.containment.runtime.http.wire.SyncCommitteeContributionAndProofSignRequest;
import io.containment.runtime.http.wire.SyncCommitteeMessageSignRequest;
import io.containment.runtime.http.wire.SyncCommitteeSelectionProofSignRequest;
import io.containment.runtime.http.wire.ValidatorRegistrationSignRequest;
import io.containment.runtime.http.wire.VoluntaryExitSignRequest;
import io.containment.runtime.ssz.AttestationData;
import java.lang.System.Logger.Level;

/**
 * Slashing protection on the signing path: blocks and attestations are checked and recorded
 * (committed) by the store before the caller may sign; every other type passes untouched.
 */
public final class SlashingGuard {
    private static final System.Logger LOG = System.getLogger(SlashingGuard.class.getName());
    /** Types slashing protection does not cover are always safe. */
    private static final SlashingVerdict NOT_COVERED = new SlashingVerdict.Valid();
    private final SlashingStore store;

    public SlashingGuard(SlashingStore store) {
        this.store = store;
    }

    /**
     * @throws SlashingRefusedException when the store refuses (one WARN line, no stack trace)
     * @throws io.containment.api.slashing.StoreUnavailableException when it cannot decide
     */
    public void checkAndRecord(BlsPublicKey publicKey, SignRequest request, Root signingRoot) {
        SlashingVerdict verdict = judge(publicKey, request, signingRoot, true);
        if (verdict instanceof SlashingVerdict.Refused refused) {
            LOG.log(Level.WARNING, "slashing protection refused {0} for {1}: {2}", request.type(), publicKey, refused.reason());
            throw new SlashingRefusedException(refused);
        }
    }

    /** The verdict signing would get, recording nothing; {@code Valid} for types slashing does not cover. */
    public SlashingVerdict check(BlsPublicKey publicKey, SignRequest request, Root signingRoot) {
        return judge(publicKey, request, signingRoot, false);
    }

    private SlashingVerdict judge(BlsPublicKey publicKey, SignRequest request, Root signingRoot, boolean record) {
        return switch (request) {
            case BlockSignRequest block -> judge(new BlockProposal(publicKey, block.slot(), signingRoot), record);
            case BlockV2SignRequest block -> judge(new BlockProposal(publicKey, block.slot(), signingRoot), record);
            case AttestationSignRequest attestation -> judge(vote(publicKey, attestation.attestationData(), signingRoot), record);
            case AggregationSlotSignRequest r -> NOT_COVERED;
            case AggregateAndProofSignRequest r -> NOT_COVERED;
            case AggregateAndProofV2SignRequest r -> NOT_COVERED;
            case RandaoRevealSignRequest r -> NOT_COVERED;
            case VoluntaryExitSignRequest r -> NOT_COVERED;
            case DepositSignRequest r -> NOT_COVERED;
            case SyncCommitteeMessageSignRequest r -> NOT_COVERED;
            case SyncCommitteeSelectionProofSignRequest r -> NOT_COVERED;
            case SyncCommitteeContributionAndProofSignRequest r -> NOT_COVERED;
            case ValidatorRegistrationSignRequest r -> NOT_COVERED;
        };
    }

    private SlashingVerdict judge(BlockProposal proposal, boolean record) {
        return record ? store.checkAndRecord(proposal) : store.check(proposal);
    }

    private SlashingVerdict judge(AttestationVote vote, boolean record) {
        return record ? store.checkAndRecord(vote) : store.check(vote);
    }

    private static AttestationVote vote(BlsPublicKey publicKey, AttestationData data, Root signingRoot) {
        return new AttestationVote(publicKey, data.source().epoch(), data.target().epoch(), signingRoot);
    }
}
