package io.containment.runtime.signing.root;

import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.ForkInfo;
import io.containment.api.consensus.Root;
import io.containment.api.consensus.Version;
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
import io.containment.runtime.network.Network;
import io.containment.runtime.ssz.HashTreeRoot;

/**
 * The signing root of a request, exactly as the consensus specs' compute_signing_root: the message's
 * hash_tree_root with the domain of its type, at the fork version in force at the message's epoch.
 * It neither compares a supplied signing root nor checks the genesis validators root against the
 * network; the caller does both. Stateless and thread-safe.
 */
public final class SigningRootCalculator {

    /** The root to sign for {@code request} on {@code network}. */
    public Root signingRoot(SignRequest request, Network network) {
        int slotsPerEpoch = network.slotsPerEpoch();
        return switch (request) {
            case BlockSignRequest block -> atEpoch(block, DomainType.BEACON_PROPOSER,
                    block.slot().epoch(slotsPerEpoch), block.block().hashTreeRoot());
            case BlockV2SignRequest block -> atEpoch(block, DomainType.BEACON_PROPOSER,
                    block.slot().epoch(slotsPerEpoch), block.blockHeader().hashTreeRoot());
            case AttestationSignRequest attestation -> atEpoch(attestation, DomainType.BEACON_ATTESTER,
                    attestation.attestationData().target().epoch(), attestation.attestationData().hashTreeRoot());
            case AggregationSlotSignRequest selection -> atEpoch(selection, DomainType.SELECTION_PROOF,
                    selection.slot().epoch(slotsPerEpoch), HashTreeRoot.of(selection.slot()));
            case AggregateAndProofSignRequest aggregate -> atEpoch(aggregate, DomainType.AGGREGATE_AND_PROOF,
                    aggregate.aggregateAndProof().aggregateData().slot().epoch(slotsPerEpoch),
                    aggregate.aggregateAndProof().hashTreeRoot());
            case AggregateAndProofV2SignRequest aggregate -> atEpoch(aggregate, DomainType.AGGREGATE_AND_PROOF,
                    aggregate.aggregateAndProof().aggregateData().slot().epoch(slotsPerEpoch),
                    aggregate.aggregateAndProof().hashTreeRoot());
            case RandaoRevealSignRequest randao -> atEpoch(randao, DomainType.RANDAO,
                    randao.epoch(), HashTreeRoot.of(randao.epoch()));
            case VoluntaryExitSignRequest exit -> voluntaryExit(exit, network);
            case DepositSignRequest deposit -> ConsensusSigning.computeSigningRoot(
                    deposit.depositMessage().hashTreeRoot(),
                    ConsensusSigning.computeDomain(DomainType.DEPOSIT, deposit.genesisForkVersion(), Root.zero()));
            case SyncCommitteeMessageSignRequest message -> atEpoch(message, DomainType.SYNC_COMMITTEE,
                    message.slot().epoch(slotsPerEpoch), message.beaconBlockRoot());
            case SyncCommitteeSelectionProofSignRequest selection -> atEpoch(selection,
                    DomainType.SYNC_COMMITTEE_SELECTION_PROOF,
                    selection.selectionData().slot().epoch(slotsPerEpoch), selection.selectionData().hashTreeRoot());
            case SyncCommitteeContributionAndProofSignRequest contribution -> atEpoch(contribution,
                    DomainType.CONTRIBUTION_AND_PROOF,
                    contribution.contributionAndProof().contribution().slot().epoch(slotsPerEpoch),
                    contribution.contributionAndProof().hashTreeRoot());
            case ValidatorRegistrationSignRequest registration -> ConsensusSigning.computeSigningRoot(
                    registration.validatorRegistration().hashTreeRoot(),
                    ConsensusSigning.computeDomain(DomainType.APPLICATION_BUILDER, network.genesisForkVersion(),
                            Root.zero()));
        };
    }

    /** The signing root with {@code fork_info}'s version at {@code messageEpoch} and its genesis validators root. */
    private static Root atEpoch(SignRequest request, DomainType domainType, Epoch messageEpoch, Root objectRoot) {
        ForkInfo forkInfo = forkInfo(request);
        Version version = forkInfo.fork().versionAt(messageEpoch);
        return ConsensusSigning.computeSigningRoot(objectRoot,
                ConsensusSigning.computeDomain(domainType, version, forkInfo.genesisValidatorsRoot()));
    }

    /**
     * EIP-7044: every Deneb-or-later state verifies exits with CAPELLA_FORK_VERSION. The exit is verified in
     * such a state when its epoch, or the fork the client is on, is at or past the network's Deneb epoch.
     */
    private static Root voluntaryExit(VoluntaryExitSignRequest exit, Network network) {
        ForkInfo forkInfo = forkInfo(exit);
        Epoch exitEpoch = exit.voluntaryExit().epoch();
        Epoch forkEpoch = forkInfo.fork().epoch();
        Epoch latest = exitEpoch.isBefore(forkEpoch) ? forkEpoch : exitEpoch;
        Epoch denebEpoch = network.forkEpoch("deneb");
        Version version = !denebEpoch.equals(Epoch.FAR_FUTURE) && !latest.isBefore(denebEpoch)
                ? network.fork("capella").orElseThrow(() -> new IllegalStateException(
                        "network " + network.name() + " lists deneb but not capella")).version()
                : forkInfo.fork().versionAt(exitEpoch);
        return ConsensusSigning.computeSigningRoot(exit.voluntaryExit().hashTreeRoot(),
                ConsensusSigning.computeDomain(DomainType.VOLUNTARY_EXIT, version, forkInfo.genesisValidatorsRoot()));
    }

    private static ForkInfo forkInfo(SignRequest request) {
        return request.forkInfo().orElseThrow(() -> new IllegalStateException(request.type() + " without fork_info"));
    }
}
