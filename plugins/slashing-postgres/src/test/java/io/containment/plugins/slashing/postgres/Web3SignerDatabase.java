package io.containment.plugins.slashing.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** A Web3Signer slashing database (schema v12, from the DDL in test resources) in a schema of a test database. */
final class Web3SignerDatabase {
    private Web3SignerDatabase() {
    }

    static String ddl() {
        try (InputStream in = Web3SignerDatabase.class.getResourceAsStream("/web3signer/web3signer-schema-v12.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Creates the Web3Signer tables in the schema and runs {@code inserts} (SQL statements) in it. */
    static void create(PostgresTestDatabase database, String schema, String... inserts) throws SQLException {
        try (Connection connection = database.connect(schema); Statement statement = connection.createStatement()) {
            statement.execute(ddl());
            for (String insert : inserts) {
                statement.execute(insert);
            }
        }
    }
}
