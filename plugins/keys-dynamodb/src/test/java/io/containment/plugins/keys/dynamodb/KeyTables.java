package io.containment.plugins.keys.dynamodb;

import io.containment.api.contract.TestPluginContext;
import io.containment.api.consensus.Root;
import io.containment.api.keys.BlsSecretKeys;
import io.containment.api.keys.Keystores;
import io.containment.api.plugin.PluginConfig;
import io.containment.api.plugin.PluginContext;
import io.containment.api.plugin.PluginMetrics;
import io.containment.plugins.dynamodb.support.DynaliteSection;
import io.containment.testing.dynalite.Dynalite;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Sources made the way the runtime makes them (through the factory), on a dynalite server. */
final class KeyTables {
    /** The master key of the tests' signers. */
    static final byte[] MASTER_KEY = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
    private static final AtomicInteger TABLES = new AtomicInteger();

    private KeyTables() {
    }

    /** A table name no other test uses. */
    static String freshTable() {
        return "keys-" + ProcessHandle.current().pid() + "-" + TABLES.incrementAndGet();
    }

    static Map<String, String> config(Dynalite dynalite, String table, Map<String, String> extra) {
        return DynaliteSection.values(dynalite, table, extra);
    }

    static PluginConfig pluginConfig(Map<String, String> values) {
        return PluginConfig.of("key_sources.dynamodb", values, new DynamoDbKeySourceFactory().configProperties(), Path.of("."));
    }

    /** A sealed source on {@code table}. */
    static DynamoDbKeySource open(Dynalite dynalite, String table, PluginContext context, Map<String, String> extra,
                                  List<ExecutionInterceptor> interceptors) {
        return new DynamoDbKeySourceFactory().create(pluginConfig(config(dynalite, table, extra)), withKeystores(context),
                interceptors);
    }

    /** A source on {@code table}, unsealed with {@link #MASTER_KEY}. */
    static DynamoDbKeySource unsealed(Dynalite dynalite, String table, PluginContext context) {
        DynamoDbKeySource source = open(dynalite, table, context, Map.of(), List.of());
        source.unseal(MASTER_KEY.clone());
        return source;
    }

    /** A plain SDK client on the dynalite server, to look at (or tamper with) the table directly. */
    static DynamoDbClient client(Dynalite dynalite) {
        return DynaliteSection.client(dynalite);
    }

    /** {@code context} plus keystore decryption, as the runtime's context offers it. */
    static PluginContext withKeystores(PluginContext context) {
        return new PluginContext() {
            @Override
            public Clock clock() {
                return context.clock();
            }

            @Override
            public Path dataDir() {
                return context.dataDir();
            }

            @Override
            public Root genesisValidatorsRoot() {
                return context.genesisValidatorsRoot();
            }

            @Override
            public BlsSecretKeys blsSecretKeys() {
                return context.blsSecretKeys();
            }

            @Override
            public PluginMetrics metrics() {
                return context.metrics();
            }

            @Override
            public Keystores keystores() {
                return new TestKeystores();
            }
        };
    }

    static PluginContext context(Path dataDir) {
        return new TestPluginContext(dataDir);
    }
}
