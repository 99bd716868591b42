package io.containment.plugins.state.dynamodb;

import io.containment.api.plugin.PluginConfig;
import io.containment.api.seal.SignerStateStore;
import io.containment.plugins.dynamodb.support.DynaliteSection;
import io.containment.testing.dynalite.Dynalite;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Stores made the way the runtime makes them (through the factory, section {@code signer_state}), on a dynalite server. */
final class StateStores {
    private static final AtomicInteger TABLES = new AtomicInteger();

    private StateStores() {
    }

    /** A table name no other test uses. */
    static String freshTable() {
        return "signer-state-" + ProcessHandle.current().pid() + "-" + TABLES.incrementAndGet();
    }

    static PluginConfig config(Dynalite dynalite, String table, Map<String, String> extra) {
        DynamoDbSignerStateStoreFactory factory = new DynamoDbSignerStateStoreFactory();
        return PluginConfig.of("signer_state", DynaliteSection.values(dynalite, table, extra), factory.configProperties(), Path.of("."));
    }

    static SignerStateStore open(Dynalite dynalite, String table, Map<String, String> extra, ExecutionInterceptor... interceptors) {
        return new DynamoDbSignerStateStoreFactory().create(config(dynalite, table, extra), List.of(interceptors));
    }

    static SignerStateStore open(Dynalite dynalite, String table) {
        return open(dynalite, table, Map.of());
    }

    /** A plain SDK client on the dynalite server, to look at (or tamper with) the table directly. */
    static DynamoDbClient client(Dynalite dynalite) {
        return DynaliteSection.client(dynalite);
    }
}
