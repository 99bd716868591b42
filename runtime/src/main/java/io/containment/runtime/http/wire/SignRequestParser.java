package io.containment.runtime.http.wire;

import static io.containment.runtime.http.wire.MalformedRequestException.at;

import io.containment.api.consensus.ForkInfo;
import io.containment.api.consensus.Root;
import io.containment.runtime.ssz.BeaconBlockHeader;
import java.util.Optional;

/**
 * Reads the JSON body of a signing request into a {@link SignRequest}, with the Web3Signer API's rules:
 * uint64 as decimal strings (or integral JSON numbers), bytes as 0x-hex of exact lengths, {@code type}
 * and {@code version} case-insensitive, unknown fields ignored, {@code signingRoot} or {@code signing_root}.
 * Thread-safe; one instance serves all requests.
 */
public final class SignRequestParser {
    private final JsonBodyReader bodyReader = new JsonBodyReader();

    /**
     * Parses one request body.
     *
     * @throws MalformedRequestException for any body that is not a well-formed signing request
     */
    public SignRequest parse(byte[] utf8Body) {
        JsonFields json = JsonFields.root(bodyReader.readObject(utf8Body));
        SignType type = WireEnums.signType(json);
        Optional<Root> signingRoot = signingRoot(json);
        try {
            return switch (type) {
                case BLOCK -> new BlockSignRequest(forkInfo(json, type), signingRoot,
                        BlockJson.beaconBlock(json.object("block")));
                case BLOCK_V2 -> blockV2(json, signingRoot);
                case ATTESTATION -> new AttestationSignRequest(forkInfo(json, type), signingRoot,
                        ConsensusJson.attestationData(json.object("attestation")));
                case AGGREGATION_SLOT -> new AggregationSlotSignRequest(forkInfo(json, type), signingRoot,
                        ConsensusJson.slot(json.object("aggregation_slot"), "slot"));
                case AGGREGATE_AND_PROOF -> new AggregateAndProofSignRequest(forkInfo(json, type), signingRoot,
                        ConsensusJson.aggregateAndProof(json.object("aggregate_and_proof")));
                case AGGREGATE_AND_PROOF_V2 -> aggregateAndProofV2(json, signingRoot);
                case RANDAO_REVEAL -> new RandaoRevealSignRequest(forkInfo(json, type), signingRoot,
                        ConsensusJson.epoch(json.object("randao_reveal"), "epoch"));
                case VOLUNTARY_EXIT -> new VoluntaryExitSignRequest(forkInfo(json, type), signingRoot,
                        ConsensusJson.voluntaryExit(json.object("voluntary_exit")));
                case DEPOSIT -> deposit(json, signingRoot);
                case SYNC_COMMITTEE_MESSAGE -> syncCommitteeMessage(json, signingRoot);
                case SYNC_COMMITTEE_SELECTION_PROOF -> new SyncCommitteeSelectionProofSignRequest(
                        forkInfo(json, type), signingRoot,
                        ConsensusJson.syncAggregatorSelectionData(json.object("sync_aggregator_selection_data")));
                case SYNC_COMMITTEE_CONTRIBUTION_AND_PROOF -> new SyncCommitteeContributionAndProofSignRequest(
                        forkInfo(json, type), signingRoot,
                        ConsensusJson.contributionAndProof(json.object("contribution_and_proof")));
                case VALIDATOR_REGISTRATION -> new ValidatorRegistrationSignRequest(signingRoot,
                        ConsensusJson.validatorRegistration(json.object("validator_registration")));
            };
        } catch (IllegalArgumentException e) {
            // the records' own checks; the parser checks first, so this is a safety net with our own message
            throw new MalformedRequestException(type + ": " + e.getMessage());
        }
    }

    private static Optional<ForkInfo> forkInfo(JsonFields json, SignType type) {
        if (!json.has("fork_info")) {
            throw at("fork_info", "is required for " + type);
        }
        return Optional.of(ConsensusJson.forkInfo(json.object("fork_info")));
    }

    /** {@code signingRoot}, or its snake-case spelling; both may be given only when they agree. */
    private static Optional<Root> signingRoot(JsonFields json) {
        Optional<Root> camel = json.has("signingRoot") ? Optional.of(ConsensusJson.root(json, "signingRoot"))
                : Optional.empty();
        Optional<Root> snake = json.has("signing_root") ? Optional.of(ConsensusJson.root(json, "signing_root"))
                : Optional.empty();
        if (camel.isPresent() && snake.isPresent() && !camel.equals(snake)) {
            throw at("signingRoot", "differs from signing_root; send one of them");
        }
        return camel.isPresent() ? camel : snake;
    }

    /** BLOCK_V2: a full {@code block} for PHASE0 and ALTAIR, a {@code block_header} for any version. */
    private static BlockV2SignRequest blockV2(JsonFields json, Optional<Root> signingRoot) {
        Optional<ForkInfo> forkInfo = forkInfo(json, SignType.BLOCK_V2);
        JsonFields beaconBlock = json.object("beacon_block");
        ConsensusVersion version = WireEnums.version(beaconBlock);
        boolean hasBlock = beaconBlock.has("block");
        boolean hasHeader = beaconBlock.has("block_header");
        if (hasBlock && hasHeader) {
            throw at(beaconBlock.pathOf("block"), "send either block or block_header, not both");
        }
        BeaconBlockHeader header;
        if (hasHeader) {
            header = ConsensusJson.beaconBlockHeader(beaconBlock.object("block_header"));
        } else if (version.isAtLeast(ConsensusVersion.BELLATRIX)) {
            throw at(beaconBlock.pathOf("block_header"), "is required for " + version
                    + (hasBlock ? " (a full block is accepted only for PHASE0 and ALTAIR)" : ""));
        } else if (version == ConsensusVersion.PHASE0) {
            header = BlockJson.beaconBlock(beaconBlock.object("block")).header();
        } else {
            header = BlockJson.beaconBlockAltair(beaconBlock.object("block")).header();
        }
        return new BlockV2SignRequest(forkInfo, signingRoot, version, header);
    }

    /** AGGREGATE_AND_PROOF_V2: the phase0 container up to DENEB, the Electra one (committee_bits) after. */
    private static AggregateAndProofV2SignRequest aggregateAndProofV2(JsonFields json, Optional<Root> signingRoot) {
        Optional<ForkInfo> forkInfo = forkInfo(json, SignType.AGGREGATE_AND_PROOF_V2);
        JsonFields versioned = json.object("aggregate_and_proof");
        ConsensusVersion version = WireEnums.version(versioned);
        JsonFields data = versioned.object("data");
        return new AggregateAndProofV2SignRequest(forkInfo, signingRoot, version,
                version.isAtLeast(ConsensusVersion.ELECTRA)
                        ? ConsensusJson.aggregateAndProofElectra(data)
                        : ConsensusJson.aggregateAndProof(data));
    }

    private static DepositSignRequest deposit(JsonFields json, Optional<Root> signingRoot) {
        JsonFields deposit = json.object("deposit");
        return new DepositSignRequest(signingRoot, ConsensusJson.depositMessage(deposit),
                ConsensusJson.version(deposit, "genesis_fork_version"));
    }

    private static SyncCommitteeMessageSignRequest syncCommitteeMessage(JsonFields json, Optional<Root> signingRoot) {
        Optional<ForkInfo> forkInfo = forkInfo(json, SignType.SYNC_COMMITTEE_MESSAGE);
        JsonFields message = json.object("sync_committee_message");
        return new SyncCommitteeMessageSignRequest(forkInfo, signingRoot,
                ConsensusJson.root(message, "beacon_block_root"), ConsensusJson.slot(message, "slot"));
    }
}
