package io.containment.runtime.ssz;

import static io.containment.runtime.ssz.Preset.MAX_ATTESTATIONS;
import static io.containment.runtime.ssz.Preset.MAX_ATTESTER_SLASHINGS;
import static io.containment.runtime.ssz.Preset.MAX_DEPOSITS;
import static io.containment.runtime.ssz.Preset.MAX_PROPOSER_SLASHINGS;
import static io.containment.runtime.ssz.Preset.MAX_VOLUNTARY_EXITS;

import io.containment.api.consensus.BlsSignature;
import io.containment.api.consensus.Root;
import java.util.List;
import java.util.Objects;

/** The Altair {@code BeaconBlockBody} container: the phase0 fields followed by sync_aggregate. */
public record BeaconBlockBodyAltair(BlsSignature randaoReveal, Eth1Data eth1Data, Bytes32 graffiti,
                                    List<ProposerSlashing> proposerSlashings, List<AttesterSlashing> attesterSlashings,
                                    List<Attestation> attestations, List<Deposit> deposits,
                                    List<SignedVoluntaryExit> voluntaryExits, SyncAggregate syncAggregate) {
    public BeaconBlockBodyAltair {
        Objects.requireNonNull(randaoReveal, "randao_reveal");
        Objects.requireNonNull(eth1Data, "eth1_data");
        Objects.requireNonNull(graffiti, "graffiti");
        proposerSlashings = SszLists.copyOf(proposerSlashings, MAX_PROPOSER_SLASHINGS, "proposer_slashings");
        attesterSlashings = SszLists.copyOf(attesterSlashings, MAX_ATTESTER_SLASHINGS, "attester_slashings");
        attestations = SszLists.copyOf(attestations, MAX_ATTESTATIONS, "attestations");
        deposits = SszLists.copyOf(deposits, MAX_DEPOSITS, "deposits");
        voluntaryExits = SszLists.copyOf(voluntaryExits, MAX_VOLUNTARY_EXITS, "voluntary_exits");
        Objects.requireNonNull(syncAggregate, "sync_aggregate");
    }

    /** hash_tree_root of this container. */
    public Root hashTreeRoot() {
        return new Chunks(9)
                .signature(randaoReveal)
                .root(eth1Data.hashTreeRoot())
                .bytes32(graffiti)
                .chunk(HashTreeRoot.ofList(proposerSlashings, MAX_PROPOSER_SLASHINGS, ProposerSlashing::hashTreeRoot))
                .chunk(HashTreeRoot.ofList(attesterSlashings, MAX_ATTESTER_SLASHINGS, AttesterSlashing::hashTreeRoot))
                .chunk(HashTreeRoot.ofList(attestations, MAX_ATTESTATIONS, Attestation::hashTreeRoot))
                .chunk(HashTreeRoot.ofList(deposits, MAX_DEPOSITS, Deposit::hashTreeRoot))
                .chunk(HashTreeRoot.ofList(voluntaryExits, MAX_VOLUNTARY_EXITS, SignedVoluntaryExit::hashTreeRoot))
                .root(syncAggregate.hashTreeRoot())
                .containerRoot();
    }
}
