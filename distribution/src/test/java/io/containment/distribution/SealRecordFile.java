package io.containment.distribution;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Base64;

/** Reads the seal record a signer stored with {@code signer_state.backend: sqlite}. */
final class SealRecordFile {
    private SealRecordFile() {
    }

    /** The record's check value: HMAC-SHA256 of a fixed label under the master key (no secret). */
    static byte[] check(Path stateFile) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + stateFile.toAbsolutePath());
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT record FROM seal_record WHERE id = 1")) {
            if (!row.next()) {
                throw new AssertionError("no seal record in " + stateFile);
            }
            JsonObject record = Json.createReader(new StringReader(row.getString(1))).readObject();
            return Base64.getDecoder().decode(record.getString("check"));
        }
    }
}
