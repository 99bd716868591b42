package io.containment.distribution;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Fresh databases on the local PostgreSQL (127.0.0.1:5432, user postgres, trust auth), dropped on close. */
final class PostgresDatabases implements AutoCloseable {
    static final String HOST = "127.0.0.1";
    static final int PORT = 5432;
    private static final String ADMIN_URL = "jdbc:postgresql://" + HOST + ":" + PORT + "/test";
    private final List<String> created = new ArrayList<>();

    /** Creates an empty database and answers its name. */
    String create() {
        String name = "cc_e2e_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        execute(ADMIN_URL, "CREATE DATABASE " + name);
        created.add(name);
        return name;
    }

    static String url(String host, int port, String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** The YAML of an {@code anti_slashing} section on the database, reached through {@code host:port}. */
    static String antiSlashing(String host, int port, String database, String timeout) {
        return "anti_slashing: { backend: postgres, url: \"" + url(host, port, database) + "\", username: postgres,"
                + " pool_size: 8, connect_timeout: " + timeout + ", statement_timeout: " + timeout + " }";
    }

    /** The first column of every row of a query, as longs. */
    static List<Long> longs(String database, String sql) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url(HOST, PORT, database), "postgres", "");
             Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getLong(1));
            }
        }
        return values;
    }

    static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "': " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        for (String name : created) {
            execute(ADMIN_URL, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
