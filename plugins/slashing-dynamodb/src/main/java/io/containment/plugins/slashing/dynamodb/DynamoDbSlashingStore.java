package io.containment.plugins.slashing.dynamodb;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Root;
import io.containment.api.plugin.PluginException;
import io.containment.api.slashing.AttestationVote;
import io.containment.api.slashing.BlockProposal;
import io.containment.api.slashing.HighWatermark;
import io.containment.api.slashing.ImportReport;
import io.containment.api.slashing.Interchange;
import io.containment.api.slashing.InvalidInterchangeException;
import io.containment.api.slashing.PruneReport;
import io.containment.api.slashing.SlashingStore;
import io.containment.api.slashing.SlashingVerdict;
import io.containment.api.slashing.StoreHealth;
import io.containment.api.slashing.StoreUnavailableException;
import io.containment.plugins.dynamodb.support.DynamoDbConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A {@link SlashingStore} in one DynamoDB table that any number of signers share. Check-and-record
 * is linearisable per validator across all of them (see {@link Signing}); the verdict returns only
 * after DynamoDB acknowledged the conditional write. Any SDK failure or timeout is a
 * {@link StoreUnavailableException}, never a verdict.
 */
final class DynamoDbSlashingStore implements SlashingStore {
    private final DynamoDbClient client;
    private final Table table;
    private final Root genesisValidatorsRoot;
    private final Signing signing;
    private final HighWatermarkItem highWatermark;
    private final InterchangeImport interchangeImport;
    private final InterchangeExport interchangeExport;
    private final Prune prune;
    private volatile boolean closed;

    private DynamoDbSlashingStore(DynamoDbClient client, Table table, Root genesisValidatorsRoot, Duration lockWait, int maxAttempts) {
        this.client = client;
        this.table = table;
        this.genesisValidatorsRoot = genesisValidatorsRoot;
        this.highWatermark = new HighWatermarkItem(table);
        ValidatorLocks locks = new ValidatorLocks(lockWait);
        this.signing = new Signing(table, locks, highWatermark::get, maxAttempts);
        StagedImports staged = new StagedImports(table, signing, maxAttempts);
        this.interchangeImport = new InterchangeImport(table, signing, staged, locks);
        this.interchangeExport = new InterchangeExport(table, signing);
        this.prune = new Prune(table, signing, staged, locks, maxAttempts);
    }

    /**
     * Opens the store on the configured table (created when missing and allowed), checking
     * that the table belongs to the chain. Owns {@code client} and closes it on {@link #close()}.
     */
    static DynamoDbSlashingStore open(DynamoDbClient client, DynamoDbConfig config, Root genesisValidatorsRoot,
                                      Duration lockWait, int maxAttempts) {
        Table table = new Table(client, config.table());
        try {
            new TableSetup(table, config.createTableKey()).run(config.createTable(), genesisValidatorsRoot);
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
        return new DynamoDbSlashingStore(client, table, genesisValidatorsRoot, lockWait, maxAttempts);
    }

    @Override
    public SlashingVerdict checkAndRecord(BlockProposal proposal) {
        return available("check and record a block", () -> signing.checkAndRecord(proposal));
    }

    @Override
    public SlashingVerdict checkAndRecord(AttestationVote vote) {
        return available("check and record an attestation", () -> signing.checkAndRecord(vote));
    }

    @Override
    public SlashingVerdict check(BlockProposal proposal) {
        return available("check a block", () -> signing.check(proposal));
    }

    @Override
    public SlashingVerdict check(AttestationVote vote) {
        return available("check an attestation", () -> signing.check(vote));
    }

    /** One unconditional head update that raises the version: a signing in flight is judged again. */
    @Override
    public void setEnabled(BlsPublicKey validator, boolean enabled) {
        available(enabled ? "enable a validator" : "disable a validator", () -> {
            table.client().updateItem(b -> b.tableName(table.name()).key(Items.key(Items.validatorKey(validator), Items.HEAD))
                    .updateExpression("SET #enabled = :enabled ADD #version :one")
                    .expressionAttributeNames(Map.of("#enabled", Head.ENABLED, "#version", Head.VERSION))
                    .expressionAttributeValues(Map.of(":enabled", AttributeValue.fromBool(enabled), ":one", Items.n(1))));
            return null;
        });
    }

    @Override
    public Optional<HighWatermark> highWatermark() {
        return available("read the high watermark", highWatermark::get);
    }

    @Override
    public void setHighWatermark(Optional<HighWatermark> value) {
        available("set the high watermark", () -> {
            highWatermark.set(value);
            return null;
        });
    }

    @Override
    public PruneReport prune(long epochsToKeep, long slotsToKeep) {
        List<BlsPublicKey> validators = available("list validators", prune::validators);
        List<PruneReport.Entry> entries = new ArrayList<>();
        for (BlsPublicKey validator : validators) {
            available("prune", () -> prune.validator(validator, epochsToKeep, slotsToKeep)).ifPresent(entries::add);
        }
        return new PruneReport(entries);
    }

    @Override
    public ImportReport importInterchange(Interchange interchange) {
        if (!interchange.genesisValidatorsRoot().equals(genesisValidatorsRoot)) {
            throw new InvalidInterchangeException("the interchange is for the chain with genesis validators root "
                    + interchange.genesisValidatorsRoot() + ", this signer protects " + genesisValidatorsRoot
                    + "; nothing was imported");
        }
        return available("import an interchange", () -> interchangeImport.run(interchange));
    }

    @Override
    public Interchange exportInterchange() {
        return available("export", () -> interchangeExport.all(genesisValidatorsRoot));
    }

    @Override
    public Interchange exportInterchange(Collection<BlsPublicKey> validators) {
        List<BlsPublicKey> chosen = List.copyOf(validators);
        return available("export", () -> interchangeExport.of(genesisValidatorsRoot, chosen));
    }

    @Override
    public StoreHealth health() {
        if (closed) {
            return StoreHealth.down("dynamodb table " + table.name() + ": closed");
        }
        try {
            table.get(Items.META, Items.CHAIN)
                    .orElseThrow(() -> new IllegalStateException("the table's chain item is missing"));
            return StoreHealth.up("dynamodb table " + table.name());
        } catch (RuntimeException e) {
            return StoreHealth.down("dynamodb table " + table.name() + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        closed = true;
        client.close();
    }

    private <T> T available(String what, Supplier<T> call) {
        if (closed) {
            throw new StoreUnavailableException("slashing table " + table.name() + " could not " + what + ": the store is closed", null);
        }
        try {
            return call.get();
        } catch (PluginException e) {
            throw e;
        } catch (SdkException e) {
            throw new StoreUnavailableException("slashing table " + table.name() + " could not " + what + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new StoreUnavailableException("slashing table " + table.name() + " could not " + what
                    + ": unreadable item (" + e + ")", e);
        }
    }
}
