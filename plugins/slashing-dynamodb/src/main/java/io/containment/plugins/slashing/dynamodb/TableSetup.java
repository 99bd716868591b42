package io.containment.plugins.slashing.dynamodb;

import io.containment.api.consensus.Root;
import io.containment.api.plugin.PluginException;
import io.containment.plugins.dynamodb.support.TableKeys;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Startup: the table exists (created when allowed) with the expected keys (the support library's
 * {@link io.containment.plugins.dynamodb.support.TableSetup}), and its {@code chain} item names this
 * signer's network and schema version (written by the first signer). Anything else refuses startup.
 */
final class TableSetup {
    static final TableKeys KEYS = TableKeys.of(Items.PK, Items.SK);
    private static final String GENESIS_VALIDATORS_ROOT = "genesis_validators_root";
    private static final String SCHEMA = "schema";

    private final Table table;
    private final String createTableKey;

    TableSetup(Table table, String createTableKey) {
        this.table = table;
        this.createTableKey = createTableKey;
    }

    void run(boolean createTable, Root genesisValidatorsRoot) {
        new io.containment.plugins.dynamodb.support.TableSetup(table.client(), "slashing-dynamodb", KEYS, table.name(), createTableKey)
                .run(createTable, setup -> {
                    checkChain(setup, genesisValidatorsRoot);
                    warmUp();
                });
    }

    /** One Query as signing does it, so that the first signing request does not pay for loading that part of the SDK. */
    private void warmUp() {
        table.client().query(b -> b.tableName(table.name()).consistentRead(true).keyConditionExpression("#pk = :pk")
                .expressionAttributeNames(Map.of("#pk", Items.PK))
                .expressionAttributeValues(Map.of(":pk", Items.s(Items.VALIDATOR_PREFIX + "warm-up")))
                .overrideConfiguration(io.containment.plugins.dynamodb.support.TableSetup.STARTUP));
    }

    private void checkChain(io.containment.plugins.dynamodb.support.TableSetup setup, Root genesisValidatorsRoot) {
        Map<String, AttributeValue> ours = new HashMap<>(Items.key(Items.META, Items.CHAIN));
        ours.put(GENESIS_VALIDATORS_ROOT, Items.s(genesisValidatorsRoot.toHex()));
        ours.put(SCHEMA, Items.n(Items.SCHEMA_VERSION));
        Map<String, AttributeValue> item = setup.firstWriterWins(ours);
        AttributeValue schema = item.get(SCHEMA);
        if (schema == null || schema.n() == null || !schema.n().equals(Integer.toString(Items.SCHEMA_VERSION))) {
            throw new PluginException("DynamoDB table " + table.name() + " has slashing schema version "
                    + (schema == null ? "none" : schema.n()) + "; this signer reads version " + Items.SCHEMA_VERSION);
        }
        AttributeValue recorded = item.get(GENESIS_VALIDATORS_ROOT);
        if (recorded == null || recorded.s() == null || !Root.fromHex(recorded.s()).equals(genesisValidatorsRoot)) {
            throw new PluginException("DynamoDB table " + table.name() + " belongs to the chain with genesis validators root "
                    + (recorded == null ? "none" : recorded.s()) + ", not to the configured network's " + genesisValidatorsRoot);
        }
    }
}
