package io.containment.plugins.auth.dynamodb;

import io.containment.api.plugin.PluginException;
import io.containment.plugins.dynamodb.support.TableKeys;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Startup: the table exists (created when allowed) with the expected keys (the support library's
 * {@link io.containment.plugins.dynamodb.support.TableSetup}), and its head item (written by the
 * first signer, revision 0) has this backend's schema version. Anything else refuses startup.
 */
final class TableSetup {
    static final TableKeys KEYS = TableKeys.of(Items.PK, Items.SK);

    private final AuthTable table;
    private final String createTableKey;

    TableSetup(AuthTable table, String createTableKey) {
        this.table = table;
        this.createTableKey = createTableKey;
    }

    void run(boolean createTable) {
        new io.containment.plugins.dynamodb.support.TableSetup(table.client(), "auth-dynamodb", KEYS, table.name(), createTableKey)
                .run(createTable, this::checkHead);
    }

    private void checkHead(io.containment.plugins.dynamodb.support.TableSetup setup) {
        Map<String, AttributeValue> ours = new HashMap<>(Items.key(Items.HEAD));
        ours.put(Head.REVISION, Items.n(0));
        ours.put(Head.SCHEMA, Items.n(Head.SCHEMA_VERSION));
        AttributeValue schema = setup.firstWriterWins(ours).get(Head.SCHEMA);
        if (schema == null || !Integer.toString(Head.SCHEMA_VERSION).equals(schema.n())) {
            throw new PluginException("DynamoDB table " + table.name() + " has auth schema version "
                    + (schema == null ? "none" : schema.n()) + "; this signer reads version " + Head.SCHEMA_VERSION);
        }
    }
}
