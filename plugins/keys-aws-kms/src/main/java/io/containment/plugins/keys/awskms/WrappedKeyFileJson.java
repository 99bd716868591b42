package io.containment.plugins.keys.awskms;

import io.containment.api.consensus.BlsPublicKey;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads and writes {@link WrappedKeyFile}s; every problem names the JSON field. */
final class WrappedKeyFileJson {
    /** A file of 10 000 keys is about 2 MiB. */
    static final int MAX_FILE_BYTES = 16 * 1024 * 1024;
    private static final JsonProvider JSON = new org.eclipse.parsson.JsonProviderImpl();
    private static final HexFormat HEX = HexFormat.of();

    private WrappedKeyFileJson() {
    }

    static WrappedKeyFile parse(byte[] json) throws KeyFileException {
        JsonObject root = read(json);
        if (!root.containsKey("format")) {
            throw new KeyFileException("not a KMS-wrapped key file: format is missing (convert EIP-2335 keystores "
                    + "with containment-chamber keys wrap-kms)");
        }
        if (!WrappedKeyFile.FORMAT.equals(string(root, "format"))) {
            throw new KeyFileException("format must be \"" + WrappedKeyFile.FORMAT + "\"");
        }
        if (!(root.get("version") instanceof JsonNumber version) || !version.isIntegral()) {
            throw new KeyFileException("version is missing or not an integer");
        }
        if (version.intValue() != WrappedKeyFile.VERSION) {
            throw new KeyFileException("version " + version + " is not supported (only " + WrappedKeyFile.VERSION + ")");
        }
        byte[] wrapped;
        try {
            wrapped = Base64.getDecoder().decode(string(root, "wrapped_data_key"));
        } catch (IllegalArgumentException e) {
            throw new KeyFileException("wrapped_data_key is not base64");
        }
        return new WrappedKeyFile(string(root, "kms_key_id"), context(root), wrapped, entries(root));
    }

    static String write(WrappedKeyFile file) {
        JsonObjectBuilder context = JSON.createObjectBuilder();
        file.encryptionContext().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> context.add(e.getKey(), e.getValue()));
        JsonArrayBuilder keys = JSON.createArrayBuilder();
        for (WrappedKeyFile.Entry entry : file.keys()) {
            keys.add(JSON.createObjectBuilder().add("pubkey", entry.pubkey().toString())
                    .add("iv", "0x" + HEX.formatHex(entry.iv())).add("ciphertext", "0x" + HEX.formatHex(entry.ciphertext())));
        }
        JsonObject root = JSON.createObjectBuilder().add("format", WrappedKeyFile.FORMAT).add("version", WrappedKeyFile.VERSION)
                .add("kms_key_id", file.kmsKeyId()).add("encryption_context", context)
                .add("wrapped_data_key", Base64.getEncoder().encodeToString(file.wrappedDataKey()))
                .add("keys", keys).build();
        StringWriter text = new StringWriter();
        try (JsonWriter writer = JSON.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(text)) {
            writer.writeObject(root);
        }
        return text.toString().strip() + "\n";
    }

    private static Map<String, String> context(JsonObject root) throws KeyFileException {
        JsonValue value = root.get("encryption_context");
        if (value == null || value == JsonValue.NULL) {
            return Map.of();
        }
        if (!(value instanceof JsonObject object)) {
            throw new KeyFileException("encryption_context must be an object of strings");
        }
        Map<String, String> context = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            if (!(entry.getValue() instanceof JsonString text)) {
                throw new KeyFileException("encryption_context." + entry.getKey() + " must be a string");
            }
            context.put(entry.getKey(), text.getString());
        }
        return context;
    }

    private static List<WrappedKeyFile.Entry> entries(JsonObject root) throws KeyFileException {
        if (!(root.get("keys") instanceof JsonArray array) || array.isEmpty()) {
            throw new KeyFileException("keys must be a non-empty array");
        }
        List<WrappedKeyFile.Entry> entries = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonObject key)) {
                throw new KeyFileException("keys[" + i + "] must be an object");
            }
            String at = "keys[" + i + "].";
            BlsPublicKey pubkey = new BlsPublicKey(hex(key, "pubkey", at, BlsPublicKey.LENGTH));
            entries.add(new WrappedKeyFile.Entry(pubkey, hex(key, "iv", at, SecretSealing.IV_LENGTH),
                    hex(key, "ciphertext", at, SecretSealing.CIPHERTEXT_LENGTH)));
        }
        return entries;
    }

    private static byte[] hex(JsonObject object, String field, String at, int length) throws KeyFileException {
        if (!(object.get(field) instanceof JsonString text)) {
            throw new KeyFileException(at + field + " is missing or not a string");
        }
        String digits = text.getString().startsWith("0x") ? text.getString().substring(2) : text.getString();
        try {
            byte[] bytes = HEX.parseHex(digits);
            if (bytes.length != length) {
                throw new KeyFileException(at + field + " must be " + length + " bytes, got " + bytes.length);
            }
            return bytes;
        } catch (IllegalArgumentException e) {
            throw new KeyFileException(at + field + " is not hex");
        }
    }

    private static String string(JsonObject root, String field) throws KeyFileException {
        if (root.get(field) instanceof JsonString text && !text.getString().isBlank()) {
            return text.getString();
        }
        throw new KeyFileException(field + " is missing or not a string");
    }

    private static JsonObject read(byte[] json) throws KeyFileException {
        try (JsonReader reader = JSON.createReader(new ByteArrayInputStream(json))) {
            if (reader.readValue() instanceof JsonObject object) {
                return object;
            }
            throw new KeyFileException("not a JSON object");
        } catch (JsonException e) {
            throw new KeyFileException("not valid JSON (" + e.getMessage() + ")");
        }
    }
}
