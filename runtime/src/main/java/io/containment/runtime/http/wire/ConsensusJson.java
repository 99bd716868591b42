package io.containment.runtime.http.wire;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.BlsSignature;
import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Fork;
import io.containment.api.consensus.ForkInfo;
import io.containment.api.consensus.Root;
import io.containment.api.consensus.Slot;
import io.containment.api.consensus.Version;
import io.containment.runtime.ssz.AggregateAndProof;
import io.containment.runtime.ssz.AggregateAndProofElectra;
import io.containment.runtime.ssz.Attestation;
import io.containment.runtime.ssz.AttestationData;
import io.containment.runtime.ssz.AttestationElectra;
import io.containment.runtime.ssz.Bitlist;
import io.containment.runtime.ssz.Bitvector;
import io.containment.runtime.ssz.BeaconBlockHeader;
import io.containment.runtime.ssz.Bytes32;
import io.containment.runtime.ssz.Checkpoint;
import io.containment.runtime.ssz.ContributionAndProof;
import io.containment.runtime.ssz.DepositMessage;
import io.containment.runtime.ssz.ExecutionAddress;
import io.containment.runtime.ssz.SyncAggregatorSelectionData;
import io.containment.runtime.ssz.SyncCommitteeContribution;
import io.containment.runtime.ssz.ValidatorRegistrationV1;
import io.containment.runtime.ssz.VoluntaryExit;

/** Reads the consensus containers of the signing API's JSON (Beacon-API encoding) into SSZ records. */
final class ConsensusJson {
    private ConsensusJson() {
    }

    static ForkInfo forkInfo(JsonFields json) {
        JsonFields fork = json.object("fork");
        return new ForkInfo(
                new Fork(version(fork, "previous_version"), version(fork, "current_version"), epoch(fork, "epoch")),
                root(json, "genesis_validators_root"));
    }

    static Checkpoint checkpoint(JsonFields json) {
        return new Checkpoint(epoch(json, "epoch"), root(json, "root"));
    }

    static AttestationData attestationData(JsonFields json) {
        return new AttestationData(slot(json, "slot"), json.uint64("index"), root(json, "beacon_block_root"),
                checkpoint(json.object("source")), checkpoint(json.object("target")));
    }

    static BeaconBlockHeader beaconBlockHeader(JsonFields json) {
        return new BeaconBlockHeader(slot(json, "slot"), json.uint64("proposer_index"), root(json, "parent_root"),
                root(json, "state_root"), root(json, "body_root"));
    }

    /** A phase0 Attestation; committee_bits is refused rather than silently dropped from the root. */
    static Attestation attestation(JsonFields json) {
        if (json.has("committee_bits")) {
            throw json.error("committee_bits", "only ELECTRA and later attestations have it"
                    + " (use AGGREGATE_AND_PROOF_V2 with version ELECTRA or later)");
        }
        return new Attestation(bitlist(json, "aggregation_bits", Attestation.MAX_AGGREGATION_BITS),
                attestationData(json.object("data")), signature(json, "signature"));
    }

    static AttestationElectra attestationElectra(JsonFields json) {
        return new AttestationElectra(bitlist(json, "aggregation_bits", AttestationElectra.MAX_AGGREGATION_BITS),
                attestationData(json.object("data")), signature(json, "signature"),
                bitvector(json, "committee_bits", AttestationElectra.COMMITTEE_BITS));
    }

    static AggregateAndProof aggregateAndProof(JsonFields json) {
        return new AggregateAndProof(json.uint64("aggregator_index"), attestation(json.object("aggregate")),
                signature(json, "selection_proof"));
    }

    static AggregateAndProofElectra aggregateAndProofElectra(JsonFields json) {
        return new AggregateAndProofElectra(json.uint64("aggregator_index"),
                attestationElectra(json.object("aggregate")), signature(json, "selection_proof"));
    }

    static VoluntaryExit voluntaryExit(JsonFields json) {
        return new VoluntaryExit(epoch(json, "epoch"), json.uint64("validator_index"));
    }

    static SyncAggregatorSelectionData syncAggregatorSelectionData(JsonFields json) {
        return new SyncAggregatorSelectionData(slot(json, "slot"), json.uint64("subcommittee_index"));
    }

    static ContributionAndProof contributionAndProof(JsonFields json) {
        JsonFields contribution = json.object("contribution");
        return new ContributionAndProof(json.uint64("aggregator_index"),
                new SyncCommitteeContribution(slot(contribution, "slot"), root(contribution, "beacon_block_root"),
                        contribution.uint64("subcommittee_index"),
                        bitvector(contribution, "aggregation_bits", SyncCommitteeContribution.AGGREGATION_BITS),
                        signature(contribution, "signature")),
                signature(json, "selection_proof"));
    }

    static DepositMessage depositMessage(JsonFields json) {
        return new DepositMessage(publicKey(json, "pubkey"), bytes32(json, "withdrawal_credentials"),
                json.uint64("amount"));
    }

    static ValidatorRegistrationV1 validatorRegistration(JsonFields json) {
        return new ValidatorRegistrationV1(new ExecutionAddress(json.hex("fee_recipient", ExecutionAddress.LENGTH)),
                json.uint64("gas_limit"), json.uint64("timestamp"), publicKey(json, "pubkey"));
    }

    static Slot slot(JsonFields json, String name) {
        return new Slot(json.uint64(name));
    }

    static Epoch epoch(JsonFields json, String name) {
        return new Epoch(json.uint64(name));
    }

    static Root root(JsonFields json, String name) {
        return new Root(json.hex(name, Root.LENGTH));
    }

    static Bytes32 bytes32(JsonFields json, String name) {
        return new Bytes32(json.hex(name, Bytes32.LENGTH));
    }

    static Version version(JsonFields json, String name) {
        return new Version(json.hex(name, Version.LENGTH));
    }

    static BlsPublicKey publicKey(JsonFields json, String name) {
        return new BlsPublicKey(json.hex(name, BlsPublicKey.LENGTH));
    }

    static BlsSignature signature(JsonFields json, String name) {
        return new BlsSignature(json.hex(name, BlsSignature.LENGTH));
    }

    /** A Bitlist[limit] in SSZ hex: the bits, then a delimiter bit in a non-zero last byte. */
    static Bitlist bitlist(JsonFields json, String name, long limit) {
        byte[] bytes = json.hex(name);
        int last = bytes[bytes.length - 1] & 0xff;
        if (last == 0) {
            throw json.error(name, "must end in a non-zero byte holding the bitlist's delimiter bit");
        }
        long bits = 8L * (bytes.length - 1) + (31 - Integer.numberOfLeadingZeros(last));
        if (bits > limit) {
            throw json.error(name, "must have at most " + limit + " bits");
        }
        return new Bitlist(bytes, limit);
    }

    /** A Bitvector[length] in SSZ hex: exactly ceil(length / 8) bytes, no bit set beyond length. */
    static Bitvector bitvector(JsonFields json, String name, int length) {
        byte[] bytes = json.hex(name, (length + 7) / 8);
        if (length % 8 != 0 && (bytes[bytes.length - 1] & 0xff) >>> (length % 8) != 0) {
            throw json.error(name, "has bits set beyond its length " + length);
        }
        return new Bitvector(bytes, length);
    }
}
