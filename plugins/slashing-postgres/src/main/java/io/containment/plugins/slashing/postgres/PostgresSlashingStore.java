package io.containment.plugins.slashing.postgres;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Root;
import io.containment.api.slashing.AttestationVote;
import io.containment.api.slashing.BlockProposal;
import io.containment.api.slashing.HighWatermark;
import io.containment.api.slashing.ImportReport;
import io.containment.api.slashing.Interchange;
import io.containment.api.slashing.InvalidInterchangeException;
import io.containment.api.slashing.PruneReport;
import io.containment.api.slashing.SignedAttestation;
import io.containment.api.slashing.SignedBlock;
import io.containment.api.slashing.SlashingRules;
import io.containment.api.slashing.SlashingStore;
import io.containment.api.slashing.SlashingVerdict;
import io.containment.api.slashing.StoreHealth;
import io.containment.api.slashing.StoreUnavailableException;
import io.containment.api.slashing.ValidatorHistory;
import io.containment.plugins.slashing.sql.InterchangeExport;
import io.containment.plugins.slashing.sql.InterchangeImport;
import io.containment.plugins.slashing.sql.Prune;
import io.containment.plugins.slashing.sql.TableRecords;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A {@link SlashingStore} in a PostgreSQL database that several signer processes may share. A
 * check-and-record is one transaction: take the validator's advisory lock (see {@link Database}),
 * judge against its complete history with {@link SlashingRules}, insert a {@code Valid} message,
 * commit; the verdict is returned only after the commit. Any SQL failure or timeout is a
 * {@link StoreUnavailableException}, never a verdict.
 */
final class PostgresSlashingStore implements SlashingStore {
    private final Database database;
    private final Root genesisValidatorsRoot;
    private final String where;

    PostgresSlashingStore(Database database, Root genesisValidatorsRoot, String where) {
        this.database = database;
        this.genesisValidatorsRoot = genesisValidatorsRoot;
        this.where = where;
    }

    @Override
    public SlashingVerdict checkAndRecord(BlockProposal proposal) {
        return available("check and record a block", () -> database.transaction(connection -> {
            SlashingVerdict verdict = judge(connection, proposal);
            if (verdict instanceof SlashingVerdict.Valid) {
                new SignedBlocks(connection).add(new Validators(connection).findOrAdd(proposal.publicKey()),
                        new SignedBlock(proposal.slot(), Optional.of(proposal.signingRoot())));
            }
            return verdict;
        }));
    }

    @Override
    public SlashingVerdict checkAndRecord(AttestationVote vote) {
        return available("check and record an attestation", () -> database.transaction(connection -> {
            SlashingVerdict verdict = judge(connection, vote);
            if (verdict instanceof SlashingVerdict.Valid) {
                new SignedAttestations(connection).add(new Validators(connection).findOrAdd(vote.publicKey()),
                        new SignedAttestation(vote.sourceEpoch(), vote.targetEpoch(), Optional.of(vote.signingRoot())));
            }
            return verdict;
        }));
    }

    @Override
    public SlashingVerdict check(BlockProposal proposal) {
        return available("check a block", () -> database.transaction(connection -> judge(connection, proposal)));
    }

    @Override
    public SlashingVerdict check(AttestationVote vote) {
        return available("check an attestation", () -> database.transaction(connection -> judge(connection, vote)));
    }

    /** Locks the validator, then judges (the lock is held until the caller's transaction ends). */
    private static SlashingVerdict judge(Connection connection, BlockProposal proposal) throws SQLException {
        Database.lock(connection, proposal.publicKey());
        return SlashingRules.judge(proposal, records(connection, proposal.publicKey()), new HighWatermarkRow(connection).get());
    }

    private static SlashingVerdict judge(Connection connection, AttestationVote vote) throws SQLException {
        Database.lock(connection, vote.publicKey());
        return SlashingRules.judge(vote, records(connection, vote.publicKey()), new HighWatermarkRow(connection).get());
    }

    private static TableRecords records(Connection connection, BlsPublicKey validator) throws SQLException {
        Validators validators = new Validators(connection);
        OptionalLong id = validators.find(validator);
        return new TableRecords(Tables.on(connection), id, () -> validators.enabled(id.getAsLong()));
    }

    @Override
    public void setEnabled(BlsPublicKey validator, boolean enabled) {
        available(enabled ? "enable a validator" : "disable a validator", () -> database.transaction(connection -> {
            Database.lock(connection, validator);
            new Validators(connection).setEnabled(validator, enabled);
            return null;
        }));
    }

    @Override
    public Optional<HighWatermark> highWatermark() {
        return available("read the high watermark", () -> database.transaction(connection -> new HighWatermarkRow(connection).get()));
    }

    @Override
    public void setHighWatermark(Optional<HighWatermark> highWatermark) {
        available("set the high watermark", () -> database.transaction(connection -> {
            new HighWatermarkRow(connection).set(highWatermark);
            return null;
        }));
    }

    /** One transaction per validator, under its lock, so signing is never held up for the whole prune. */
    @Override
    public PruneReport prune(long epochsToKeep, long slotsToKeep) {
        Map<Long, BlsPublicKey> all = available("list validators", () -> database.transaction(connection -> new Validators(connection).all()));
        List<PruneReport.Entry> entries = new ArrayList<>();
        for (Map.Entry<Long, BlsPublicKey> validator : all.entrySet()) {
            available("prune", () -> database.transaction(connection -> {
                Database.lock(connection, validator.getValue());
                return new Prune(Tables.on(connection)).validator(validator.getKey(), validator.getValue(), epochsToKeep, slotsToKeep);
            })).ifPresent(entries::add);
        }
        return new PruneReport(entries);
    }

    /** One transaction holding the locks of every validator of the document: all or nothing. */
    @Override
    public ImportReport importInterchange(Interchange interchange) {
        if (!interchange.genesisValidatorsRoot().equals(genesisValidatorsRoot)) {
            throw new InvalidInterchangeException("the interchange is for the chain with genesis validators root "
                    + interchange.genesisValidatorsRoot() + ", this signer protects " + genesisValidatorsRoot
                    + "; nothing was imported");
        }
        return available("import an interchange", () -> database.transaction(connection -> {
            Database.lockAll(connection, interchange.data().stream().map(ValidatorHistory::pubkey).toList());
            return new InterchangeImport(Tables.on(connection)).run(interchange);
        }));
    }

    @Override
    public Interchange exportInterchange() {
        return available("export", () -> database.transaction(connection ->
                new InterchangeExport(Tables.on(connection)).all(genesisValidatorsRoot)));
    }

    @Override
    public Interchange exportInterchange(Collection<BlsPublicKey> validators) {
        List<BlsPublicKey> chosen = List.copyOf(validators);
        return available("export", () -> database.transaction(connection ->
                new InterchangeExport(Tables.on(connection)).of(genesisValidatorsRoot, chosen)));
    }

    @Override
    public StoreHealth health() {
        try {
            database.transaction(connection -> Metadata.get(connection, Metadata.GENESIS_VALIDATORS_ROOT));
            return StoreHealth.up("postgres " + where);
        } catch (SQLException | RuntimeException e) {
            return StoreHealth.down("postgres " + where + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        database.close();
    }

    private interface SqlCall<T> {
        T call() throws SQLException;
    }

    private <T> T available(String what, SqlCall<T> call) {
        try {
            return call.call();
        } catch (SQLException e) {
            throw new StoreUnavailableException("slashing database " + where + " could not " + what + ": " + e.getMessage(), e);
        }
    }
}
