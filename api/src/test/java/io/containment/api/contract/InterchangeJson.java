package io.containment.api.contract;

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
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * EIP-3076 interchange (format version 5) JSON ↔ {@link Interchange}, for tests. Integers are
 * decimal strings (JSON numbers are tolerated), roots and keys 0x-hex; unknown fields are ignored.
 * Anything malformed is an {@link InvalidInterchangeException} naming the field.
 */
public final class InterchangeJson {
    private InterchangeJson() {
    }

    /** Parses an interchange document. */
    public static Interchange read(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return read(reader.readObject());
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidInterchangeException("interchange is not a JSON object: " + e.getMessage());
        }
    }

    /** Reads an interchange document already parsed as JSON. */
    public static Interchange read(JsonObject document) {
        try {
            JsonObject metadata = document.getJsonObject("metadata");
            if (metadata == null) {
                throw new InvalidInterchangeException("metadata is missing");
            }
            String version = text(metadata, "interchange_format_version");
            if (!Interchange.FORMAT_VERSION.equals(version)) {
                throw new InvalidInterchangeException("interchange_format_version " + version + " is not supported (only "
                        + Interchange.FORMAT_VERSION + ")");
            }
            Root genesisValidatorsRoot = Root.fromHex(text(metadata, "genesis_validators_root"));
            return new Interchange(genesisValidatorsRoot, list(document, "data", InterchangeJson::validator));
        } catch (ClassCastException | IllegalArgumentException | NullPointerException | ArithmeticException e) {
            throw new InvalidInterchangeException("malformed interchange: " + e.getMessage());
        }
    }

    /** Writes an interchange document. */
    public static JsonObject write(Interchange interchange) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (ValidatorHistory history : interchange.data()) {
            JsonArrayBuilder blocks = Json.createArrayBuilder();
            history.signedBlocks().forEach(b -> blocks.add(withRoot(Json.createObjectBuilder()
                    .add("slot", b.slot().toString()), b.signingRoot())));
            JsonArrayBuilder attestations = Json.createArrayBuilder();
            history.signedAttestations().forEach(a -> attestations.add(withRoot(Json.createObjectBuilder()
                    .add("source_epoch", a.sourceEpoch().toString())
                    .add("target_epoch", a.targetEpoch().toString()), a.signingRoot())));
            data.add(Json.createObjectBuilder()
                    .add("pubkey", history.pubkey().toHex())
                    .add("signed_blocks", blocks)
                    .add("signed_attestations", attestations));
        }
        return Json.createObjectBuilder()
                .add("metadata", Json.createObjectBuilder()
                        .add("interchange_format_version", Interchange.FORMAT_VERSION)
                        .add("genesis_validators_root", interchange.genesisValidatorsRoot().toHex()))
                .add("data", data)
                .build();
    }

    /** Writes an interchange document as JSON text. */
    public static String writeString(Interchange interchange) {
        return write(interchange).toString();
    }

    private static ValidatorHistory validator(JsonObject entry) {
        return new ValidatorHistory(BlsPublicKey.fromHex(text(entry, "pubkey")),
                list(entry, "signed_blocks", InterchangeJson::signedBlock),
                list(entry, "signed_attestations", InterchangeJson::signedAttestation));
    }

    private static SignedBlock signedBlock(JsonObject block) {
        return new SignedBlock(Slot.parse(uint64(block, "slot")), signingRoot(block));
    }

    private static SignedAttestation signedAttestation(JsonObject attestation) {
        return new SignedAttestation(Epoch.parse(uint64(attestation, "source_epoch")),
                Epoch.parse(uint64(attestation, "target_epoch")), signingRoot(attestation));
    }

    private static Optional<Root> signingRoot(JsonObject record) {
        JsonValue value = record.get("signing_root");
        return value == null || value == JsonValue.NULL ? Optional.empty() : Optional.of(Root.fromHex(text(record, "signing_root")));
    }

    private static <T> List<T> list(JsonObject object, String name, Function<JsonObject, T> element) {
        JsonArray array = object.getJsonArray(name);
        if (array == null) {
            throw new InvalidInterchangeException(name + " is missing");
        }
        return array.getValuesAs(JsonObject.class).stream().map(element).toList();
    }

    private static String text(JsonObject object, String name) {
        if (!(object.get(name) instanceof JsonString string)) {
            throw new InvalidInterchangeException(name + " must be a string");
        }
        return string.getString();
    }

    private static String uint64(JsonObject object, String name) {
        return object.get(name) instanceof JsonNumber number ? number.bigIntegerValueExact().toString() : text(object, name);
    }

    private static JsonObjectBuilder withRoot(JsonObjectBuilder record, Optional<Root> signingRoot) {
        signingRoot.ifPresent(root -> record.add("signing_root", root.toHex()));
        return record;
    }
}
