package io.containment.plugins.auth.sqlite;

import java.util.List;

/**
 * The database layout. Instants are epoch milliseconds. Lists (scopes, keys, operations, policy
 * names) are comma-separated: none of their items can contain a comma. Tokens are stored only as
 * their 32-byte HMAC ({@code hash}, unique).
 */
final class Schema {
    /** Bumped on any layout change; a file with a version this code does not know is refused. */
    static final int VERSION = 1;
    static final String SCHEMA_VERSION = "schema_version";
    static final String REVISION = "revision";

    static final List<String> CREATE = List.of(
            """
            CREATE TABLE auth_metadata (
                name  TEXT PRIMARY KEY,
                value INTEGER NOT NULL
            )""",
            """
            CREATE TABLE policies (
                name TEXT PRIMARY KEY
            )""",
            """
            CREATE TABLE policy_rules (
                policy     TEXT NOT NULL REFERENCES policies (name) ON DELETE CASCADE,
                position   INTEGER NOT NULL,
                effect     TEXT NOT NULL CHECK (effect IN ('ALLOW', 'DENY')),
                scopes     TEXT NOT NULL,
                keys       TEXT NOT NULL,
                operations TEXT NOT NULL,
                PRIMARY KEY (policy, position)
            )""",
            """
            CREATE TABLE tokens (
                id         TEXT PRIMARY KEY,
                name       TEXT NOT NULL,
                kind       TEXT NOT NULL CHECK (kind IN ('MANAGEMENT', 'CLIENT')),
                policies   TEXT NOT NULL,
                hash       BLOB NOT NULL UNIQUE CHECK (length(hash) = 32),
                created_at INTEGER NOT NULL,
                expires_at INTEGER,
                revoked_at INTEGER
            )""",
            "INSERT INTO auth_metadata (name, value) VALUES ('" + SCHEMA_VERSION + "', " + VERSION + ")",
            "INSERT INTO auth_metadata (name, value) VALUES ('" + REVISION + "', 0)");

    private Schema() {
    }
}
