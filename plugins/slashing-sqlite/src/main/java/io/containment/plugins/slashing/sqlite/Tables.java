package io.containment.plugins.slashing.sqlite;

import io.containment.plugins.slashing.sql.SlashingTables;
import java.sql.Connection;

/** This store's tables on a connection, for what the SQL stores share (slashing-sql-support). */
final class Tables {
    private Tables() {
    }

    static SlashingTables on(Connection connection) {
        return new SlashingTables(new Validators(connection), new SignedBlocks(connection),
                new SignedAttestations(connection), new LowWatermarkTable(connection));
    }
}
