package io.containment.plugins.slashing.sql;

import io.containment.api.slashing.LowWatermarks;
import java.sql.SQLException;

/** A store's low watermarks, by validator id (what imports and prunes cannot show as records). */
public interface LowWatermarkRows {
    /** The validator's watermarks, {@link LowWatermarks#NONE} when it has none. */
    LowWatermarks of(long validatorId) throws SQLException;

    void set(long validatorId, LowWatermarks values) throws SQLException;
}
