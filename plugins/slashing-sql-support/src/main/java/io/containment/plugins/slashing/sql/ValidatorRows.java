package io.containment.plugins.slashing.sql;

import io.containment.api.consensus.BlsPublicKey;
import java.sql.SQLException;
import java.util.Map;
import java.util.OptionalLong;

/** A store's table of validators: each public key once, with the id its records refer to. */
public interface ValidatorRows {
    /** The validator's id, empty when it has no row. */
    OptionalLong find(BlsPublicKey pubkey) throws SQLException;

    /** The validator's id, adding its row when it has none. */
    long findOrAdd(BlsPublicKey pubkey) throws SQLException;

    /** Every validator by id. */
    Map<Long, BlsPublicKey> all() throws SQLException;
}
