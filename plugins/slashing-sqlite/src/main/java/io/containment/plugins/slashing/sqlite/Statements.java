package io.containment.plugins.slashing.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Prepared statements kept per connection, for the statements every check-and-record runs (about
 * a dozen each). The driver does not cache them, and SQLite parses and plans a statement's SQL on
 * every prepare: that was most of the slashing database's CPU per signature in the benchmarks.
 *
 * <p>A statement from here is never closed by its user (closing its result set is enough); it is
 * closed with its connection ({@link #forget}). A connection's statements are used only under the
 * {@link Database} lock, so one map per connection needs no synchronisation of its own.
 */
final class Statements {
    private static final Map<Connection, Map<String, PreparedStatement>> CACHE = Collections.synchronizedMap(new WeakHashMap<>());

    private Statements() {
    }

    /** The connection's statement for {@code sql}, prepared on first use, its parameters cleared. */
    static PreparedStatement prepared(Connection connection, String sql) throws SQLException {
        Map<String, PreparedStatement> statements = CACHE.computeIfAbsent(connection, c -> new HashMap<>());
        PreparedStatement statement = statements.get(sql);
        if (statement == null || statement.isClosed()) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        } else {
            statement.clearParameters();
        }
        return statement;
    }

    /** Closes and forgets the connection's statements (before the connection is closed or dropped). */
    static void forget(Connection connection) {
        Map<String, PreparedStatement> statements = CACHE.remove(connection);
        if (statements != null) {
            for (PreparedStatement statement : statements.values()) {
                try {
                    statement.close();
                } catch (SQLException ignored) {
                    // the connection is being dropped anyway
                }
            }
        }
    }
}
