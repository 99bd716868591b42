package io.containment.plugins.auth.dynamodb;

import io.containment.api.auth.AuthBackend;
import io.containment.api.contract.AuthBackendContract;
import io.containment.testing.dynalite.DynaliteExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The DynamoDB backend against the whole auth contract; the instances of one test share one fresh table. */
class DynamoDbAuthBackendTest extends AuthBackendContract {
    @RegisterExtension
    static final DynaliteExtension DYNALITE = new DynaliteExtension();

    private final String table = AuthBackends.freshTable();

    @Override
    protected AuthBackend openBackend() {
        return AuthBackends.open(DYNALITE.dynalite(), table);
    }
}
