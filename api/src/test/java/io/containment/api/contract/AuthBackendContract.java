package io.containment.api.contract;

import static io.containment.api.contract.AuthFixtures.NOW;
import static io.containment.api.contract.AuthFixtures.client;
import static io.containment.api.contract.AuthFixtures.hash;
import static io.containment.api.contract.AuthFixtures.management;
import static io.containment.api.contract.AuthFixtures.richPolicy;
import static io.containment.api.contract.AuthFixtures.simplePolicy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.api.auth.AuthBackend;
import io.containment.api.auth.AuthBackendUnavailableException;
import io.containment.api.auth.AuthSnapshot;
import io.containment.api.auth.PolicyCreation;
import io.containment.api.auth.PolicyDeletion;
import io.containment.api.auth.TokenCreation;
import io.containment.api.auth.TokenRecord;
import io.containment.api.auth.TokenRevocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AuthBackend} must do, whatever stores it. A backend's test extends this class
 * and implements {@link #openBackend()}; {@link AuthBackendConcurrencyContract} adds the races.
 *
 * <pre>{@code
 * class MyAuthBackendTest extends AuthBackendContract {
 *     @TempDir Path dir;                       // fresh storage per test
 *     protected AuthBackend openBackend() { return MyFactory.open(dir.resolve("auth.db")); }
 * }
 * }</pre>
 */
public abstract class AuthBackendContract extends AuthBackendConcurrencyContract {

    @Test
    void freshStorageHoldsNothing() {
        AuthBackend backend = backend();
        assertThat(backend.policies()).isEmpty();
        assertThat(backend.tokens()).isEmpty();
        assertThat(backend.policy("anything")).isEmpty();
        assertThat(backend.findToken(hash(1))).isEmpty();
        AuthSnapshot snapshot = backend.snapshot();
        assertThat(snapshot.policies()).isEmpty();
        assertThat(snapshot.tokens()).isEmpty();
        assertThat(snapshot.revision()).isEqualTo(backend.revision());
    }

    @Test
    void aPolicyReadsBackAsWrittenAndPoliciesAreOrderedByName() {
        AuthBackend backend = backend();
        assertThat(backend.createPolicy(richPolicy("validators-b"))).isEqualTo(new PolicyCreation.Created(richPolicy("validators-b")));
        backend.createPolicy(simplePolicy("a-monitoring"));
        assertThat(backend.policy("validators-b")).contains(richPolicy("validators-b"));
        assertThat(backend.policies()).containsExactly(simplePolicy("a-monitoring"), richPolicy("validators-b"));
    }

    @Test
    void aPolicyNameIsTakenOnceAndTheFirstPolicyStays() {
        AuthBackend backend = backend();
        backend.createPolicy(simplePolicy("lighthouse"));
        long revision = backend.revision();
        assertThat(backend.createPolicy(richPolicy("lighthouse"))).isEqualTo(new PolicyCreation.NameTaken("lighthouse"));
        assertThat(backend.policy("lighthouse")).contains(simplePolicy("lighthouse"));
        assertThat(backend.revision()).as("a refused write does not move the revision").isEqualTo(revision);
    }

    @Test
    void aDeletedPolicyIsGoneAndDeletingItAgainFindsNothing() {
        AuthBackend backend = backend();
        backend.createPolicy(simplePolicy("teku"));
        backend.createPolicy(simplePolicy("prysm"));
        assertThat(backend.deletePolicy("teku")).isEqualTo(new PolicyDeletion.Deleted("teku"));
        long revision = backend.revision();
        assertThat(backend.deletePolicy("teku")).isEqualTo(new PolicyDeletion.NotFound("teku"));
        assertThat(backend.revision()).isEqualTo(revision);
        assertThat(backend.policies()).containsExactly(simplePolicy("prysm"));
        assertThat(backend.policy("teku")).isEmpty();
        assertThat(backend.createPolicy(richPolicy("teku"))).isInstanceOf(PolicyCreation.Created.class);
    }

    @Test
    void aTokenRecordReadsBackAsWrittenByHashAndInTheList() {
        AuthBackend backend = backend();
        TokenRecord client = client("t-client", 1, "lighthouse", "monitoring");
        TokenRecord root = management("t-root", 2);
        assertThat(backend.createToken(client)).isEqualTo(new TokenCreation.Created(client));
        assertThat(backend.createToken(root)).isEqualTo(new TokenCreation.Created(root));
        assertThat(backend.findToken(hash(1))).contains(client);
        assertThat(backend.findToken(hash(2))).contains(root);
        assertThat(backend.findToken(hash(3))).isEmpty();
        assertThat(backend.tokens()).containsExactly(client, root);
    }

    @Test
    void tokensAreListedByCreationTimeThenId() {
        AuthBackend backend = backend();
        TokenRecord later = management("a-later", 1);
        TokenRecord second = client("b-same-time", 2, "p");
        TokenRecord first = client("a-same-time", 3, "p");
        backend.createToken(later);
        backend.createToken(second);
        backend.createToken(first);
        assertThat(backend.tokens()).containsExactly(first, second, later);
    }

    @Test
    void aTakenIdRefusesTheTokenAndWritesNothing() {
        AuthBackend backend = backend();
        backend.createToken(client("t-1", 1, "p"));
        long revision = backend.revision();
        assertThat(backend.createToken(client("t-1", 2, "q"))).isEqualTo(new TokenCreation.IdTaken("t-1"));
        assertThat(backend.findToken(hash(2))).isEmpty();
        assertThat(backend.tokens()).containsExactly(client("t-1", 1, "p"));
        assertThat(backend.revision()).isEqualTo(revision);
    }

    @Test
    void aTakenHashRefusesTheTokenAndWritesNothing() {
        AuthBackend backend = backend();
        backend.createToken(client("t-1", 1, "p"));
        long revision = backend.revision();
        assertThat(backend.createToken(client("t-2", 1, "p"))).isEqualTo(new TokenCreation.HashTaken());
        assertThat(backend.tokens()).extracting(TokenRecord::id).containsExactly("t-1");
        assertThat(backend.revision()).isEqualTo(revision);
    }

    @Test
    void revocationHappensOnceAndKeepsTheRecordListed() {
        AuthBackend backend = backend();
        TokenRecord token = client("t-1", 1, "p");
        backend.createToken(token);
        TokenRecord revoked = token.revokedAt(NOW.plusSeconds(60));
        assertThat(backend.revokeToken("t-1", NOW.plusSeconds(60))).isEqualTo(new TokenRevocation.Revoked(revoked));
        long revision = backend.revision();
        assertThat(backend.revokeToken("t-1", NOW.plusSeconds(120))).isEqualTo(new TokenRevocation.AlreadyRevoked(revoked));
        assertThat(backend.revokeToken("t-unknown", NOW)).isEqualTo(new TokenRevocation.NotFound("t-unknown"));
        assertThat(backend.revision()).isEqualTo(revision);
        assertThat(backend.findToken(hash(1))).contains(revoked);
        assertThat(backend.tokens()).containsExactly(revoked);
        assertThat(revoked.isActiveAt(NOW)).isFalse();
    }

    @Test
    void theRevisionGrowsWithEverySuccessfulWrite() {
        AuthBackend backend = backend();
        List<Long> revisions = new ArrayList<>(List.of(backend.revision()));
        backend.createPolicy(simplePolicy("p"));
        revisions.add(backend.revision());
        backend.createToken(client("t-1", 1, "p"));
        revisions.add(backend.revision());
        backend.revokeToken("t-1", NOW);
        revisions.add(backend.revision());
        backend.deletePolicy("p");
        revisions.add(backend.revision());
        assertThat(revisions).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void theSnapshotHoldsEverythingAsOfItsRevision() {
        AuthBackend backend = backend();
        backend.createPolicy(richPolicy("lighthouse"));
        backend.createToken(client("t-1", 1, "lighthouse"));
        backend.createToken(management("t-root", 2));
        backend.revokeToken("t-1", NOW.plusSeconds(5));
        AuthSnapshot snapshot = backend.snapshot();
        assertThat(snapshot.revision()).isEqualTo(backend.revision());
        assertThat(snapshot.policies()).containsExactly(richPolicy("lighthouse"));
        assertThat(snapshot.tokens()).containsExactly(client("t-1", 1, "lighthouse").revokedAt(NOW.plusSeconds(5)),
                management("t-root", 2));
    }

    @Test
    void anotherInstanceOnTheSameStorageSeesEveryWrite() {
        AuthBackend writer = backend();
        AuthBackend reader = backend();
        long before = reader.revision();
        writer.createPolicy(simplePolicy("p"));
        writer.createToken(client("t-1", 1, "p"));
        assertThat(reader.revision()).isGreaterThan(before);
        assertThat(reader.policy("p")).contains(simplePolicy("p"));
        assertThat(reader.findToken(hash(1))).contains(client("t-1", 1, "p"));
        writer.revokeToken("t-1", NOW);
        assertThat(reader.findToken(hash(1)).flatMap(TokenRecord::revokedAt)).contains(NOW);
        assertThat(reader.createPolicy(simplePolicy("p"))).isInstanceOf(PolicyCreation.NameTaken.class);
        assertThat(reader.createToken(client("t-2", 1, "p"))).isInstanceOf(TokenCreation.HashTaken.class);
    }

    @Test
    void expiryIsOptionalAndKeptToTheMillisecond() {
        AuthBackend backend = backend();
        TokenRecord forever = new TokenRecord("t-forever", "", io.containment.api.auth.TokenKind.CLIENT, List.of("p"),
                hash(7), NOW, Optional.empty(), Optional.empty());
        backend.createToken(forever);
        backend.createToken(client("t-day", 8, "p"));
        assertThat(backend.findToken(hash(7))).contains(forever);
        assertThat(backend.findToken(hash(8)).flatMap(TokenRecord::expiresAt)).contains(NOW.plusSeconds(86_400));
    }

    @Test
    void aClosedBackendIsUnavailableNotEmpty() {
        AuthBackend backend = openBackend();
        backend.createPolicy(simplePolicy("p"));
        backend.close();
        assertThatThrownBy(backend::policies).isInstanceOf(AuthBackendUnavailableException.class);
        assertThatThrownBy(backend::revision).isInstanceOf(AuthBackendUnavailableException.class);
        assertThatThrownBy(() -> backend.findToken(hash(1))).isInstanceOf(AuthBackendUnavailableException.class);
    }
}
