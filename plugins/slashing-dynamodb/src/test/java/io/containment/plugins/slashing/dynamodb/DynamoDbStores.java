package io.containment.plugins.slashing.dynamodb;

import io.containment.api.consensus.Root;
import io.containment.api.contract.TestPluginContext;
import io.containment.api.plugin.PluginConfig;
import io.containment.api.slashing.SlashingStore;
import io.containment.plugins.dynamodb.support.DynaliteSection;
import io.containment.testing.dynalite.Dynalite;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Stores made the way the runtime makes them (through the factory), on a dynalite server. */
final class DynamoDbStores {
    private static final AtomicInteger TABLES = new AtomicInteger();

    private DynamoDbStores() {
    }

    /** A table name no other test uses. */
    static String freshTable() {
        return "slashing-" + ProcessHandle.current().pid() + "-" + TABLES.incrementAndGet();
    }

    /** The configuration values for a store on {@code table} of {@code dynalite}, plus {@code extra}. */
    static Map<String, String> config(Dynalite dynalite, String table, Map<String, String> extra) {
        return DynaliteSection.values(dynalite, table, extra);
    }

    static SlashingStore open(Dynalite dynalite, String table, Root genesisValidatorsRoot, Map<String, String> extra) {
        return open(dynalite, table, genesisValidatorsRoot, extra, new FailingWrites());
    }

    /** A store whose client passes every request through {@code failures}. */
    static SlashingStore open(Dynalite dynalite, String table, Root genesisValidatorsRoot, Map<String, String> extra,
                              FailingWrites failures) {
        DynamoDbSlashingStoreFactory factory = new DynamoDbSlashingStoreFactory();
        PluginConfig config = PluginConfig.of("anti_slashing", config(dynalite, table, extra), factory.configProperties(),
                Path.of("."));
        return factory.create(config, new TestPluginContext(Path.of("."), genesisValidatorsRoot), java.util.List.of(failures));
    }

    static SlashingStore open(Dynalite dynalite, String table, Root genesisValidatorsRoot) {
        return open(dynalite, table, genesisValidatorsRoot, Map.of());
    }
}
