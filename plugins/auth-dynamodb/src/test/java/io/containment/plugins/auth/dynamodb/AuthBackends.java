package io.containment.plugins.auth.dynamodb;

import io.containment.api.auth.AuthBackend;
import io.containment.api.plugin.PluginConfig;
import io.containment.plugins.dynamodb.support.DynaliteSection;
import io.containment.testing.dynalite.Dynalite;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Backends made the way the runtime makes them (through the factory), on a dynalite server. */
final class AuthBackends {
    private static final AtomicInteger TABLES = new AtomicInteger();

    private AuthBackends() {
    }

    /** A table name no other test uses. */
    static String freshTable() {
        return "auth-" + ProcessHandle.current().pid() + "-" + TABLES.incrementAndGet();
    }

    static Map<String, String> config(Dynalite dynalite, String table, Map<String, String> extra) {
        return DynaliteSection.values(dynalite, table, extra);
    }

    static AuthBackend open(Dynalite dynalite, String table, Map<String, String> extra) {
        DynamoDbAuthBackendFactory factory = new DynamoDbAuthBackendFactory();
        return factory.create(PluginConfig.of("auth", config(dynalite, table, extra), factory.configProperties(), Path.of(".")),
                List.of());
    }

    static AuthBackend open(Dynalite dynalite, String table) {
        return open(dynalite, table, Map.of());
    }

    /** A plain SDK client on the dynalite server, to look at (or tamper with) the table directly. */
    static DynamoDbClient client(Dynalite dynalite) {
        return DynaliteSection.client(dynalite);
    }
}
