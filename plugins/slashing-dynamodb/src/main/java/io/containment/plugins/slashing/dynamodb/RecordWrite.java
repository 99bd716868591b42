package io.containment.plugins.slashing.dynamodb;

import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Slot;
import io.containment.api.slashing.SignedAttestation;
import io.containment.api.slashing.SignedBlock;

/**
 * One record as the item write that stores it: an element added to the {@code roots} set of its
 * slot's item or to the {@code votes} set of its target's item. Adding is idempotent, so the
 * writer and a helper may both do it.
 */
sealed interface RecordWrite {
    String ROOTS = "roots";
    String VOTES = "votes";

    /** The record item's sort key. */
    String sortKey();

    /** The set attribute the element goes to. */
    String attribute();

    /** The set element. */
    String element();

    /** The head's {@code pending} value for this record. */
    String pending();

    record Block(SignedBlock record) implements RecordWrite {
        @Override
        public String sortKey() {
            return Items.blockKey(record.slot());
        }

        @Override
        public String attribute() {
            return ROOTS;
        }

        @Override
        public String element() {
            return Items.root(record.signingRoot());
        }

        @Override
        public String pending() {
            return Items.pending(record);
        }
    }

    record Vote(SignedAttestation record) implements RecordWrite {
        @Override
        public String sortKey() {
            return Items.voteKey(record.targetEpoch());
        }

        @Override
        public String attribute() {
            return VOTES;
        }

        @Override
        public String element() {
            return Items.voteElement(record);
        }

        @Override
        public String pending() {
            return Items.pending(record);
        }
    }

    /** Parses a head's {@code pending} value ({@code b#<slot>#<root>} or {@code a#<target>#<source>#<root>}). */
    static RecordWrite ofPending(String pending) {
        String[] parts = pending.split("#");
        if (pending.startsWith(Items.BLOCK_PREFIX) && parts.length == 3) {
            return new Block(new SignedBlock(new Slot(Items.unpadded(parts[1])), Items.root(parts[2])));
        }
        if (pending.startsWith(Items.VOTE_PREFIX) && parts.length == 4) {
            return new Vote(Items.vote(new Epoch(Items.unpadded(parts[1])), parts[2] + "#" + parts[3]));
        }
        throw new IllegalStateException("unreadable pending record in a head item: " + pending);
    }
}
