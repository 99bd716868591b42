package io.containment.runtime.http.wire;

import static io.containment.runtime.http.wire.ConsensusJson.attestationData;
import static io.containment.runtime.http.wire.ConsensusJson.beaconBlockHeader;
import static io.containment.runtime.http.wire.ConsensusJson.bitvector;
import static io.containment.runtime.http.wire.ConsensusJson.bytes32;
import static io.containment.runtime.http.wire.ConsensusJson.publicKey;
import static io.containment.runtime.http.wire.ConsensusJson.root;
import static io.containment.runtime.http.wire.ConsensusJson.signature;
import static io.containment.runtime.http.wire.ConsensusJson.slot;

import io.containment.runtime.ssz.AttesterSlashing;
import io.containment.runtime.ssz.BeaconBlock;
import io.containment.runtime.ssz.BeaconBlockAltair;
import io.containment.runtime.ssz.BeaconBlockBody;
import io.containment.runtime.ssz.BeaconBlockBodyAltair;
import io.containment.runtime.ssz.Bytes32;
import io.containment.runtime.ssz.Deposit;
import io.containment.runtime.ssz.DepositData;
import io.containment.runtime.ssz.Eth1Data;
import io.containment.runtime.ssz.IndexedAttestation;
import io.containment.runtime.ssz.Preset;
import io.containment.runtime.ssz.ProposerSlashing;
import io.containment.runtime.ssz.SignedBeaconBlockHeader;
import io.containment.runtime.ssz.SignedVoluntaryExit;
import io.containment.runtime.ssz.SyncAggregate;
import java.util.List;

/** Reads full phase0 and Altair beacon blocks (BLOCK, and BLOCK_V2 before BELLATRIX) from JSON. */
final class BlockJson {
    private BlockJson() {
    }

    static BeaconBlock beaconBlock(JsonFields json) {
        JsonFields body = json.object("body");
        return new BeaconBlock(slot(json, "slot"), json.uint64("proposer_index"), root(json, "parent_root"),
                root(json, "state_root"),
                new BeaconBlockBody(signature(body, "randao_reveal"), eth1Data(body.object("eth1_data")),
                        bytes32(body, "graffiti"), proposerSlashings(body), attesterSlashings(body),
                        body.list("attestations", Preset.MAX_ATTESTATIONS, ConsensusJson::attestation),
                        deposits(body), voluntaryExits(body)));
    }

    static BeaconBlockAltair beaconBlockAltair(JsonFields json) {
        JsonFields body = json.object("body");
        return new BeaconBlockAltair(slot(json, "slot"), json.uint64("proposer_index"), root(json, "parent_root"),
                root(json, "state_root"),
                new BeaconBlockBodyAltair(signature(body, "randao_reveal"), eth1Data(body.object("eth1_data")),
                        bytes32(body, "graffiti"), proposerSlashings(body), attesterSlashings(body),
                        body.list("attestations", Preset.MAX_ATTESTATIONS, ConsensusJson::attestation),
                        deposits(body), voluntaryExits(body), syncAggregate(body.object("sync_aggregate"))));
    }

    private static Eth1Data eth1Data(JsonFields json) {
        return new Eth1Data(root(json, "deposit_root"), json.uint64("deposit_count"), bytes32(json, "block_hash"));
    }

    private static List<ProposerSlashing> proposerSlashings(JsonFields body) {
        return body.list("proposer_slashings", Preset.MAX_PROPOSER_SLASHINGS, slashing -> new ProposerSlashing(
                signedHeader(slashing.object("signed_header_1")), signedHeader(slashing.object("signed_header_2"))));
    }

    private static SignedBeaconBlockHeader signedHeader(JsonFields json) {
        return new SignedBeaconBlockHeader(beaconBlockHeader(json.object("message")), signature(json, "signature"));
    }

    private static List<AttesterSlashing> attesterSlashings(JsonFields body) {
        return body.list("attester_slashings", Preset.MAX_ATTESTER_SLASHINGS, slashing -> new AttesterSlashing(
                indexedAttestation(slashing.object("attestation_1")),
                indexedAttestation(slashing.object("attestation_2"))));
    }

    private static IndexedAttestation indexedAttestation(JsonFields json) {
        return new IndexedAttestation(json.uint64List("attesting_indices", IndexedAttestation.MAX_ATTESTING_INDICES),
                attestationData(json.object("data")), signature(json, "signature"));
    }

    private static List<Deposit> deposits(JsonFields body) {
        return body.list("deposits", Preset.MAX_DEPOSITS, deposit -> {
            List<Bytes32> proof = deposit.hexVector("proof", Deposit.PROOF_LENGTH, Bytes32.LENGTH).stream()
                    .map(Bytes32::new)
                    .toList();
            JsonFields data = deposit.object("data");
            return new Deposit(proof, new DepositData(publicKey(data, "pubkey"),
                    bytes32(data, "withdrawal_credentials"), data.uint64("amount"), signature(data, "signature")));
        });
    }

    private static List<SignedVoluntaryExit> voluntaryExits(JsonFields body) {
        return body.list("voluntary_exits", Preset.MAX_VOLUNTARY_EXITS, exit -> new SignedVoluntaryExit(
                ConsensusJson.voluntaryExit(exit.object("message")), signature(exit, "signature")));
    }

    private static SyncAggregate syncAggregate(JsonFields json) {
        return new SyncAggregate(bitvector(json, "sync_committee_bits", SyncAggregate.SYNC_COMMITTEE_BITS),
                signature(json, "sync_committee_signature"));
    }
}
