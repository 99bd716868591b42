package io.containment.plugins.keys.dynamodb;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.contract.KeySourceContract;
import io.containment.api.keys.KeySource;
import io.containment.api.plugin.PluginContext;
import io.containment.testing.dynalite.DynaliteExtension;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The key-source contract against items written in the documented format on dynalite, unsealed. */
class DynamoDbKeySourceContractTest extends KeySourceContract {
    @RegisterExtension
    static final DynaliteExtension DYNALITE = new DynaliteExtension();

    @Override
    protected KeySource createSourceWith(List<byte[]> secrets, Path dir, PluginContext context) throws Exception {
        String table = KeyTables.freshTable();
        DynamoDbKeySource source = KeyTables.open(DYNALITE.dynalite(), table, context, Map.of(), List.of());
        try (DynamoDbClient client = KeyTables.client(DYNALITE.dynalite())) {
            for (byte[] secret : secrets) {
                BlsPublicKey publicKey = KNOWN.keys().stream().filter(k -> java.util.Arrays.equals(k.secret(), secret))
                        .findFirst().orElseThrow().publicKey();
                DocumentedFormat.putActive(client, table, KeyTables.MASTER_KEY, publicKey, secret);
            }
        }
        source.unseal(KeyTables.MASTER_KEY.clone());
        return source;
    }
}
