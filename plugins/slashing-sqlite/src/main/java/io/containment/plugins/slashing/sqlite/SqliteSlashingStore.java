package io.containment.plugins.slashing.sqlite;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Root;
import io.containment.api.slashing.AttestationVote;
import io.containment.api.slashing.BlockProposal;
import io.containment.api.slashing.HighWatermark;
import io.containment.api.slashing.PruneReport;
import io.containment.api.slashing.SignedAttestation;
import io.containment.api.slashing.SignedBlock;
import io.containment.api.slashing.SlashingRules;
import io.containment.api.slashing.ImportReport;
import io.containment.api.slashing.Interchange;
import io.containment.api.slashing.InvalidInterchangeException;
import io.containment.api.slashing.SlashingStore;
import io.containment.api.slashing.SlashingVerdict;
import io.containment.api.slashing.StoreHealth;
import io.containment.api.slashing.StoreUnavailableException;
import io.containment.api.slashing.ValidatorRecords;
import io.containment.plugins.slashing.sql.InterchangeExport;
import io.containment.plugins.slashing.sql.InterchangeImport;
import io.containment.plugins.slashing.sql.Prune;
import io.containment.plugins.slashing.sql.TableRecords;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A {@link SlashingStore} in one SQLite file. A check-and-record is one write transaction that
 * judges against the complete history and inserts a {@code Valid} message before committing; the
 * verdict is returned only after the commit (fsync'd: {@code synchronous=FULL}); concurrent
 * check-and-records share one transaction and one commit (group commit, see {@link Database}). Any SQL failure is
 * a {@link StoreUnavailableException}, never a verdict.
 */
final class SqliteSlashingStore implements SlashingStore {
    private final Database database;
    private final Path path;

    SqliteSlashingStore(Database database, Path path) {
        this.database = database;
        this.path = path;
    }

    /** Opens (creating when new) the store at {@code path} for the chain. */
    static SqliteSlashingStore open(Path path, Root genesisValidatorsRoot, int busyTimeoutMillis, CommitDelay commitDelay) {
        DatabaseFile file = DatabaseFile.prepare(path);
        return new SqliteSlashingStore(Database.open(file, genesisValidatorsRoot, busyTimeoutMillis, commitDelay), file.path());
    }

    @Override
    public SlashingVerdict checkAndRecord(BlockProposal proposal) {
        return available("check and record a block", () -> database.writeGrouped(connection -> {
            KnownValidators known = database.known();
            Optional<KnownValidators.Known> validator = known.validator(connection, proposal.publicKey());
            SlashingVerdict verdict = SlashingRules.judge(proposal, records(connection, validator), known.highWatermark(connection));
            if (verdict instanceof SlashingVerdict.Valid) {
                new SignedBlocks(connection).add(idOrAdd(connection, validator, proposal.publicKey()),
                        new SignedBlock(proposal.slot(), Optional.of(proposal.signingRoot())));
                validator.ifPresent(v -> v.recordedBlock(proposal.slot()));
            }
            return verdict;
        }));
    }

    @Override
    public SlashingVerdict checkAndRecord(AttestationVote vote) {
        return available("check and record an attestation", () -> database.writeGrouped(connection -> {
            KnownValidators known = database.known();
            Optional<KnownValidators.Known> validator = known.validator(connection, vote.publicKey());
            SlashingVerdict verdict = SlashingRules.judge(vote, records(connection, validator), known.highWatermark(connection));
            if (verdict instanceof SlashingVerdict.Valid) {
                new SignedAttestations(connection).add(idOrAdd(connection, validator, vote.publicKey()),
                        new SignedAttestation(vote.sourceEpoch(), vote.targetEpoch(), Optional.of(vote.signingRoot())));
                validator.ifPresent(v -> v.recordedVote(vote.sourceEpoch(), vote.targetEpoch()));
            }
            return verdict;
        }));
    }

    /** The validator's history for the rules: through what is known of it, or none when it has no row yet. */
    private static ValidatorRecords<SQLException> records(Connection connection, Optional<KnownValidators.Known> validator) {
        return validator.<ValidatorRecords<SQLException>>map(v -> new KnownValidatorRecords(connection, v))
                .orElseGet(() -> rowRecords(connection, Optional.empty()));
    }

    /** The history of the validator of {@code row}, read by SQL (none when it has no row: never seen, so enabled). */
    static ValidatorRecords<SQLException> rowRecords(Connection connection, Optional<Validators.Row> row) {
        return new TableRecords(Tables.on(connection), row.map(r -> OptionalLong.of(r.id())).orElse(OptionalLong.empty()),
                () -> row.orElseThrow().enabled());
    }

    /** The validator's id, adding its row when it has none (its first record: known from the next call on). */
    private static long idOrAdd(Connection connection, Optional<KnownValidators.Known> validator, BlsPublicKey pubkey)
            throws SQLException {
        return validator.isPresent() ? validator.get().id : new Validators(connection).findOrAdd(pubkey);
    }

    @Override
    public SlashingVerdict check(BlockProposal proposal) {
        return available("check a block", () -> database.read(connection -> SlashingRules.judge(proposal,
                rowRecords(connection, new Validators(connection).row(proposal.publicKey())),
                new HighWatermarkRow(connection).get())));
    }

    @Override
    public SlashingVerdict check(AttestationVote vote) {
        return available("check an attestation", () -> database.read(connection -> SlashingRules.judge(vote,
                rowRecords(connection, new Validators(connection).row(vote.publicKey())),
                new HighWatermarkRow(connection).get())));
    }

    @Override
    public void setEnabled(BlsPublicKey validator, boolean enabled) {
        available(enabled ? "enable a validator" : "disable a validator", () -> database.write(connection -> {
            new Validators(connection).setEnabled(validator, enabled);
            return null;
        }));
    }

    @Override
    public Optional<HighWatermark> highWatermark() {
        return available("read the high watermark", () -> database.read(connection -> new HighWatermarkRow(connection).get()));
    }

    @Override
    public void setHighWatermark(Optional<HighWatermark> highWatermark) {
        available("set the high watermark", () -> database.write(connection -> {
            new HighWatermarkRow(connection).set(highWatermark);
            return null;
        }));
    }

    /** One write transaction per validator, so signing is never held up for the whole prune. */
    @Override
    public PruneReport prune(long epochsToKeep, long slotsToKeep) {
        Map<Long, BlsPublicKey> all = available("list validators", () -> database.read(connection -> new Validators(connection).all()));
        List<PruneReport.Entry> entries = new ArrayList<>();
        for (Map.Entry<Long, BlsPublicKey> validator : all.entrySet()) {
            available("prune", () -> database.write(connection -> new Prune(Tables.on(connection))
                    .validator(validator.getKey(), validator.getValue(), epochsToKeep, slotsToKeep)))
                    .ifPresent(entries::add);
        }
        return new PruneReport(entries);
    }

    @Override
    public ImportReport importInterchange(Interchange interchange) {
        Root ours = database.genesisValidatorsRoot();
        if (!interchange.genesisValidatorsRoot().equals(ours)) {
            throw new InvalidInterchangeException("the interchange is for the chain with genesis validators root "
                    + interchange.genesisValidatorsRoot() + ", this signer protects " + ours + "; nothing was imported");
        }
        return available("import an interchange", () -> database.write(connection -> new InterchangeImport(Tables.on(connection)).run(interchange)));
    }

    @Override
    public Interchange exportInterchange() {
        return available("export", () -> database.read(connection ->
                new InterchangeExport(Tables.on(connection)).all(database.genesisValidatorsRoot())));
    }

    @Override
    public Interchange exportInterchange(Collection<BlsPublicKey> validators) {
        List<BlsPublicKey> chosen = List.copyOf(validators);
        return available("export", () -> database.read(connection ->
                new InterchangeExport(Tables.on(connection)).of(database.genesisValidatorsRoot(), chosen)));
    }

    @Override
    public StoreHealth health() {
        try {
            database.ping();
            return StoreHealth.up("sqlite " + path);
        } catch (SQLException e) {
            return StoreHealth.down("sqlite " + path + ": " + e.getMessage());
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
            throw new StoreUnavailableException("slashing database " + path + " could not " + what + ": " + e.getMessage(), e);
        }
    }
}
