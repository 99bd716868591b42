package io.containment.plugins.auth.dynamodb;

import io.containment.api.auth.AuthBackend;
import io.containment.api.auth.AuthBackendUnavailableException;
import io.containment.api.auth.AuthSnapshot;
import io.containment.api.auth.Policy;
import io.containment.api.auth.PolicyCreation;
import io.containment.api.auth.PolicyDeletion;
import io.containment.api.auth.TokenCreation;
import io.containment.api.auth.TokenHash;
import io.containment.api.auth.TokenRecord;
import io.containment.api.auth.TokenRevocation;
import io.containment.plugins.dynamodb.support.DynamoDbConfig;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Policies and token records in one DynamoDB table; every write a commit on the head item (see {@link AuthTable}). */
final class DynamoDbAuthBackend implements AuthBackend {
    private static final int SNAPSHOT_ATTEMPTS = 20;
    private static final Comparator<TokenRecord> LISTED = Comparator.comparing(TokenRecord::createdAt).thenComparing(TokenRecord::id);

    private final AuthTable table;
    private final int commitAttempts;
    private volatile boolean closed;

    private DynamoDbAuthBackend(AuthTable table, int commitAttempts) {
        this.table = table;
        this.commitAttempts = commitAttempts;
    }

    /** Checks (or creates) the table; a table that cannot be used refuses startup with a {@code PluginException}. */
    static DynamoDbAuthBackend open(DynamoDbClient client, DynamoDbConfig config, int commitAttempts) {
        AuthTable table = new AuthTable(client, config.table());
        try {
            new TableSetup(table, config.createTableKey()).run(config.createTable());
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
        return new DynamoDbAuthBackend(table, commitAttempts);
    }

    @Override
    public PolicyCreation createPolicy(Policy policy) {
        return write(revision -> livePolicy(policy.name()).isPresent()
                ? new Decision.Refuse<>(new PolicyCreation.NameTaken(policy.name()))
                : new Decision.Commit<>(List.of(Items.policy(policy, revision + 1)), new PolicyCreation.Created(policy)));
    }

    @Override
    public Optional<Policy> policy(String name) {
        return call(() -> livePolicy(name).map(Items::policy));
    }

    @Override
    public List<Policy> policies() {
        return call(() -> policies(table.query(Items.POLICY_PREFIX)));
    }

    @Override
    public PolicyDeletion deletePolicy(String name) {
        return write(revision -> livePolicy(name).isEmpty()
                ? new Decision.Refuse<>(new PolicyDeletion.NotFound(name))
                : new Decision.Commit<>(List.of(Items.policyTombstone(name, revision + 1)), new PolicyDeletion.Deleted(name)));
    }

    @Override
    public TokenCreation createToken(TokenRecord token) {
        return write(revision -> {
            if (table.get(Items.tokenKey(token.id())).isPresent()) {
                return new Decision.Refuse<>(new TokenCreation.IdTaken(token.id()));
            }
            if (table.get(Items.hashKey(token.hash())).isPresent()) {
                return new Decision.Refuse<>(new TokenCreation.HashTaken());
            }
            return new Decision.Commit<>(List.of(Items.token(token, revision + 1), Items.hash(token, revision + 1)),
                    new TokenCreation.Created(token));
        });
    }

    @Override
    public Optional<TokenRecord> findToken(TokenHash hash) {
        return call(() -> table.get(Items.hashKey(hash))
                .flatMap(item -> table.get(Items.tokenKey(item.get("token_id").s())))
                .map(Items::token));
    }

    @Override
    public List<TokenRecord> tokens() {
        return call(() -> tokens(table.query(Items.TOKEN_PREFIX)));
    }

    @Override
    public TokenRevocation revokeToken(String id, Instant when) {
        return write(revision -> {
            Optional<TokenRecord> token = table.get(Items.tokenKey(id)).map(Items::token);
            if (token.isEmpty()) {
                return new Decision.Refuse<>(new TokenRevocation.NotFound(id));
            }
            if (token.get().revokedAt().isPresent()) {
                return new Decision.Refuse<>(new TokenRevocation.AlreadyRevoked(token.get()));
            }
            TokenRecord revoked = token.get().revokedAt(Instant.ofEpochMilli(when.toEpochMilli()));
            return new Decision.Commit<>(List.of(Items.token(revoked, revision + 1)), new TokenRevocation.Revoked(revoked));
        });
    }

    @Override
    public long revision() {
        return call(() -> table.settledHead().revision());
    }

    @Override
    public AuthSnapshot snapshot() {
        return call(() -> {
            for (int attempt = 0; attempt < SNAPSHOT_ATTEMPTS; attempt++) {
                long before = table.settledHead().revision();
                List<Map<String, AttributeValue>> policies = table.query(Items.POLICY_PREFIX);
                List<Map<String, AttributeValue>> tokens = table.query(Items.TOKEN_PREFIX);
                if (table.head().revision() == before) {
                    return new AuthSnapshot(before, policies(policies), tokens(tokens));
                }
                pause(attempt);
            }
            throw new AuthBackendUnavailableException("DynamoDB table " + table.name() + " kept changing during "
                    + SNAPSHOT_ATTEMPTS + " snapshot reads", null);
        });
    }

    @Override
    public void close() {
        closed = true;
        table.client().close();
    }

    private Optional<Map<String, AttributeValue>> livePolicy(String name) {
        return table.get(Items.policyKey(name)).filter(item -> !Items.deleted(item));
    }

    private static List<Policy> policies(List<Map<String, AttributeValue>> items) {
        return items.stream().filter(item -> !Items.deleted(item)).map(Items::policy)
                .sorted(Comparator.comparing(Policy::name)).toList();
    }

    private static List<TokenRecord> tokens(List<Map<String, AttributeValue>> items) {
        return items.stream().map(Items::token).sorted(LISTED).toList();
    }

    /**
     * Reads the settled head, decides on what the table holds at that revision, and commits the
     * decision only if no other write came in between; otherwise decides again.
     */
    private <T> T write(LongFunction<Decision<T>> decide) {
        return call(() -> {
            for (int attempt = 0; attempt < commitAttempts; attempt++) {
                long revision = table.settledHead().revision();
                switch (decide.apply(revision)) {
                    case Decision.Refuse<T> refuse -> {
                        return refuse.outcome();
                    }
                    case Decision.Commit<T> commit -> {
                        if (table.commit(revision, commit.items())) {
                            return commit.outcome();
                        }
                    }
                }
                pause(attempt);
            }
            throw new AuthBackendUnavailableException("DynamoDB table " + table.name() + ": " + commitAttempts
                    + " attempts to write lost to other instances' writes", null);
        });
    }

    private <T> T call(Supplier<T> action) {
        if (closed) {
            throw new AuthBackendUnavailableException("the DynamoDB auth backend is closed", null);
        }
        try {
            return action.get();
        } catch (SdkException | IllegalStateException e) {
            if (closed) {
                throw new AuthBackendUnavailableException("the DynamoDB auth backend is closed", e);
            }
            throw new AuthBackendUnavailableException("DynamoDB table " + table.name() + ": " + e.getMessage(), e);
        }
    }

    /** A short random pause before trying again, so that instances racing on the head spread out. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5 + 5L * Math.min(attempt, 10)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuthBackendUnavailableException("interrupted while writing", e);
        }
    }
}
