package io.containment.plugins.auth.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import io.containment.api.auth.AuthBackend;
import io.containment.api.auth.AuthSnapshot;
import io.containment.api.auth.Effect;
import io.containment.api.auth.Policy;
import io.containment.api.auth.PolicyRule;
import io.containment.api.auth.Scope;
import io.containment.api.auth.TokenHash;
import io.containment.api.auth.TokenKind;
import io.containment.api.auth.TokenRecord;
import io.containment.testing.dynalite.DynaliteExtension;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A writer that dies between its commit and applying it: whoever comes next completes the write, and a late helper never undoes a newer one. */
class PendingWriteTest {
    @RegisterExtension
    static final DynaliteExtension DYNALITE = new DynaliteExtension();
    private static final Policy POLICY = new Policy("left-behind",
            List.of(new PolicyRule(Effect.ALLOW, Set.of(Scope.SIGN), Set.of(), Set.of())));
    private static final TokenRecord TOKEN = new TokenRecord("t-1", "vc", TokenKind.CLIENT, List.of("left-behind"),
            TokenHash.fromHex("ab".repeat(32)), Instant.ofEpochMilli(1_000), Optional.empty(), Optional.empty());

    private final String table = AuthBackends.freshTable();

    @Test
    void aWriteCommittedButNotAppliedIsCompletedByTheNextInstanceThatLooks() {
        try (AuthBackend backend = AuthBackends.open(DYNALITE.dynalite(), table);
             DynamoDbClient client = AuthBackends.client(DYNALITE.dynalite())) {
            // what a writer leaves when it dies right after its commit
            client.updateItem(b -> b.tableName(table).key(Items.key(Items.HEAD))
                    .updateExpression("SET #revision = :next, #pending = :items")
                    .expressionAttributeNames(Map.of("#revision", Head.REVISION, "#pending", Head.PENDING))
                    .expressionAttributeValues(Map.of(":next", Items.n(1),
                            ":items", AttributeValue.fromL(List.of(AttributeValue.fromM(Items.policy(POLICY, 1)))))));
            assertThat(backend.policy("left-behind")).as("not applied yet").isEmpty();

            assertThat(backend.revision()).isEqualTo(1);
            assertThat(backend.policy("left-behind")).contains(POLICY);
            AuthSnapshot snapshot = backend.snapshot();
            assertThat(snapshot.revision()).isEqualTo(1);
            assertThat(snapshot.policies()).containsExactly(POLICY);
            assertThat(new AuthTable(client, table).head().settled()).isTrue();
        }
    }

    @Test
    void aLateHelperApplyingAnOldWriteNeverUndoesANewerOne() {
        try (AuthBackend backend = AuthBackends.open(DYNALITE.dynalite(), table);
             DynamoDbClient client = AuthBackends.client(DYNALITE.dynalite())) {
            backend.createPolicy(POLICY);
            backend.createToken(TOKEN);
            long created = backend.revision();
            backend.revokeToken("t-1", Instant.ofEpochMilli(2_000));
            backend.deletePolicy("left-behind");

            AuthTable raw = new AuthTable(client, table);
            raw.complete(new Head(created, List.of(Items.token(TOKEN, created), Items.hash(TOKEN, created))));
            raw.complete(new Head(1, List.of(Items.policy(POLICY, 1))));

            assertThat(backend.findToken(TOKEN.hash()).flatMap(TokenRecord::revokedAt)).contains(Instant.ofEpochMilli(2_000));
            assertThat(backend.policies()).isEmpty();
            assertThat(backend.snapshot().tokens()).containsExactly(TOKEN.revokedAt(Instant.ofEpochMilli(2_000)));
        }
    }
}
