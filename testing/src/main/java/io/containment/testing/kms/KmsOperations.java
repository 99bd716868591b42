package io.containment.testing.kms;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** The KMS operations the fake implements, request JSON in, response JSON out (shapes as in the KMS API reference). */
final class KmsOperations {
    private static final String ALGORITHM = "SYMMETRIC_DEFAULT";
    private static final int MAX_PLAINTEXT = 4096;
    private final KmsKeys keys;
    private final CiphertextBlobs blobs = new CiphertextBlobs();
    private final SecureRandom random = new SecureRandom();

    KmsOperations(KmsKeys keys) {
        this.keys = keys;
    }

    JsonObject call(String operation, JsonObject request) {
        return switch (operation) {
            case "Encrypt" -> encrypt(request);
            case "Decrypt" -> decrypt(request);
            case "GenerateDataKey" -> generateDataKey(request, true);
            case "GenerateDataKeyWithoutPlaintext" -> generateDataKey(request, false);
            case "DescribeKey" -> Json.createObjectBuilder().add("KeyMetadata", metadata(keys.require(text(request, "KeyId")))).build();
            case "CreateKey" -> createKey(request);
            case "CreateAlias" -> createAlias(request);
            case "EnableKey" -> changeState(request, KeyState.ENABLED);
            case "DisableKey" -> changeState(request, KeyState.DISABLED);
            default -> throw new KmsError(400, "UnknownOperationException", null);
        };
    }

    private JsonObject encrypt(JsonObject request) {
        FakeKmsKey key = keys.usable(text(request, "KeyId"));
        checkAlgorithm(request);
        byte[] plaintext = bytes(request, "Plaintext");
        try {
            if (plaintext.length == 0 || plaintext.length > MAX_PLAINTEXT) {
                throw KmsError.validation("1 validation error detected: Value at 'plaintext' failed to satisfy "
                        + "constraint: Member must have length between 1 and 4096");
            }
            byte[] blob = blobs.seal(key, plaintext, context(request));
            return Json.createObjectBuilder().add("CiphertextBlob", base64(blob)).add("KeyId", key.arn())
                    .add("EncryptionAlgorithm", ALGORITHM).build();
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    private JsonObject decrypt(JsonObject request) {
        byte[] blob = bytes(request, "CiphertextBlob");
        checkAlgorithm(request);
        FakeKmsKey named;
        try {
            named = keys.require(blobs.keyIdOf(blob));
        } catch (KmsError notOurs) {
            throw KmsError.invalidCiphertext();
        }
        String requested = optionalText(request, "KeyId");
        if (requested != null && !keys.require(requested).keyId().equals(named.keyId())) {
            throw new KmsError(400, "IncorrectKeyException",
                    "The key ID in the request does not identify a CMK that can perform this operation.");
        }
        FakeKmsKey key = keys.usable(named.keyId());
        byte[] plaintext = blobs.open(key, blob, context(request));
        try {
            return Json.createObjectBuilder().add("KeyId", key.arn()).add("Plaintext", base64(plaintext))
                    .add("EncryptionAlgorithm", ALGORITHM).build();
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    private JsonObject generateDataKey(JsonObject request, boolean withPlaintext) {
        FakeKmsKey key = keys.usable(text(request, "KeyId"));
        byte[] dataKey = new byte[dataKeyLength(request)];
        random.nextBytes(dataKey);
        try {
            JsonObjectBuilder response = Json.createObjectBuilder()
                    .add("CiphertextBlob", base64(blobs.seal(key, dataKey, context(request))))
                    .add("KeyId", key.arn());
            if (withPlaintext) {
                response.add("Plaintext", base64(dataKey));
            }
            return response.build();
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    private static int dataKeyLength(JsonObject request) {
        String spec = optionalText(request, "KeySpec");
        JsonValue count = request.get("NumberOfBytes");
        if ((spec == null) == (count == null)) {
            throw KmsError.validation("Please specify either number of bytes or key spec.");
        }
        if (spec != null) {
            return switch (spec) {
                case "AES_256" -> 32;
                case "AES_128" -> 16;
                default -> throw KmsError.validation("1 validation error detected: Value '" + spec
                        + "' at 'keySpec' failed to satisfy constraint: Member must satisfy enum value set: [AES_256, AES_128]");
            };
        }
        int bytes = count instanceof JsonNumber number ? number.intValue() : -1;
        if (bytes < 1 || bytes > 1024) {
            throw KmsError.validation("1 validation error detected: Value at 'numberOfBytes' failed to satisfy "
                    + "constraint: Member must have value between 1 and 1024");
        }
        return bytes;
    }

    private JsonObject createKey(JsonObject request) {
        String usage = optionalText(request, "KeyUsage");
        String spec = optionalText(request, "KeySpec");
        if ((usage != null && !usage.equals("ENCRYPT_DECRYPT")) || (spec != null && !spec.equals(ALGORITHM))) {
            throw new KmsError(400, "UnsupportedOperationException", "the fake KMS has symmetric encryption keys only");
        }
        String description = optionalText(request, "Description");
        return Json.createObjectBuilder().add("KeyMetadata", metadata(keys.create(description == null ? "" : description))).build();
    }

    private JsonObject createAlias(JsonObject request) {
        keys.alias(text(request, "AliasName"), text(request, "TargetKeyId"));
        return JsonValue.EMPTY_JSON_OBJECT;
    }

    private JsonObject changeState(JsonObject request, KeyState state) {
        keys.state(text(request, "KeyId"), state);
        return JsonValue.EMPTY_JSON_OBJECT;
    }

    private JsonObject metadata(FakeKmsKey key) {
        KeyState state = keys.state(key);
        return Json.createObjectBuilder()
                .add("AWSAccountId", keys.account())
                .add("KeyId", key.keyId())
                .add("Arn", key.arn())
                .add("CreationDate", key.created().getEpochSecond())
                .add("Enabled", state != KeyState.DISABLED)
                .add("Description", key.description())
                .add("KeyUsage", "ENCRYPT_DECRYPT")
                .add("KeyState", state == KeyState.DISABLED ? "Disabled" : state == KeyState.UNAVAILABLE ? "Unavailable" : "Enabled")
                .add("Origin", "AWS_KMS")
                .add("KeyManager", "CUSTOMER")
                .add("CustomerMasterKeySpec", ALGORITHM)
                .add("KeySpec", ALGORITHM)
                .add("EncryptionAlgorithms", Json.createArrayBuilder().add(ALGORITHM))
                .add("MultiRegion", false)
                .build();
    }

    private static void checkAlgorithm(JsonObject request) {
        String algorithm = optionalText(request, "EncryptionAlgorithm");
        if (algorithm != null && !algorithm.equals(ALGORITHM)) {
            throw new KmsError(400, "InvalidKeyUsageException", "the fake KMS supports " + ALGORITHM + " only");
        }
    }

    private static Map<String, String> context(JsonObject request) {
        Map<String, String> context = new LinkedHashMap<>();
        JsonValue value = request.get("EncryptionContext");
        if (value instanceof JsonObject object) {
            object.forEach((name, entry) -> context.put(name, entry instanceof JsonString s ? s.getString() : entry.toString()));
        }
        return context;
    }

    private static String text(JsonObject request, String field) {
        String value = optionalText(request, field);
        if (value == null) {
            throw KmsError.validation("1 validation error detected: Value null at '" + field
                    + "' failed to satisfy constraint: Member must not be null");
        }
        return value;
    }

    private static String optionalText(JsonObject request, String field) {
        return request.get(field) instanceof JsonString s ? s.getString() : null;
    }

    private static byte[] bytes(JsonObject request, String field) {
        try {
            return Base64.getDecoder().decode(text(request, field));
        } catch (IllegalArgumentException e) {
            throw new KmsError(400, "SerializationException", field + " is not base64");
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
