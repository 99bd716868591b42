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
    private final SlashingStore store;

    public SlashingGuard(SlashingStore store) {
        this.store = store;
    }

    /**
     * @throws SlashingRefusedException when the store refuses (one WARN line, no stack trace)
     * @throws io.containment.api.slashing.StoreUnavailableException when it cannot decide
     */
    public void checkAndRecord(BlsPublicKey publicKey, SignRequest request, Root signingRoot) {
        SlashingVerdict verdict = switch (request) {
            case BlockSignRequest block -> store.checkAndRecord(new BlockProposal(publicKey, block.slot(), signingRoot));
            case BlockV2SignRequest block -> store.checkAndRecord(new BlockProposal(publicKey, block.slot(), signingRoot));
            case AttestationSignRequest attestation -> store.checkAndRecord(vote(publicKey, attestation.attestationData(), signingRoot));
            case AggregationSlotSignRequest r -> null;
            case AggregateAndProofSignRequest r -> null;
            case AggregateAndProofV2SignRequest r -> null;
            case RandaoRevealSignRequest r -> null;
            case VoluntaryExitSignRequest r -> null;
            case DepositSignRequest r -> null;
            case SyncCommitteeMessageSignRequest r -> null;
            case SyncCommitteeSelectionProofSignRequest r -> null;
            case SyncCommitteeContributionAndProofSignRequest r -> null;
            case ValidatorRegistrationSignRequest r -> null;
        };
        if (verdict instanceof SlashingVerdict.Refused refused) {
            LOG.log(Level.WARNING, "slashing protection refused {0} for {1}: {2}", request.type(), publicKey, refused.reason());
            throw new SlashingRefusedException(refused);
        }
    }

    private static AttestationVote vote(BlsPublicKey publicKey, AttestationData data, Root signingRoot) {
        return new AttestationVote(publicKey, data.source().epoch(), data.target().epoch(), signingRoot);
    }
}
