package io.containment.plugins.slashing.sql;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Root;
import io.containment.api.slashing.Interchange;
import io.containment.api.slashing.ValidatorHistory;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Reads validators' complete histories into an EIP-3076 document: every record, with its root
 * where known, blocks by slot and attestations by source then target. Importing it elsewhere
 * gives the same refusals (the lowest records carry the watermarks across).
 */
public final class InterchangeExport {
    private final SlashingTables tables;

    public InterchangeExport(SlashingTables tables) {
        this.tables = tables;
    }

    public Interchange all(Root genesisValidatorsRoot) throws SQLException {
        List<ValidatorHistory> data = new ArrayList<>();
        for (Map.Entry<Long, BlsPublicKey> validator : tables.validators().all().entrySet()) {
            data.add(history(validator.getKey(), validator.getValue()));
        }
        return new Interchange(genesisValidatorsRoot, data);
    }

    public Interchange of(Root genesisValidatorsRoot, Collection<BlsPublicKey> chosen) throws SQLException {
        List<ValidatorHistory> data = new ArrayList<>();
        for (BlsPublicKey pubkey : new LinkedHashSet<>(chosen)) {
            OptionalLong id = tables.validators().find(pubkey);
            if (id.isPresent()) {
                data.add(history(id.getAsLong(), pubkey));
            }
        }
        return new Interchange(genesisValidatorsRoot, data);
    }

    private ValidatorHistory history(long id, BlsPublicKey pubkey) throws SQLException {
        return new ValidatorHistory(pubkey, tables.blocks().of(id), tables.attestations().of(id));
    }
}
