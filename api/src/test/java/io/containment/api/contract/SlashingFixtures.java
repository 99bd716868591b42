package io.containment.api.contract;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Root;
import io.containment.api.consensus.Slot;
import io.containment.api.slashing.AttestationVote;
import io.containment.api.slashing.BlockProposal;
import io.containment.api.slashing.Interchange;
import io.containment.api.slashing.SignedAttestation;
import io.containment.api.slashing.SignedBlock;
import io.containment.api.slashing.ValidatorHistory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Validators, roots and messages for the slashing-store contract tests. */
public final class SlashingFixtures {
    /** The chain every contract store is bound to unless a test says otherwise. */
    public static final Root GENESIS_VALIDATORS_ROOT = TestPluginContext.MAINNET_GVR;
    /** Another chain's root, for the wrong-chain tests. */
    public static final Root OTHER_GENESIS_VALIDATORS_ROOT = root("another chain");
    /** 2**63, the first slot/epoch whose top bit is set (negative as a signed long). */
    public static final long TWO_POW_63 = Long.MIN_VALUE;
    /** 2**64 - 1, the largest uint64 (FAR_FUTURE_EPOCH). */
    public static final long UINT64_MAX = -1L;

    private SlashingFixtures() {
    }

    /** A distinct, syntactically valid 48-byte public key per number (no BLS meaning needed here). */
    public static BlsPublicKey validator(int number) {
        ByteBuffer bytes = ByteBuffer.allocate(BlsPublicKey.LENGTH);
        bytes.put((byte) 0xa0);
        bytes.position(BlsPublicKey.LENGTH - Integer.BYTES);
        bytes.putInt(number);
        return new BlsPublicKey(bytes.array());
    }

    /** A realistic (never zero) signing root: SHA-256 of the label. */
    public static Root root(String label) {
        try {
            return new Root(MessageDigest.getInstance("SHA-256").digest(label.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static BlockProposal block(BlsPublicKey validator, long slot, Root signingRoot) {
        return new BlockProposal(validator, new Slot(slot), signingRoot);
    }

    public static AttestationVote vote(BlsPublicKey validator, long sourceEpoch, long targetEpoch, Root signingRoot) {
        return new AttestationVote(validator, new Epoch(sourceEpoch), new Epoch(targetEpoch), signingRoot);
    }

    public static SignedBlock signedBlock(long slot, Root signingRoot) {
        return new SignedBlock(new Slot(slot), Optional.of(signingRoot));
    }

    public static SignedBlock signedBlockWithoutRoot(long slot) {
        return new SignedBlock(new Slot(slot), Optional.empty());
    }

    public static SignedAttestation signedAttestation(long sourceEpoch, long targetEpoch, Root signingRoot) {
        return new SignedAttestation(new Epoch(sourceEpoch), new Epoch(targetEpoch), Optional.of(signingRoot));
    }

    public static SignedAttestation signedAttestationWithoutRoot(long sourceEpoch, long targetEpoch) {
        return new SignedAttestation(new Epoch(sourceEpoch), new Epoch(targetEpoch), Optional.empty());
    }

    public static ValidatorHistory history(BlsPublicKey validator, List<SignedBlock> blocks,
                                           List<SignedAttestation> attestations) {
        return new ValidatorHistory(validator, blocks, attestations);
    }

    /** The records of an export or import, per validator, ignoring order and repeated entries. */
    public static Map<BlsPublicKey, Records> recordsByValidator(List<ValidatorHistory> data) {
        Map<BlsPublicKey, Records> records = new HashMap<>();
        for (ValidatorHistory history : data) {
            Records merged = records.computeIfAbsent(history.pubkey(), k -> new Records(new HashSet<>(), new HashSet<>()));
            merged.blocks().addAll(history.signedBlocks());
            merged.attestations().addAll(history.signedAttestations());
        }
        return records;
    }

    /** One validator's records as sets. */
    public record Records(Set<SignedBlock> blocks, Set<SignedAttestation> attestations) {
    }

    /** An interchange for the contract's default chain. */
    public static Interchange interchange(ValidatorHistory... data) {
        return new Interchange(GENESIS_VALIDATORS_ROOT, List.of(data));
    }
}
