package io.containment.testing.kms;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The keys, aliases and key states of one fake KMS; resolves every form of {@code KeyId} KMS accepts. */
final class KmsKeys {
    private final String region;
    private final String account;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, FakeKmsKey> byId = new ConcurrentHashMap<>();
    private final Map<String, String> aliases = new ConcurrentHashMap<>();
    private final Map<String, KeyState> states = new ConcurrentHashMap<>();

    KmsKeys(String region, String account) {
        this.region = region;
        this.account = account;
    }

    String region() {
        return region;
    }

    String account() {
        return account;
    }

    FakeKmsKey create(String description) {
        byte[] material = new byte[32];
        random.nextBytes(material);
        String keyId = UUID.randomUUID().toString();
        FakeKmsKey key = new FakeKmsKey(keyId, arnOf("key/" + keyId), material, description, Instant.now());
        byId.put(keyId, key);
        states.put(keyId, KeyState.ENABLED);
        return key;
    }

    void alias(String aliasName, String keyId) {
        if (!aliasName.startsWith("alias/")) {
            throw KmsError.validation("alias names start with alias/");
        }
        aliases.put(aliasName, require(keyId).keyId());
    }

    void state(String keyId, KeyState state) {
        states.put(require(keyId).keyId(), state);
    }

    KeyState state(FakeKmsKey key) {
        return states.get(key.keyId());
    }

    /** The key a request names (key id, key ARN, alias name or alias ARN), whatever its state. */
    FakeKmsKey require(String reference) {
        if (reference == null || reference.isBlank()) {
            throw KmsError.validation("1 validation error detected: Value null at 'keyId' failed to satisfy constraint: "
                    + "Member must not be null");
        }
        String name = reference.startsWith("arn:") ? resourceOf(reference) : reference;
        if (name.startsWith("alias/")) {
            String keyId = aliases.get(name);
            if (keyId == null) {
                throw KmsError.notFound("Alias " + arnOf(name) + " is not found.");
            }
            return byId.get(keyId);
        }
        String keyId = name.startsWith("key/") ? name.substring(4) : name;
        FakeKmsKey key = byId.get(keyId);
        if (key == null) {
            throw KmsError.notFound("Key '" + arnOf("key/" + keyId) + "' does not exist");
        }
        return key;
    }

    /** The key, if it may be used for a cryptographic operation now; the AWS error otherwise. */
    FakeKmsKey usable(String reference) {
        FakeKmsKey key = require(reference);
        switch (state(key)) {
            case ENABLED -> {
                return key;
            }
            case DISABLED -> throw new KmsError(400, "DisabledException", key.arn() + " is disabled.");
            case UNAVAILABLE -> throw new KmsError(500, "KeyUnavailableException", key.arn() + " is unavailable.");
            case ACCESS_DENIED -> throw new KmsError(400, "AccessDeniedException", "User: arn:aws:iam::" + account
                    + ":user/test is not authorized to perform this operation on " + key.arn()
                    + " because no identity-based policy allows it");
        }
        throw new IllegalStateException("unreachable");
    }

    private String resourceOf(String arn) {
        String[] parts = arn.split(":", 6);
        if (parts.length != 6 || !parts[2].equals("kms")) {
            throw KmsError.notFound("Invalid arn " + arn);
        }
        return parts[5];
    }

    private String arnOf(String resource) {
        return "arn:aws:kms:" + region + ":" + account + ":" + resource;
    }
}
