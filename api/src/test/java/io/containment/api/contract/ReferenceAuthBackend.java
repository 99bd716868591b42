package io.containment.api.contract;

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
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The auth contract's semantics in their plainest form: an {@link AuthBackend} over an in-memory
 * {@link Storage} that several instances may share (as several signers share one database).
 * Runtime tests use it as their auth backend.
 */
public final class ReferenceAuthBackend implements AuthBackend {
    /** The shared state: what a database would hold. */
    public static final class Storage {
        private final java.util.Map<String, Policy> policies = new java.util.TreeMap<>();
        private final java.util.Map<String, TokenRecord> tokens = new java.util.LinkedHashMap<>();
        private long revision;
    }

    private final Storage storage;
    private volatile boolean closed;

    public ReferenceAuthBackend(Storage storage) {
        this.storage = storage;
    }

    private void ensureOpen() {
        if (closed) {
            throw new AuthBackendUnavailableException("the reference auth backend is closed", null);
        }
    }

    @Override
    public PolicyCreation createPolicy(Policy policy) {
        ensureOpen();
        synchronized (storage) {
            if (storage.policies.containsKey(policy.name())) {
                return new PolicyCreation.NameTaken(policy.name());
            }
            storage.policies.put(policy.name(), policy);
            storage.revision++;
            return new PolicyCreation.Created(policy);
        }
    }

    @Override
    public Optional<Policy> policy(String name) {
        ensureOpen();
        synchronized (storage) {
            return Optional.ofNullable(storage.policies.get(name));
        }
    }

    @Override
    public List<Policy> policies() {
        ensureOpen();
        synchronized (storage) {
            return List.copyOf(storage.policies.values());
        }
    }

    @Override
    public PolicyDeletion deletePolicy(String name) {
        ensureOpen();
        synchronized (storage) {
            if (storage.policies.remove(name) == null) {
                return new PolicyDeletion.NotFound(name);
            }
            storage.revision++;
            return new PolicyDeletion.Deleted(name);
        }
    }

    @Override
    public TokenCreation createToken(TokenRecord token) {
        ensureOpen();
        synchronized (storage) {
            if (storage.tokens.containsKey(token.id())) {
                return new TokenCreation.IdTaken(token.id());
            }
            if (storage.tokens.values().stream().anyMatch(t -> t.hash().equals(token.hash()))) {
                return new TokenCreation.HashTaken();
            }
            storage.tokens.put(token.id(), token);
            storage.revision++;
            return new TokenCreation.Created(token);
        }
    }

    @Override
    public Optional<TokenRecord> findToken(TokenHash hash) {
        ensureOpen();
        synchronized (storage) {
            return storage.tokens.values().stream().filter(t -> t.hash().equals(hash)).findFirst();
        }
    }

    @Override
    public List<TokenRecord> tokens() {
        ensureOpen();
        synchronized (storage) {
            return storage.tokens.values().stream()
                    .sorted(Comparator.comparing(TokenRecord::createdAt).thenComparing(TokenRecord::id)).toList();
        }
    }

    @Override
    public TokenRevocation revokeToken(String id, Instant when) {
        ensureOpen();
        synchronized (storage) {
            TokenRecord token = storage.tokens.get(id);
            if (token == null) {
                return new TokenRevocation.NotFound(id);
            }
            if (token.revokedAt().isPresent()) {
                return new TokenRevocation.AlreadyRevoked(token);
            }
            TokenRecord revoked = token.revokedAt(when);
            storage.tokens.put(id, revoked);
            storage.revision++;
            return new TokenRevocation.Revoked(revoked);
        }
    }

    @Override
    public long revision() {
        ensureOpen();
        synchronized (storage) {
            return storage.revision;
        }
    }

    @Override
    public AuthSnapshot snapshot() {
        ensureOpen();
        synchronized (storage) {
            return new AuthSnapshot(storage.revision, policies(), tokens());
        }
    }

    @Override
    public void close() {
        closed = true;
    }
}
