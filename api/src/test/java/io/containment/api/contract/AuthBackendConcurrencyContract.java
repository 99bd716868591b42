package io.containment.api.contract;

import static io.containment.api.contract.AuthFixtures.NOW;
import static io.containment.api.contract.AuthFixtures.client;
import static io.containment.api.contract.AuthFixtures.simplePolicy;
import static org.assertj.core.api.Assertions.assertThat;

import io.containment.api.auth.AuthBackend;
import io.containment.api.auth.PolicyCreation;
import io.containment.api.auth.TokenCreation;
import io.containment.api.auth.TokenRevocation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The conditional-write races of the auth contract: identical writes from several instances at
 * once, exactly one wins. Extended by {@link AuthBackendContract}: extend that one.
 */
public abstract class AuthBackendConcurrencyContract {
    private static final int THREADS = 8;
    private final List<AuthBackend> opened = new ArrayList<>();

    /**
     * Opens a backend on this test's storage. Every call during one test must reach the same
     * storage (as signer instances share one database); every test starts on empty storage.
     */
    protected abstract AuthBackend openBackend();

    /** A backend closed after the test. */
    protected final synchronized AuthBackend backend() {
        AuthBackend backend = openBackend();
        opened.add(backend);
        return backend;
    }

    @AfterEach
    final synchronized void closeBackends() {
        opened.forEach(AuthBackend::close);
        opened.clear();
    }

    private static <T> List<T> race(IntFunction<T> attempt) throws Exception {
        return Race.run(THREADS, attempt);
    }

    @Test
    void ofConcurrentCreationsOfOnePolicyNameExactlyOneSucceeds() throws Exception {
        List<AuthBackend> instances = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            instances.add(backend());
        }
        List<PolicyCreation> outcomes = race(i -> instances.get(i).createPolicy(simplePolicy("contested")));
        assertThat(outcomes).filteredOn(PolicyCreation.Created.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(PolicyCreation.NameTaken.class::isInstance).hasSize(THREADS - 1);
    }

    @Test
    void ofConcurrentCreationsOfOneTokenIdOrHashExactlyOneSucceeds() throws Exception {
        List<AuthBackend> instances = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            instances.add(backend());
        }
        List<TokenCreation> sameId = race(i -> instances.get(i).createToken(client("contested", 100 + i, "p")));
        assertThat(sameId).filteredOn(TokenCreation.Created.class::isInstance).hasSize(1);
        List<TokenCreation> sameHash = race(i -> instances.get(i).createToken(client("t-" + i, 999, "p")));
        assertThat(sameHash).filteredOn(TokenCreation.Created.class::isInstance).hasSize(1);
        assertThat(instances.get(0).tokens()).hasSize(2);
    }

    @Test
    void ofConcurrentRevocationsOfOneTokenExactlyOneSucceeds() throws Exception {
        List<AuthBackend> instances = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            instances.add(backend());
        }
        instances.get(0).createToken(client("t-1", 1, "p"));
        List<TokenRevocation> outcomes = race(i -> instances.get(i).revokeToken("t-1", NOW.plusSeconds(i)));
        assertThat(outcomes).filteredOn(TokenRevocation.Revoked.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(TokenRevocation.AlreadyRevoked.class::isInstance).hasSize(THREADS - 1);
    }
}
