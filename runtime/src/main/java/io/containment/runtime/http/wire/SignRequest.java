package io.containment.runtime.http.wire;

import io.containment.api.consensus.ForkInfo;
import io.containment.api.consensus.Root;
import java.util.Optional;

/** A parsed body of {@code POST /api/v1/eth2/sign/{pubkey}}: one record per signing {@link SignType}. */
public sealed interface SignRequest
        permits BlockSignRequest, BlockV2SignRequest, AttestationSignRequest, AggregationSlotSignRequest,
                AggregateAndProofSignRequest, AggregateAndProofV2SignRequest, RandaoRevealSignRequest,
                VoluntaryExitSignRequest, DepositSignRequest, SyncCommitteeMessageSignRequest,
                SyncCommitteeSelectionProofSignRequest, SyncCommitteeContributionAndProofSignRequest,
                ValidatorRegistrationSignRequest {

    /** What is being signed. */
    SignType type();

    /** The request's {@code fork_info}; present for every type but DEPOSIT and VALIDATOR_REGISTRATION. */
    Optional<ForkInfo> forkInfo();

    /** The {@code signingRoot} (or {@code signing_root}) the client sent for checking, if any. */
    Optional<Root> suppliedSigningRoot();
}
