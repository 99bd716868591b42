package io.containment.plugins.keys.dynamodb;

import io.containment.api.consensus.BlsPublicKey;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One item of the key table, one per validator key:
 * <table>
 *   <tr><th>attribute</th><th>type</th><th>meaning</th></tr>
 *   <tr><td>{@code pubkey}</td><td>S</td><td>partition key: {@code 0x} + 96 lower-case hex digits</td></tr>
 *   <tr><td>{@code status}</td><td>S</td><td>{@code active} (loaded by every signer) or {@code inactive}
 *       (deleted through the Key Manager API; the encrypted secret stays until an operator removes the item)</td></tr>
 *   <tr><td>{@code format}</td><td>N</td><td>{@value KeyEncryption#FORMAT}: the cryptography of {@link KeyEncryption}</td></tr>
 *   <tr><td>{@code nonce}</td><td>B</td><td>12 bytes, fresh for every write</td></tr>
 *   <tr><td>{@code ciphertext}</td><td>B</td><td>48 bytes: the AES-256-GCM encrypted secret and its tag</td></tr>
 *   <tr><td>{@code revision}</td><td>N</td><td>1 at the first write, +1 at every write</td></tr>
 *   <tr><td>{@code updated_at}</td><td>S</td><td>ISO-8601 time of the last write</td></tr>
 *   <tr><td>{@code derivation_path}</td><td>S</td><td>optional: the EIP-2334 path of the imported keystore</td></tr>
 * </table>
 *
 * @param revision  grows with every write; a reload decrypts only items whose revision or material changed
 */
record KeyItem(BlsPublicKey publicKey, Status status, int format, byte[] nonce, byte[] ciphertext, long revision,
               Optional<String> derivationPath) {
    static final String PUBKEY = "pubkey";
    static final String STATUS = "status";
    static final String FORMAT = "format";
    static final String NONCE = "nonce";
    static final String CIPHERTEXT = "ciphertext";
    static final String REVISION = "revision";
    static final String UPDATED_AT = "updated_at";
    static final String DERIVATION_PATH = "derivation_path";
    private static final Pattern PUBKEY_TEXT = Pattern.compile("0x[0-9a-f]{96}");

    /** {@code active | inactive}. */
    enum Status {
        ACTIVE("active"), INACTIVE("inactive");

        private final String wire;

        Status(String wire) {
            this.wire = wire;
        }

        String wire() {
            return wire;
        }

        static Optional<Status> of(String wire) {
            return Arrays.stream(values()).filter(status -> status.wire.equals(wire)).findFirst();
        }
    }

    /** The partition key value of a public key. */
    static String pubkeyText(BlsPublicKey publicKey) {
        return publicKey.toHex();
    }

    /** The key attribute map of the item of {@code publicKey}. */
    static Map<String, AttributeValue> key(BlsPublicKey publicKey) {
        return Map.of(PUBKEY, AttributeValue.fromS(pubkeyText(publicKey)));
    }

    /**
     * Reads an item as DynamoDB returned it.
     *
     * @throws ItemException naming the item and the attribute that is missing or malformed
     */
    static KeyItem parse(Map<String, AttributeValue> item) throws ItemException {
        String pubkey = string(item, PUBKEY, "item");
        if (!PUBKEY_TEXT.matcher(pubkey).matches()) {
            throw new ItemException("item " + shortened(pubkey) + ": pubkey is not 0x followed by 96 lower-case hex digits");
        }
        String label = "item " + pubkey;
        BlsPublicKey publicKey = BlsPublicKey.fromHex(pubkey);
        Status status = Status.of(string(item, STATUS, label))
                .orElseThrow(() -> new ItemException(label + ": status is neither active nor inactive"));
        int format = (int) number(item, FORMAT, label);
        long revision = number(item, REVISION, label);
        byte[] nonce = bytes(item, NONCE, label);
        byte[] ciphertext = bytes(item, CIPHERTEXT, label);
        AttributeValue path = item.get(DERIVATION_PATH);
        Optional<String> derivationPath = path == null || path.s() == null || path.s().isBlank()
                ? Optional.empty() : Optional.of(path.s());
        return new KeyItem(publicKey, status, format, nonce, ciphertext, revision, derivationPath);
    }

    /** Whether {@code other} holds the same encrypted material at the same revision (no new decryption needed). */
    boolean sameMaterialAs(KeyItem other) {
        return revision == other.revision && format == other.format && Arrays.equals(nonce, other.nonce)
                && Arrays.equals(ciphertext, other.ciphertext);
    }

    private static String string(Map<String, AttributeValue> item, String name, String label) throws ItemException {
        AttributeValue value = item.get(name);
        if (value == null || value.s() == null) {
            throw new ItemException(label + ": " + name + " is missing or not a string");
        }
        return value.s();
    }

    private static long number(Map<String, AttributeValue> item, String name, String label) throws ItemException {
        AttributeValue value = item.get(name);
        if (value == null || value.n() == null) {
            throw new ItemException(label + ": " + name + " is missing or not a number");
        }
        try {
            long number = Long.parseLong(value.n());
            if (number < 0 || number > Integer.MAX_VALUE && FORMAT.equals(name)) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new ItemException(label + ": " + name + " is not a whole number in range");
        }
    }

    private static byte[] bytes(Map<String, AttributeValue> item, String name, String label) throws ItemException {
        AttributeValue value = item.get(name);
        if (value == null || value.b() == null) {
            throw new ItemException(label + ": " + name + " is missing or not binary");
        }
        return value.b().asByteArray();
    }

    private static String shortened(String text) {
        String printable = text.replaceAll("[^\\x20-\\x7e]", "?");
        return printable.length() > 24 ? "'" + printable.substring(0, 24) + "…'" : "'" + printable + "'";
    }

    @Override
    public String toString() {
        return "KeyItem[" + publicKey + ", " + status.wire() + ", revision " + revision + "]";
    }
}
