package io.containment.api.contract;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Root;
import io.containment.api.consensus.Slot;
import io.containment.api.slashing.AttestationVote;
import io.containment.api.slashing.BlockProposal;
import io.containment.api.slashing.HighWatermark;
import io.containment.api.slashing.LowWatermarks;
import io.containment.api.slashing.PruneReport;
import io.containment.api.slashing.PrunedRecords;
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
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The contract's semantics in their plainest form: an in-memory, fully synchronised store. It
 * keeps the contract itself honest (the api build runs the contract against it) and is a readable
 * model for new backends. Not a product store: it forgets everything when dropped.
 */
public final class ReferenceSlashingStore implements SlashingStore {
    private final Root genesisValidatorsRoot;
    private Map<BlsPublicKey, History> histories = new LinkedHashMap<>();
    private final Set<BlsPublicKey> failingWrites = new HashSet<>();
    private final Set<BlsPublicKey> disabled = new HashSet<>();
    private Optional<HighWatermark> highWatermark = Optional.empty();
    private boolean closed;

    public ReferenceSlashingStore(Root genesisValidatorsRoot) {
        this.genesisValidatorsRoot = genesisValidatorsRoot;
    }

    /** Every write concerning the validator fails from now on (for the all-or-nothing test). */
    synchronized void failWritesOf(BlsPublicKey validator) {
        failingWrites.add(validator);
    }

    /** One validator's records and import watermarks. */
    private record History(List<SignedBlock> blocks, List<SignedAttestation> attestations, Watermarks watermarks) {
        History copy() {
            return new History(new ArrayList<>(blocks), new ArrayList<>(attestations), watermarks);
        }
    }

    private record Watermarks(Optional<Slot> slot, Optional<Epoch> source, Optional<Epoch> target) {
        static final Watermarks NONE = new Watermarks(Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Override
    public synchronized SlashingVerdict checkAndRecord(BlockProposal proposal) {
        SlashingVerdict verdict = check(proposal);
        if (verdict instanceof SlashingVerdict.Valid) {
            writable(proposal.publicKey()).blocks().add(new SignedBlock(proposal.slot(), Optional.of(proposal.signingRoot())));
        }
        return verdict;
    }

    @Override
    public synchronized SlashingVerdict checkAndRecord(AttestationVote vote) {
        SlashingVerdict verdict = check(vote);
        if (verdict instanceof SlashingVerdict.Valid) {
            writable(vote.publicKey()).attestations().add(new SignedAttestation(vote.sourceEpoch(), vote.targetEpoch(),
                    Optional.of(vote.signingRoot())));
        }
        return verdict;
    }

    @Override
    public synchronized SlashingVerdict check(BlockProposal proposal) {
        History history = readable(proposal.publicKey());
        if (disabled.contains(proposal.publicKey())) {
            return new SlashingVerdict.ValidatorDisabled(proposal.publicKey());
        }
        if (highWatermark.isPresent() && proposal.slot().compareTo(highWatermark.get().slot()) >= 0) {
            return new SlashingVerdict.AboveHighWatermark(highWatermark.get());
        }
        Optional<Root> root = Optional.of(proposal.signingRoot());
        List<SignedBlock> atSlot = history.blocks().stream().filter(b -> b.slot().equals(proposal.slot())).toList();
        if (!atSlot.isEmpty()) {
            return atSlot.stream().filter(b -> !b.signingRoot().equals(root)).findFirst()
                    .<SlashingVerdict>map(SlashingVerdict.DoubleProposal::new).orElseGet(SlashingVerdict.SameData::new);
        }
        Optional<Slot> watermark = history.watermarks().slot();
        if (watermark.isPresent() && proposal.slot().compareTo(watermark.get()) <= 0) {
            return new SlashingVerdict.BlockBelowLowWatermark(watermark.get());
        }
        return new SlashingVerdict.Valid();
    }

    @Override
    public synchronized SlashingVerdict check(AttestationVote vote) {
        History history = readable(vote.publicKey());
        Epoch source = vote.sourceEpoch();
        Epoch target = vote.targetEpoch();
        if (source.compareTo(target) > 0) {
            return new SlashingVerdict.SourceExceedsTarget(source, target);
        }
        if (disabled.contains(vote.publicKey())) {
            return new SlashingVerdict.ValidatorDisabled(vote.publicKey());
        }
        if (highWatermark.isPresent() && (source.compareTo(highWatermark.get().epoch()) >= 0
                || target.compareTo(highWatermark.get().epoch()) >= 0)) {
            return new SlashingVerdict.AboveHighWatermark(highWatermark.get());
        }
        List<SignedAttestation> sameTarget = history.attestations().stream().filter(a -> a.targetEpoch().equals(target)).toList();
        if (!sameTarget.isEmpty()) {
            return sameTarget.stream()
                    .filter(a -> !a.sourceEpoch().equals(source) || !a.signingRoot().equals(Optional.of(vote.signingRoot())))
                    .findFirst().<SlashingVerdict>map(SlashingVerdict.DoubleVote::new).orElseGet(SlashingVerdict.SameData::new);
        }
        Comparator<SignedAttestation> latestTarget = Comparator.comparing(SignedAttestation::targetEpoch);
        Optional<SignedAttestation> surrounding = history.attestations().stream()
                .filter(a -> a.sourceEpoch().compareTo(source) < 0 && a.targetEpoch().compareTo(target) > 0).max(latestTarget);
        if (surrounding.isPresent()) {
            return new SlashingVerdict.SurroundedByPrevious(surrounding.get());
        }
        Optional<SignedAttestation> surrounded = history.attestations().stream()
                .filter(a -> a.sourceEpoch().compareTo(source) > 0 && a.targetEpoch().compareTo(target) < 0).max(latestTarget);
        if (surrounded.isPresent()) {
            return new SlashingVerdict.SurroundsPrevious(surrounded.get());
        }
        Watermarks watermarks = history.watermarks();
        if (watermarks.source().isPresent() && (source.compareTo(watermarks.source().get()) < 0
                || target.compareTo(watermarks.target().orElseThrow()) <= 0)) {
            return new SlashingVerdict.AttestationBelowLowWatermark(watermarks.source().get(), watermarks.target().get());
        }
        return new SlashingVerdict.Valid();
    }

    @Override
    public synchronized ImportReport importInterchange(Interchange interchange) {
        available();
        if (!interchange.genesisValidatorsRoot().equals(genesisValidatorsRoot)) {
            throw new InvalidInterchangeException("interchange is for another chain");
        }
        Map<BlsPublicKey, History> next = new LinkedHashMap<>();
        histories.forEach((key, history) -> next.put(key, history.copy()));
        Map<BlsPublicKey, int[]> counts = new LinkedHashMap<>();
        for (ValidatorHistory entry : interchange.data()) {
            int[] count = counts.computeIfAbsent(entry.pubkey(), k -> new int[2]);
            if (entry.signedBlocks().isEmpty() && entry.signedAttestations().isEmpty()) {
                continue;
            }
            if (failingWrites.contains(entry.pubkey())) {
                throw new StoreUnavailableException("injected write failure", null);
            }
            History history = next.computeIfAbsent(entry.pubkey(), k -> new History(new ArrayList<>(), new ArrayList<>(), Watermarks.NONE));
            History before = history.copy();
            for (SignedBlock block : entry.signedBlocks()) {
                SignedBlock known = new SignedBlock(block.slot(), knownRoot(block.signingRoot()));
                count[0] += addIfAbsent(history.blocks(), known);
            }
            for (SignedAttestation attestation : entry.signedAttestations()) {
                SignedAttestation known = new SignedAttestation(attestation.sourceEpoch(), attestation.targetEpoch(),
                        knownRoot(attestation.signingRoot()));
                count[1] += addIfAbsent(history.attestations(), known);
            }
            next.put(entry.pubkey(), new History(history.blocks(), history.attestations(), raise(before, entry)));
        }
        histories = next;
        return new ImportReport(counts.entrySet().stream()
                .map(e -> new ImportReport.Entry(e.getKey(), e.getValue()[0], e.getValue()[1])).toList());
    }

    /** The contract's watermark rule: set by the first import, then raised within the held history, never lowered. */
    private static Watermarks raise(History before, ValidatorHistory entry) {
        Watermarks current = before.watermarks();
        Optional<Slot> slot = entry.signedBlocks().stream().map(SignedBlock::slot).min(Comparator.naturalOrder())
                .map(lowest -> raised(current.slot(), lowest,
                        before.blocks().stream().map(SignedBlock::slot).max(Comparator.naturalOrder())))
                .or(current::slot);
        Optional<Epoch> source = entry.signedAttestations().stream().map(SignedAttestation::sourceEpoch).min(Comparator.naturalOrder())
                .map(lowest -> raised(current.source(), lowest,
                        before.attestations().stream().map(SignedAttestation::sourceEpoch).max(Comparator.naturalOrder())))
                .or(current::source);
        Optional<Epoch> target = entry.signedAttestations().stream().map(SignedAttestation::targetEpoch).min(Comparator.naturalOrder())
                .map(lowest -> raised(current.target(), lowest,
                        before.attestations().stream().map(SignedAttestation::targetEpoch).max(Comparator.naturalOrder())))
                .or(current::target);
        return new Watermarks(slot, source, target);
    }

    private static <T extends Comparable<T>> T raised(Optional<T> current, T lowest, Optional<T> highestHeld) {
        if (current.isEmpty()) {
            return lowest;
        }
        T capped = highestHeld.isPresent() && highestHeld.get().compareTo(lowest) < 0 ? highestHeld.get() : lowest;
        return capped.compareTo(current.get()) > 0 ? capped : current.get();
    }

    @Override
    public synchronized Interchange exportInterchange() {
        return exportInterchange(histories.keySet());
    }

    @Override
    public synchronized Interchange exportInterchange(Collection<BlsPublicKey> validators) {
        available();
        List<ValidatorHistory> data = new ArrayList<>();
        for (BlsPublicKey key : new java.util.LinkedHashSet<>(validators)) {
            History history = histories.get(key);
            if (history != null) {
                data.add(new ValidatorHistory(key, history.blocks(), history.attestations()));
            }
        }
        return new Interchange(genesisValidatorsRoot, data);
    }

    @Override
    public synchronized void setEnabled(BlsPublicKey validator, boolean enabled) {
        available();
        if (enabled) {
            disabled.remove(validator);
        } else {
            disabled.add(validator);
        }
    }

    @Override
    public synchronized Optional<HighWatermark> highWatermark() {
        available();
        return highWatermark;
    }

    @Override
    public synchronized void setHighWatermark(Optional<HighWatermark> highWatermark) {
        available();
        this.highWatermark = highWatermark;
    }

    /** Folds old records into one summary record of each kind and raises the watermarks to it. */
    @Override
    public synchronized PruneReport prune(long epochsToKeep, long slotsToKeep) {
        available();
        List<PruneReport.Entry> entries = new ArrayList<>();
        for (Map.Entry<BlsPublicKey, History> entry : histories.entrySet()) {
            History history = entry.getValue();
            Optional<Slot> slotCutoff = PrunedRecords.blockCutoff(
                    history.blocks().stream().map(SignedBlock::slot).max(Comparator.naturalOrder()), slotsToKeep);
            Optional<Epoch> targetCutoff = PrunedRecords.attestationCutoff(
                    history.attestations().stream().map(SignedAttestation::targetEpoch).max(Comparator.naturalOrder()), epochsToKeep);
            List<SignedBlock> oldBlocks = history.blocks().stream()
                    .filter(b -> slotCutoff.isPresent() && b.slot().compareTo(slotCutoff.get()) < 0).toList();
            List<SignedAttestation> oldVotes = history.attestations().stream()
                    .filter(a -> targetCutoff.isPresent() && a.targetEpoch().compareTo(targetCutoff.get()) < 0).toList();
            if (oldBlocks.isEmpty() && oldVotes.isEmpty()) {
                continue;
            }
            PrunedRecords pruned = new PrunedRecords(oldBlocks.size(), oldVotes.size(),
                    oldBlocks.stream().map(SignedBlock::slot).max(Comparator.naturalOrder()),
                    oldVotes.stream().map(SignedAttestation::sourceEpoch).max(Comparator.naturalOrder()),
                    oldVotes.stream().map(SignedAttestation::targetEpoch).max(Comparator.naturalOrder()));
            history.blocks().removeAll(oldBlocks);
            history.attestations().removeAll(oldVotes);
            pruned.highestSlot().ifPresent(slot -> addIfAbsent(history.blocks(), new SignedBlock(slot, Optional.empty())));
            pruned.highestSource().ifPresent(source -> addIfAbsent(history.attestations(),
                    new SignedAttestation(source, pruned.highestTarget().orElseThrow(), Optional.empty())));
            Watermarks current = history.watermarks();
            LowWatermarks raised = new LowWatermarks(current.slot(), current.source(), current.target()).afterPrune(pruned);
            entry.setValue(new History(history.blocks(), history.attestations(),
                    new Watermarks(raised.blockSlot(), raised.attestationSource(), raised.attestationTarget())));
            entries.add(new PruneReport.Entry(entry.getKey(), oldBlocks.size(), oldVotes.size()));
        }
        return new PruneReport(entries);
    }

    @Override
    public synchronized StoreHealth health() {
        return closed ? StoreHealth.down("closed") : StoreHealth.up("in memory");
    }

    @Override
    public synchronized void close() {
        closed = true;
    }

    private History readable(BlsPublicKey validator) {
        available();
        return histories.getOrDefault(validator, new History(List.of(), List.of(), Watermarks.NONE));
    }

    private History writable(BlsPublicKey validator) {
        return histories.computeIfAbsent(validator, k -> new History(new ArrayList<>(), new ArrayList<>(), Watermarks.NONE));
    }

    private void available() {
        if (closed) {
            throw new StoreUnavailableException("store is closed", null);
        }
    }

    private static <T> int addIfAbsent(List<T> records, T record) {
        if (records.contains(record)) {
            return 0;
        }
        records.add(record);
        return 1;
    }

    private static Optional<Root> knownRoot(Optional<Root> root) {
        return root.filter(r -> !r.equals(Root.zero()));
    }
}
