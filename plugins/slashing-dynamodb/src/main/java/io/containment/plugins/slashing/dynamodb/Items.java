package io.containment.plugins.slashing.dynamodb;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Root;
import io.containment.api.consensus.Slot;
import io.containment.api.slashing.SignedAttestation;
import io.containment.api.slashing.SignedBlock;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The table's keys and value encodings (see the README's table design). Every item has a string
 * partition key {@code pk} and a string sort key {@code sk}:
 * <ul>
 *   <li>{@code meta} / {@code chain}: the genesis validators root and schema version;</li>
 *   <li>{@code meta} / {@code high_watermark}: the high watermark, absent when none;</li>
 *   <li>{@code v#<pubkey>} / {@code head}: the validator's version, enabled flag, low watermarks and
 *       the last record committed through it ({@code pending});</li>
 *   <li>{@code v#<pubkey>} / {@code b#<slot>}: the signing roots recorded at a slot ({@code roots});</li>
 *   <li>{@code v#<pubkey>} / {@code a#<target>}: the votes recorded for a target ({@code votes},
 *       each {@code <source>#<root>}).</li>
 *   <li>{@code v#<pubkey>} / {@code s#<import>#b#<slot>}, {@code s#<import>#a#<target>},
 *       {@code s#<import>#wm}: records and low watermarks staged by an import, in effect once
 *       {@code meta} / {@code import#<import>} exists (see {@link InterchangeImport}).</li>
 * </ul>
 * Slots and epochs are unsigned 64-bit: in sort keys as 20 zero-padded decimal digits (string
 * order is numeric order), in number attributes as their unsigned decimal. An unknown root is
 * {@value #UNKNOWN}.
 */
final class Items {
    static final String PK = "pk";
    static final String SK = "sk";
    static final String META = "meta";
    static final String CHAIN = "chain";
    static final String HIGH_WATERMARK = "high_watermark";
    static final String HEAD = "head";
    static final String BLOCK_PREFIX = "b#";
    static final String VOTE_PREFIX = "a#";
    static final String VALIDATOR_PREFIX = "v#";
    static final String STAGED_PREFIX = "s#";
    static final String STAGED_WATERMARKS = "wm";
    static final String IMPORT_PREFIX = "import#";
    static final String UNKNOWN = "unknown";
    /** Version of the item layout, in the chain item; a store refuses a table of another version. */
    static final int SCHEMA_VERSION = 1;

    private Items() {
    }

    static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of(PK, s(pk), SK, s(sk));
    }

    static String validatorKey(BlsPublicKey pubkey) {
        return VALIDATOR_PREFIX + pubkey.toHex();
    }

    static BlsPublicKey pubkeyOf(String validatorKey) {
        return BlsPublicKey.fromHex(validatorKey.substring(VALIDATOR_PREFIX.length()));
    }

    static String blockKey(Slot slot) {
        return BLOCK_PREFIX + padded(slot.value());
    }

    static String voteKey(Epoch target) {
        return VOTE_PREFIX + padded(target.value());
    }

    /** A staged item of import {@code importId}: {@code s#<importId>#<sort key of the real item>} (or {@code #wm}). */
    static String stagedKey(String importId, String realSortKey) {
        return STAGED_PREFIX + importId + "#" + realSortKey;
    }

    /** The import id of a staged item's sort key. */
    static String importIdOf(String stagedKey) {
        return stagedKey.substring(STAGED_PREFIX.length(), stagedKey.indexOf('#', STAGED_PREFIX.length()));
    }

    /** The real item's sort key (or {@value #STAGED_WATERMARKS}) of a staged item's sort key. */
    static String realKeyOf(String stagedKey) {
        return stagedKey.substring(stagedKey.indexOf('#', STAGED_PREFIX.length()) + 1);
    }

    static String padded(long unsigned) {
        String digits = Long.toUnsignedString(unsigned);
        return "0".repeat(20 - digits.length()) + digits;
    }

    static long unpadded(String digits) {
        return Long.parseUnsignedLong(digits);
    }

    static String root(Optional<Root> root) {
        return root.map(Root::toHex).orElse(UNKNOWN);
    }

    static Optional<Root> root(String encoded) {
        return encoded.equals(UNKNOWN) ? Optional.empty() : Optional.of(Root.fromHex(encoded));
    }

    /** A vote as an element of a {@code votes} set. */
    static String voteElement(SignedAttestation vote) {
        return padded(vote.sourceEpoch().value()) + "#" + root(vote.signingRoot());
    }

    static SignedAttestation vote(Epoch target, String element) {
        int hash = element.indexOf('#');
        return new SignedAttestation(new Epoch(unpadded(element.substring(0, hash))), target, root(element.substring(hash + 1)));
    }

    /** A record as the head's {@code pending} attribute: {@code b#<slot>#<root>} or {@code a#<target>#<source>#<root>}. */
    static String pending(SignedBlock block) {
        return blockKey(block.slot()) + "#" + root(block.signingRoot());
    }

    static String pending(SignedAttestation vote) {
        return voteKey(vote.targetEpoch()) + "#" + voteElement(vote);
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(long unsigned) {
        return AttributeValue.fromN(Long.toUnsignedString(unsigned));
    }

    static long unsigned(AttributeValue number) {
        return Long.parseUnsignedLong(number.n());
    }
}
