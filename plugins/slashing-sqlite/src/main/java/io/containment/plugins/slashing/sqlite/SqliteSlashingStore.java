package io.containment.plugins.slashing.sqlite;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Root;
import io.containment.api.slashing.AttestationVote;
import io.containment.api.slashing.BlockProposal;
import io.containment.api.slashing.ImportReport;
import io.containment.api.slashing.Interchange;
import io.containment.api.slashing.InvalidInterchangeException;
import io.containment.api.slashing.SlashingStore;
import io.containment.api.slashing.SlashingVerdict;
import io.containment.api.slashing.StoreHealth;
import io.containment.api.slashing.StoreUnavailableException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;

/**
 * A {@link SlashingStore} in one SQLite file. A check-and-record is one write transaction that
 * judges against the complete history and inserts a {@code Valid} message before committing; the
 * verdict is returned only after the commit (fsync'd: {@code synchronous=FULL}). Any SQL failure is
 * a {@link StoreUnavailableException}, never a verdict.
 */
final class SqliteSlashingStore implements SlashingStore {
    private final Database database;
    private final Path path;

    private SqliteSlashingStore(Database database, Path path) {
        this.database = database;
        this.path = path;
    }

    /** Opens (creating when new) the store at {@code path} for the chain. */
    static SqliteSlashingStore open(Path path, Root genesisValidatorsRoot, int busyTimeoutMillis) {
        DatabaseFile file = DatabaseFile.prepare(path);
        return new SqliteSlashingStore(Database.open(file, genesisValidatorsRoot, busyTimeoutMillis), file.path());
    }

    @Override
    public SlashingVerdict checkAndRecord(BlockProposal proposal) {
        return available("check and record a block", () -> database.write(connection -> {
            Validators validators = new Validators(connection);
            BlockRules rules = new BlockRules(connection);
            SlashingVerdict verdict = rules.judge(validators.find(proposal.publicKey()), proposal);
            if (verdict instanceof SlashingVerdict.Valid) {
                rules.record(validators.findOrAdd(proposal.publicKey()), proposal);
            }
            return verdict;
        }));
    }

    @Override
    public SlashingVerdict checkAndRecord(AttestationVote vote) {
        return available("check and record an attestation", () -> database.write(connection -> {
            Validators validators = new Validators(connection);
            AttestationRules rules = new AttestationRules(connection);
            SlashingVerdict verdict = rules.judge(validators.find(vote.publicKey()), vote);
            if (verdict instanceof SlashingVerdict.Valid) {
                rules.record(validators.findOrAdd(vote.publicKey()), vote);
            }
            return verdict;
        }));
    }

    @Override
    public SlashingVerdict check(BlockProposal proposal) {
        return available("check a block", () -> database.read(connection -> {
            OptionalLong id = new Validators(connection).find(proposal.publicKey());
            return new BlockRules(connection).judge(id, proposal);
        }));
    }

    @Override
    public SlashingVerdict check(AttestationVote vote) {
        return available("check an attestation", () -> database.read(connection -> {
            OptionalLong id = new Validators(connection).find(vote.publicKey());
            return new AttestationRules(connection).judge(id, vote);
        }));
    }

    @Override
    public ImportReport importInterchange(Interchange interchange) {
        Root ours = database.genesisValidatorsRoot();
        if (!interchange.genesisValidatorsRoot().equals(ours)) {
            throw new InvalidInterchangeException("the interchange is for the chain with genesis validators root "
                    + interchange.genesisValidatorsRoot() + ", this signer protects " + ours + "; nothing was imported");
        }
        return available("import an interchange", () -> database.write(connection -> new InterchangeImport(connection).run(interchange)));
    }

    @Override
    public Interchange exportInterchange() {
        return available("export", () -> database.read(connection ->
                new InterchangeExport(connection).all(database.genesisValidatorsRoot())));
    }

    @Override
    public Interchange exportInterchange(Collection<BlsPublicKey> validators) {
        List<BlsPublicKey> chosen = List.copyOf(validators);
        return available("export", () -> database.read(connection ->
                new InterchangeExport(connection).of(database.genesisValidatorsRoot(), chosen)));
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
