package io.containment.runtime.testplugins;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Root;
import io.containment.api.slashing.AttestationVote;
import io.containment.api.slashing.BlockProposal;
import io.containment.api.slashing.ImportReport;
import io.containment.api.slashing.Interchange;
import io.containment.api.slashing.InvalidInterchangeException;
import io.containment.api.slashing.SignedAttestation;
import io.containment.api.slashing.SignedBlock;
import io.containment.api.slashing.SlashingStore;
import io.containment.api.slashing.SlashingVerdict;
import io.containment.api.slashing.StoreHealth;
import io.containment.api.slashing.StoreUnavailableException;
import io.containment.api.slashing.ValidatorHistory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A complete-history store in memory (no low watermarks); enough for the HTTP tests. */
final class MemorySlashingStore implements SlashingStore {
    private final Root genesisValidatorsRoot;
    private final boolean available;
    private final Map<BlsPublicKey, List<SignedBlock>> blocks = new HashMap<>();
    private final Map<BlsPublicKey, List<SignedAttestation>> attestations = new HashMap<>();

    MemorySlashingStore(Root genesisValidatorsRoot, boolean available) {
        this.genesisValidatorsRoot = genesisValidatorsRoot;
        this.available = available;
    }

    @Override
    public synchronized SlashingVerdict checkAndRecord(BlockProposal proposal) {
        SlashingVerdict verdict = check(proposal);
        if (verdict instanceof SlashingVerdict.Valid) {
            blocks.computeIfAbsent(proposal.publicKey(), k -> new ArrayList<>())
                    .add(new SignedBlock(proposal.slot(), Optional.of(proposal.signingRoot())));
        }
        return verdict;
    }

    @Override
    public synchronized SlashingVerdict checkAndRecord(AttestationVote vote) {
        SlashingVerdict verdict = check(vote);
        if (verdict instanceof SlashingVerdict.Valid) {
            attestations.computeIfAbsent(vote.publicKey(), k -> new ArrayList<>()).add(new SignedAttestation(
                    vote.sourceEpoch(), vote.targetEpoch(), Optional.of(vote.signingRoot())));
        }
        return verdict;
    }

    @Override
    public synchronized SlashingVerdict check(BlockProposal proposal) {
        ensureAvailable();
        for (SignedBlock previous : blocks.getOrDefault(proposal.publicKey(), List.of())) {
            if (previous.slot().equals(proposal.slot())) {
                return previous.signingRoot().equals(Optional.of(proposal.signingRoot()))
                        ? new SlashingVerdict.SameData() : new SlashingVerdict.DoubleProposal(previous);
            }
        }
        return new SlashingVerdict.Valid();
    }

    @Override
    public synchronized SlashingVerdict check(AttestationVote vote) {
        ensureAvailable();
        if (vote.sourceEpoch().compareTo(vote.targetEpoch()) > 0) {
            return new SlashingVerdict.SourceExceedsTarget(vote.sourceEpoch(), vote.targetEpoch());
        }
        for (SignedAttestation previous : attestations.getOrDefault(vote.publicKey(), List.of())) {
            if (previous.targetEpoch().equals(vote.targetEpoch())) {
                return previous.signingRoot().equals(Optional.of(vote.signingRoot()))
                        ? new SlashingVerdict.SameData() : new SlashingVerdict.DoubleVote(previous);
            }
            if (vote.sourceEpoch().compareTo(previous.sourceEpoch()) < 0 && vote.targetEpoch().compareTo(previous.targetEpoch()) > 0) {
                return new SlashingVerdict.SurroundsPrevious(previous);
            }
            if (vote.sourceEpoch().compareTo(previous.sourceEpoch()) > 0 && vote.targetEpoch().compareTo(previous.targetEpoch()) < 0) {
                return new SlashingVerdict.SurroundedByPrevious(previous);
            }
        }
        return new SlashingVerdict.Valid();
    }

    @Override
    public synchronized ImportReport importInterchange(Interchange interchange) {
        ensureAvailable();
        if (!interchange.genesisValidatorsRoot().equals(genesisValidatorsRoot)) {
            throw new InvalidInterchangeException("genesis_validators_root does not match");
        }
        List<ImportReport.Entry> entries = new ArrayList<>();
        for (ValidatorHistory history : interchange.data()) {
            blocks.computeIfAbsent(history.pubkey(), k -> new ArrayList<>()).addAll(history.signedBlocks());
            attestations.computeIfAbsent(history.pubkey(), k -> new ArrayList<>()).addAll(history.signedAttestations());
            entries.add(new ImportReport.Entry(history.pubkey(), history.signedBlocks().size(), history.signedAttestations().size()));
        }
        return new ImportReport(entries);
    }

    @Override
    public synchronized Interchange exportInterchange() {
        return exportInterchange(blocks.keySet());
    }

    @Override
    public synchronized Interchange exportInterchange(Collection<BlsPublicKey> validators) {
        List<ValidatorHistory> data = validators.stream().map(key -> new ValidatorHistory(key,
                blocks.getOrDefault(key, List.of()), attestations.getOrDefault(key, List.of()))).toList();
        return new Interchange(genesisValidatorsRoot, data);
    }

    @Override
    public StoreHealth health() {
        return available ? StoreHealth.up("in memory") : StoreHealth.down("simulated outage");
    }

    private void ensureAvailable() {
        if (!available) {
            throw new StoreUnavailableException("simulated outage", null);
        }
    }

    @Override
    public void close() {
    }
}
