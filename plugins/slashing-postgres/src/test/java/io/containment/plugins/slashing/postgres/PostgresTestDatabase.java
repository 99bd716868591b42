package io.containment.plugins.slashing.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fresh database of its own on the local PostgreSQL (127.0.0.1:5432, user postgres, trust auth),
 * dropped on close, so that tests running at once never see each other's rows. Each
 * {@link #newSchema()} is an empty schema in it, for one store (or several sharing it).
 */
final class PostgresTestDatabase implements AutoCloseable {
    static final String HOST = "127.0.0.1";
    static final int PORT = 5432;
    private static final String ADMIN_URL = "jdbc:postgresql://" + HOST + ":" + PORT + "/test";
    private static final String USER = "postgres";

    private final String name;
    private final AtomicInteger schemas = new AtomicInteger();

    private PostgresTestDatabase(String name) {
        this.name = name;
    }

    static PostgresTestDatabase create() {
        String name = "cc_slashing_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        execute(ADMIN_URL, "CREATE DATABASE " + name);
        return new PostgresTestDatabase(name);
    }

    String name() {
        return name;
    }

    /** The database's URL through {@code host:port}, optionally with a current schema. */
    String url(String host, int port, String schema) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + name + (schema == null ? "" : "?currentSchema=" + schema);
    }

    String url(String schema) {
        return url(HOST, PORT, schema);
    }

    /** Creates an empty schema and answers its name. */
    String newSchema() {
        String schema = "s" + schemas.incrementAndGet();
        execute(url(null), "CREATE SCHEMA " + schema);
        return schema;
    }

    /** A connection of the test's own (autocommit) to the schema. */
    Connection connect(String schema) throws SQLException {
        return DriverManager.getConnection(url(schema), USER, "");
    }

    static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url, USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "': " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        execute(ADMIN_URL, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
}
