package io.containment.runtime.slashing;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Root;
import io.containment.api.consensus.Slot;
import io.containment.api.slashing.Interchange;
import io.containment.api.slashing.InvalidInterchangeException;
import io.containment.api.slashing.SignedAttestation;
import io.containment.api.slashing.SignedBlock;
import io.containment.api.slashing.ValidatorHistory;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** EIP-3076 interchange format version 5: JSON ↔ {@link Interchange}. Errors name the JSON path. */
public final class InterchangeJson {
    private InterchangeJson() {
    }

    /**
     * Parses an interchange document.
     *
     * @throws InvalidInterchangeException naming the path of the first problem
     */
    public static Interchange parse(byte[] json) {
        JsonObject root;
        try (var reader = Json.createReader(new ByteArrayInputStream(json))) {
            root = reader.readObject();
        } catch (JsonParsingException e) {
            throw new InvalidInterchangeException("not valid JSON: " + e.getMessage());
        } catch (JsonException | ClassCastException e) {
            throw new InvalidInterchangeException("an interchange must be a JSON object");
        }
        JsonObject metadata = object(root, "metadata", "metadata");
        String version = text(metadata, "interchange_format_version", "metadata.interchange_format_version");
        if (!Interchange.FORMAT_VERSION.equals(version)) {
            throw new InvalidInterchangeException("metadata.interchange_format_version: expected \"5\", got \"" + version + "\"");
        }
        Root gvr = value(metadata, "genesis_validators_root", "metadata.genesis_validators_root", Root::fromHex);
        List<ValidatorHistory> data = new ArrayList<>();
        JsonArray entries = array(root, "data", "data");
        for (int i = 0; i < entries.size(); i++) {
            data.add(history(asObject(entries.get(i), "data[" + i + "]"), "data[" + i + "]"));
        }
        return new Interchange(gvr, data);
    }

    private static ValidatorHistory history(JsonObject entry, String path) {
        BlsPublicKey pubkey = value(entry, "pubkey", path + ".pubkey", BlsPublicKey::fromHex);
        List<SignedBlock> blocks = new ArrayList<>();
        JsonArray signedBlocks = optionalArray(entry, "signed_blocks", path + ".signed_blocks");
        for (int i = 0; i < signedBlocks.size(); i++) {
            String at = path + ".signed_blocks[" + i + "]";
            JsonObject block = asObject(signedBlocks.get(i), at);
            blocks.add(new SignedBlock(value(block, "slot", at + ".slot", Slot::parse), signingRoot(block, at)));
        }
        List<SignedAttestation> attestations = new ArrayList<>();
        JsonArray signedAttestations = optionalArray(entry, "signed_attestations", path + ".signed_attestations");
        for (int i = 0; i < signedAttestations.size(); i++) {
            String at = path + ".signed_attestations[" + i + "]";
            JsonObject attestation = asObject(signedAttestations.get(i), at);
            attestations.add(new SignedAttestation(value(attestation, "source_epoch", at + ".source_epoch", Epoch::parse),
                    value(attestation, "target_epoch", at + ".target_epoch", Epoch::parse), signingRoot(attestation, at)));
        }
        return new ValidatorHistory(pubkey, blocks, attestations);
    }

    private static Optional<Root> signingRoot(JsonObject object, String path) {
        if (!object.containsKey("signing_root") || object.isNull("signing_root")) {
            return Optional.empty();
        }
        return Optional.of(value(object, "signing_root", path + ".signing_root", Root::fromHex));
    }

    /** Writes an interchange document (pretty enough for humans, exact for machines). */
    public static String write(Interchange interchange) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (ValidatorHistory history : interchange.data()) {
            JsonArrayBuilder blocks = Json.createArrayBuilder();
            history.signedBlocks().forEach(block -> blocks.add(withRoot(Json.createObjectBuilder()
                    .add("slot", block.slot().toString()), block.signingRoot())));
            JsonArrayBuilder attestations = Json.createArrayBuilder();
            history.signedAttestations().forEach(att -> attestations.add(withRoot(Json.createObjectBuilder()
                    .add("source_epoch", att.sourceEpoch().toString())
                    .add("target_epoch", att.targetEpoch().toString()), att.signingRoot())));
            data.add(Json.createObjectBuilder().add("pubkey", history.pubkey().toHex())
                    .add("signed_blocks", blocks).add("signed_attestations", attestations));
        }
        JsonObject document = Json.createObjectBuilder()
                .add("metadata", Json.createObjectBuilder()
                        .add("interchange_format_version", Interchange.FORMAT_VERSION)
                        .add("genesis_validators_root", interchange.genesisValidatorsRoot().toHex()))
                .add("data", data).build();
        StringWriter out = new StringWriter();
        try (var writer = Json.createWriter(out)) {
            writer.writeObject(document);
        }
        return out.toString();
    }

    private static JsonObjectBuilder withRoot(JsonObjectBuilder builder, Optional<Root> root) {
        root.ifPresent(r -> builder.add("signing_root", r.toHex()));
        return builder;
    }

    private static JsonObject object(JsonObject parent, String name, String path) {
        if (!parent.containsKey(name)) {
            throw new InvalidInterchangeException(path + ": required");
        }
        return asObject(parent.get(name), path);
    }

    private static JsonObject asObject(JsonValue value, String path) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInterchangeException(path + ": expected an object");
        }
        return value.asJsonObject();
    }

    private static JsonArray array(JsonObject parent, String name, String path) {
        if (!parent.containsKey(name) || parent.get(name).getValueType() != JsonValue.ValueType.ARRAY) {
            throw new InvalidInterchangeException(path + ": expected an array");
        }
        return parent.getJsonArray(name);
    }

    private static JsonArray optionalArray(JsonObject parent, String name, String path) {
        return parent.containsKey(name) ? array(parent, name, path) : JsonValue.EMPTY_JSON_ARRAY;
    }

    private static String text(JsonObject parent, String name, String path) {
        JsonValue value = parent.get(name);
        if (value == null || value.getValueType() != JsonValue.ValueType.STRING) {
            throw new InvalidInterchangeException(path + ": expected a string");
        }
        return ((JsonString) value).getString();
    }

    private static <T> T value(JsonObject parent, String name, String path, Function<String, T> parser) {
        String text = text(parent, name, path);
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInterchangeException(path + ": " + e.getMessage());
        }
    }
}
