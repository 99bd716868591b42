package io.containment.plugins.slashing.postgres;

import io.containment.api.consensus.Root;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;

/** A signing root column: 32 bytes ({@code BYTEA}), or NULL when the root is unknown. */
final class SigningRootColumn {
    private SigningRootColumn() {
    }

    static void set(PreparedStatement statement, int index, Optional<Root> signingRoot) throws SQLException {
        if (signingRoot.isPresent()) {
            statement.setBytes(index, signingRoot.get().bytes());
        } else {
            statement.setNull(index, Types.BINARY);
        }
    }

    static Optional<Root> get(ResultSet rows, int index) throws SQLException {
        byte[] bytes = rows.getBytes(index);
        return bytes == null ? Optional.empty() : Optional.of(new Root(bytes));
    }
}
