package io.containment.plugins.auth.sqlite;

import io.containment.api.auth.Effect;
import io.containment.api.auth.Policy;
import io.containment.api.auth.PolicyRule;
import io.containment.api.auth.Scope;
import io.containment.api.auth.TokenHash;
import io.containment.api.auth.TokenKind;
import io.containment.api.auth.TokenRecord;
import io.containment.api.consensus.BlsPublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reading and writing rows of {@link Schema}. */
final class Rows {
    static final String TOKEN_COLUMNS = "id, name, kind, policies, hash, created_at, expires_at, revoked_at";

    private Rows() {
    }

    static long metadata(Connection c, String name) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT value FROM auth_metadata WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("auth_metadata has no " + name);
                }
                return row.getLong(1);
            }
        }
    }

    static void bumpRevision(Connection c) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE auth_metadata SET value = value + 1 WHERE name = ?")) {
            update.setString(1, Schema.REVISION);
            update.executeUpdate();
        }
    }

    static void insertPolicy(Connection c, Policy policy) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO policies (name) VALUES (?)")) {
            insert.setString(1, policy.name());
            insert.executeUpdate();
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO policy_rules (policy, position, effect, scopes, keys, operations) VALUES (?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (PolicyRule rule : policy.rules()) {
                insert.setString(1, policy.name());
                insert.setInt(2, position++);
                insert.setString(3, rule.effect().name());
                insert.setString(4, join(rule.scopes(), Scope::name));
                insert.setString(5, join(rule.keys(), BlsPublicKey::toHex));
                insert.setString(6, join(rule.operations(), Function.identity()));
                insert.executeUpdate();
            }
        }
    }

    /** Policies (all, or the one named) with their rules, ordered by name. */
    static List<Policy> policies(Connection c, Optional<String> name) throws SQLException {
        Map<String, List<PolicyRule>> rules = new LinkedHashMap<>();
        String where = name.isPresent() ? " WHERE p.name = ?" : "";
        try (PreparedStatement select = c.prepareStatement("SELECT p.name, r.effect, r.scopes, r.keys, r.operations"
                + " FROM policies p LEFT JOIN policy_rules r ON r.policy = p.name" + where + " ORDER BY p.name, r.position")) {
            if (name.isPresent()) {
                select.setString(1, name.get());
            }
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    List<PolicyRule> list = rules.computeIfAbsent(row.getString(1), n -> new ArrayList<>());
                    if (row.getString(2) != null) {
                        list.add(new PolicyRule(Effect.valueOf(row.getString(2)), split(row.getString(3), Scope::valueOf),
                                split(row.getString(4), BlsPublicKey::fromHex), split(row.getString(5), Function.identity())));
                    }
                }
            }
        }
        List<Policy> policies = new ArrayList<>();
        rules.forEach((policyName, list) -> policies.add(new Policy(policyName, list)));
        return policies;
    }

    static void insertToken(Connection c, TokenRecord token) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO tokens (" + TOKEN_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, token.id());
            insert.setString(2, token.name());
            insert.setString(3, token.kind().name());
            insert.setString(4, String.join(",", token.policies()));
            insert.setBytes(5, token.hash().bytes());
            insert.setLong(6, token.createdAt().toEpochMilli());
            setInstant(insert, 7, token.expiresAt());
            setInstant(insert, 8, token.revokedAt());
            insert.executeUpdate();
        }
    }

    static TokenRecord token(ResultSet row) throws SQLException {
        String policies = row.getString(4);
        return new TokenRecord(row.getString(1), row.getString(2), TokenKind.valueOf(row.getString(3)),
                policies.isEmpty() ? List.of() : List.of(policies.split(",")), TokenHash.of(row.getBytes(5)),
                Instant.ofEpochMilli(row.getLong(6)), instant(row, 7), instant(row, 8));
    }

    /** Tokens matching {@code where} (with one string or bytes parameter, or none), by creation time then id. */
    static List<TokenRecord> tokens(Connection c, String where, Object parameter) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT " + TOKEN_COLUMNS + " FROM tokens " + where
                + " ORDER BY created_at, id")) {
            if (parameter != null) {
                select.setObject(1, parameter);
            }
            List<TokenRecord> tokens = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    tokens.add(token(row));
                }
            }
            return tokens;
        }
    }

    private static void setInstant(PreparedStatement statement, int index, Optional<Instant> instant) throws SQLException {
        if (instant.isPresent()) {
            statement.setLong(index, instant.get().toEpochMilli());
        } else {
            statement.setNull(index, Types.INTEGER);
        }
    }

    private static Optional<Instant> instant(ResultSet row, int index) throws SQLException {
        long millis = row.getLong(index);
        return row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
    }

    private static <T> String join(Collection<T> items, Function<T, String> text) {
        return items.stream().map(text).sorted().collect(Collectors.joining(","));
    }

    private static <T> Set<T> split(String text, Function<String, T> parse) {
        return text.isEmpty() ? Set.of() : Arrays.stream(text.split(",")).map(parse).collect(Collectors.toSet());
    }
}
