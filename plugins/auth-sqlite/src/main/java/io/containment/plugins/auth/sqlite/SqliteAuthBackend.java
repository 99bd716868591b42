package io.containment.plugins.auth.sqlite;

import io.containment.api.auth.AuthBackend;
import io.containment.api.auth.AuthSnapshot;
import io.containment.api.auth.Policy;
import io.containment.api.auth.PolicyCreation;
import io.containment.api.auth.PolicyDeletion;
import io.containment.api.auth.TokenCreation;
import io.containment.api.auth.TokenHash;
import io.containment.api.auth.TokenRecord;
import io.containment.api.auth.TokenRevocation;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Policies and token hashes in one SQLite file; each write one transaction that also bumps the revision. */
final class SqliteAuthBackend implements AuthBackend {
    private final Database database;

    private SqliteAuthBackend(Database database) {
        this.database = database;
    }

    static SqliteAuthBackend open(Path path, int busyTimeoutMillis) {
        return new SqliteAuthBackend(Database.open(path, busyTimeoutMillis));
    }

    @Override
    public PolicyCreation createPolicy(Policy policy) {
        return database.write(c -> {
            if (!Rows.policies(c, Optional.of(policy.name())).isEmpty()) {
                return new PolicyCreation.NameTaken(policy.name());
            }
            Rows.insertPolicy(c, policy);
            Rows.bumpRevision(c);
            return new PolicyCreation.Created(policy);
        });
    }

    @Override
    public Optional<Policy> policy(String name) {
        return database.read(c -> Rows.policies(c, Optional.of(name)).stream().findFirst());
    }

    @Override
    public List<Policy> policies() {
        return database.read(c -> Rows.policies(c, Optional.empty()));
    }

    @Override
    public PolicyDeletion deletePolicy(String name) {
        return database.write(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM policies WHERE name = ?")) {
                delete.setString(1, name);
                if (delete.executeUpdate() == 0) {
                    return new PolicyDeletion.NotFound(name);
                }
            }
            Rows.bumpRevision(c);
            return new PolicyDeletion.Deleted(name);
        });
    }

    @Override
    public TokenCreation createToken(TokenRecord token) {
        return database.write(c -> {
            if (!Rows.tokens(c, "WHERE id = ?", token.id()).isEmpty()) {
                return new TokenCreation.IdTaken(token.id());
            }
            if (!Rows.tokens(c, "WHERE hash = ?", token.hash().bytes()).isEmpty()) {
                return new TokenCreation.HashTaken();
            }
            Rows.insertToken(c, token);
            Rows.bumpRevision(c);
            return new TokenCreation.Created(token);
        });
    }

    @Override
    public Optional<TokenRecord> findToken(TokenHash hash) {
        return database.read(c -> Rows.tokens(c, "WHERE hash = ?", hash.bytes()).stream().findFirst());
    }

    @Override
    public List<TokenRecord> tokens() {
        return database.read(c -> Rows.tokens(c, "", null));
    }

    @Override
    public TokenRevocation revokeToken(String id, Instant when) {
        return database.write(c -> {
            Optional<TokenRecord> token = Rows.tokens(c, "WHERE id = ?", id).stream().findFirst();
            if (token.isEmpty()) {
                return new TokenRevocation.NotFound(id);
            }
            if (token.get().revokedAt().isPresent()) {
                return new TokenRevocation.AlreadyRevoked(token.get());
            }
            TokenRecord revoked = token.get().revokedAt(Instant.ofEpochMilli(when.toEpochMilli()));
            revoke(c, id, revoked.revokedAt().orElseThrow());
            Rows.bumpRevision(c);
            return new TokenRevocation.Revoked(revoked);
        });
    }

    private static void revoke(Connection c, String id, Instant when) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")) {
            update.setLong(1, when.toEpochMilli());
            update.setString(2, id);
            update.executeUpdate();
        }
    }

    @Override
    public long revision() {
        return database.read(c -> Rows.metadata(c, Schema.REVISION));
    }

    @Override
    public AuthSnapshot snapshot() {
        return database.read(c -> new AuthSnapshot(Rows.metadata(c, Schema.REVISION), Rows.policies(c, Optional.empty()),
                Rows.tokens(c, "", null)));
    }

    @Override
    public void close() {
        database.close();
    }
}
