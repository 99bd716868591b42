package io.containment.plugins.auth.dynamodb;

import io.containment.api.auth.Effect;
import io.containment.api.auth.Policy;
import io.containment.api.auth.PolicyRule;
import io.containment.api.auth.Scope;
import io.containment.api.auth.TokenHash;
import io.containment.api.auth.TokenKind;
import io.containment.api.auth.TokenRecord;
import io.containment.api.consensus.BlsPublicKey;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The items of the table, all in partition {@code pk = auth}: the head ({@code sk = head}), one
 * item per policy ({@code policy#<name>}, a tombstone once deleted), per token ({@code token#<id>})
 * and per token hash ({@code hash#<hex>}, naming the token). Every data item carries the revision
 * that wrote it ({@code rev}). Empty strings and lists are left out (not every DynamoDB accepts them).
 */
final class Items {
    static final String PK = "pk";
    static final String SK = "sk";
    static final String PARTITION = "auth";
    static final String HEAD = "head";
    static final String POLICY_PREFIX = "policy#";
    static final String TOKEN_PREFIX = "token#";
    static final String HASH_PREFIX = "hash#";
    static final String REV = "rev";
    static final String DELETED = "deleted";

    private Items() {
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    static Map<String, AttributeValue> key(String sk) {
        return Map.of(PK, s(PARTITION), SK, s(sk));
    }

    static String policyKey(String name) {
        return POLICY_PREFIX + name;
    }

    static String tokenKey(String id) {
        return TOKEN_PREFIX + id;
    }

    static String hashKey(TokenHash hash) {
        return HASH_PREFIX + hash.toHex();
    }

    static long number(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        if (value == null || value.n() == null) {
            throw new IllegalStateException("item " + item.get(SK) + " has no number " + name);
        }
        return Long.parseLong(value.n());
    }

    static boolean deleted(Map<String, AttributeValue> item) {
        AttributeValue value = item.get(DELETED);
        return value != null && Boolean.TRUE.equals(value.bool());
    }

    private static Map<String, AttributeValue> data(String sk, long revision) {
        Map<String, AttributeValue> item = new HashMap<>(key(sk));
        item.put(REV, n(revision));
        return item;
    }

    static Map<String, AttributeValue> policy(Policy policy, long revision) {
        Map<String, AttributeValue> item = data(policyKey(policy.name()), revision);
        item.put("name", s(policy.name()));
        item.put("rules", AttributeValue.fromL(policy.rules().stream().map(Items::rule).toList()));
        return item;
    }

    static Map<String, AttributeValue> policyTombstone(String name, long revision) {
        Map<String, AttributeValue> item = data(policyKey(name), revision);
        item.put(DELETED, AttributeValue.fromBool(true));
        return item;
    }

    private static AttributeValue rule(PolicyRule rule) {
        Map<String, AttributeValue> map = new HashMap<>();
        map.put("effect", s(rule.effect().name()));
        putList(map, "scopes", rule.scopes(), Scope::name);
        putList(map, "keys", rule.keys(), BlsPublicKey::toHex);
        putList(map, "operations", rule.operations(), Function.identity());
        return AttributeValue.fromM(map);
    }

    static Policy policy(Map<String, AttributeValue> item) {
        List<PolicyRule> rules = item.get("rules").l().stream().map(AttributeValue::m)
                .map(m -> new PolicyRule(Effect.valueOf(m.get("effect").s()),
                        strings(m, "scopes").stream().map(Scope::valueOf).collect(Collectors.toSet()),
                        strings(m, "keys").stream().map(BlsPublicKey::fromHex).collect(Collectors.toSet()),
                        Set.copyOf(strings(m, "operations"))))
                .toList();
        return new Policy(item.get("name").s(), rules);
    }

    static Map<String, AttributeValue> token(TokenRecord token, long revision) {
        Map<String, AttributeValue> item = data(tokenKey(token.id()), revision);
        item.put("id", s(token.id()));
        if (!token.name().isEmpty()) {
            item.put("name", s(token.name()));
        }
        item.put("kind", s(token.kind().name()));
        if (!token.policies().isEmpty()) {
            item.put("policies", AttributeValue.fromL(token.policies().stream().map(Items::s).toList()));
        }
        item.put("hash", s(token.hash().toHex()));
        item.put("created_at", n(token.createdAt().toEpochMilli()));
        token.expiresAt().ifPresent(at -> item.put("expires_at", n(at.toEpochMilli())));
        token.revokedAt().ifPresent(at -> item.put("revoked_at", n(at.toEpochMilli())));
        return item;
    }

    static Map<String, AttributeValue> hash(TokenRecord token, long revision) {
        Map<String, AttributeValue> item = data(hashKey(token.hash()), revision);
        item.put("token_id", s(token.id()));
        return item;
    }

    static TokenRecord token(Map<String, AttributeValue> item) {
        AttributeValue name = item.get("name");
        AttributeValue policies = item.get("policies");
        return new TokenRecord(item.get("id").s(), name == null ? "" : name.s(), TokenKind.valueOf(item.get("kind").s()),
                policies == null ? List.of() : policies.l().stream().map(AttributeValue::s).toList(),
                TokenHash.fromHex(item.get("hash").s()), Instant.ofEpochMilli(number(item, "created_at")),
                instant(item, "expires_at"), instant(item, "revoked_at"));
    }

    private static Optional<Instant> instant(Map<String, AttributeValue> item, String name) {
        return item.containsKey(name) ? Optional.of(Instant.ofEpochMilli(number(item, name))) : Optional.empty();
    }

    private static <T> void putList(Map<String, AttributeValue> map, String name, Collection<T> values, Function<T, String> text) {
        if (!values.isEmpty()) {
            map.put(name, AttributeValue.fromL(values.stream().map(text).sorted().map(Items::s).toList()));
        }
    }

    private static List<String> strings(Map<String, AttributeValue> map, String name) {
        AttributeValue value = map.get(name);
        return value == null ? List.of() : value.l().stream().map(AttributeValue::s).toList();
    }
}
