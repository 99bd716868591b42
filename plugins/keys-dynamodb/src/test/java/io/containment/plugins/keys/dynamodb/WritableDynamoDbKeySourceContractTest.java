package io.containment.plugins.keys.dynamodb;

import io.containment.api.contract.WritableKeySourceContract;
import io.containment.api.keys.WritableKeySource;
import io.containment.api.plugin.PluginContext;
import io.containment.testing.dynalite.DynaliteExtension;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The writable key-source contract on dynalite: each test's storage is a table named after its
 * folder, so a "restart" (a new source over the same folder) opens the same table, unsealed with
 * the same master key.
 */
class WritableDynamoDbKeySourceContractTest extends WritableKeySourceContract {
    @RegisterExtension
    static final DynaliteExtension DYNALITE = new DynaliteExtension();
    private static final Map<Path, String> TABLES = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    protected WritableKeySource openSource(Path dir, PluginContext context) {
        String table = TABLES.computeIfAbsent(dir, folder -> KeyTables.freshTable());
        return KeyTables.unsealed(DYNALITE.dynalite(), table, context);
    }
}
