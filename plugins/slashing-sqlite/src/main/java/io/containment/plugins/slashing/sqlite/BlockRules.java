package io.containment.plugins.slashing.sqlite;

import io.containment.api.consensus.Slot;
import io.containment.api.slashing.BlockProposal;
import io.containment.api.slashing.SignedBlock;
import io.containment.api.slashing.SlashingVerdict;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * EIP-3076 block rules against the complete history, in this order:
 * <ol>
 *   <li>records at the slot: all with the request's signing root → {@code SameData}; any other
 *       or unknown root → {@code DoubleProposal} carrying it;</li>
 *   <li>slot at or below the import low watermark → {@code BlockBelowLowWatermark};</li>
 *   <li>otherwise {@code Valid}.</li>
 * </ol>
 * Nothing but the watermark limits slots before or after the recorded ones: a history that is
 * complete proves those slots were never signed.
 */
final class BlockRules {
    private final SignedBlocks blocks;
    private final LowWatermarks watermarks;

    BlockRules(Connection connection) {
        this.blocks = new SignedBlocks(connection);
        this.watermarks = new LowWatermarks(connection);
    }

    SlashingVerdict judge(OptionalLong validatorId, BlockProposal proposal) throws SQLException {
        if (validatorId.isEmpty()) {
            return new SlashingVerdict.Valid();
        }
        long id = validatorId.getAsLong();
        List<SignedBlock> atSlot = blocks.at(id, proposal.slot());
        if (!atSlot.isEmpty()) {
            Optional<SignedBlock> conflicting = atSlot.stream()
                    .filter(previous -> !previous.signingRoot().equals(Optional.of(proposal.signingRoot())))
                    .findFirst();
            return conflicting.<SlashingVerdict>map(SlashingVerdict.DoubleProposal::new)
                    .orElseGet(SlashingVerdict.SameData::new);
        }
        Optional<Slot> watermark = watermarks.of(id).blockSlot();
        if (watermark.isPresent() && proposal.slot().compareTo(watermark.get()) <= 0) {
            return new SlashingVerdict.BlockBelowLowWatermark(watermark.get());
        }
        return new SlashingVerdict.Valid();
    }

    /** Records a proposal judged {@code Valid}. */
    void record(long validatorId, BlockProposal proposal) throws SQLException {
        blocks.add(validatorId, new SignedBlock(proposal.slot(), Optional.of(proposal.signingRoot())));
    }
}
