package io.containment.runtime.auth;

import io.containment.api.auth.AuthBackend;
import io.containment.api.auth.Policy;
import io.containment.api.auth.PolicyCreation;
import io.containment.api.auth.PolicyDeletion;
import io.containment.api.auth.TokenCreation;
import io.containment.api.auth.TokenRecord;
import io.containment.api.auth.TokenRevocation;
import io.containment.runtime.audit.AuditLog;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Creating, listing and removing policies and tokens, with one audit line per change. Tokens are
 * hashed here and only the hash reaches the backend; the token is handed back once, in the
 * {@link IssuedToken}. After each write the cache refreshes at once ({@code afterWrite}).
 */
public final class AuthAdministration {
    private static final int ID_ATTEMPTS = 5;
    private final AuthBackend backend;
    private final TokenHasher hasher;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random;
    private final Runnable afterWrite;

    public AuthAdministration(AuthBackend backend, TokenHasher hasher, AuditLog audit, Clock clock, SecureRandom random,
                              Runnable afterWrite) {
        this.backend = backend;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
        this.random = random;
        this.afterWrite = afterWrite;
    }

    /** Stores a new policy. */
    public Policy createPolicy(Policy policy, String by) {
        return switch (backend.createPolicy(policy)) {
            case PolicyCreation.Created created -> {
                afterWrite.run();
                audit.authChange("policy_created", by, Json.createObjectBuilder().add("policy", policy.name())
                        .add("rules", policy.rules().size()));
                yield created.policy();
            }
            case PolicyCreation.NameTaken taken -> throw new ManagementRefusal.Conflict("a policy named '" + taken.name() + "' exists");
        };
    }

    public List<Policy> policies() {
        return backend.policies();
    }

    public Policy policy(String name) {
        return backend.policy(name).orElseThrow(() -> new ManagementRefusal.NotFound("no policy named '" + name + "'"));
    }

    /** Removes a policy; tokens bound to it lose what it granted. */
    public void deletePolicy(String name, String by) {
        switch (backend.deletePolicy(name)) {
            case PolicyDeletion.Deleted deleted -> {
                afterWrite.run();
                audit.authChange("policy_deleted", by, Json.createObjectBuilder().add("policy", name));
            }
            case PolicyDeletion.NotFound notFound -> throw new ManagementRefusal.NotFound("no policy named '" + name + "'");
        }
    }

    /** Issues a token; the returned {@link IssuedToken} holds the only copy of the token. */
    public IssuedToken createToken(TokenRequest request, String by) {
        for (String policy : request.policies()) {
            if (backend.policy(policy).isEmpty()) {
                throw new ManagementRefusal.Invalid("no policy named '" + policy + "'; create it first");
            }
        }
        if (request.supplied().isPresent() && !TokenFormat.isWellFormed(request.supplied().get())) {
            throw new ManagementRefusal.Invalid("token must be " + TokenFormat.MIN_LENGTH + "-" + TokenFormat.MAX_LENGTH
                    + " characters of A-Z a-z 0-9 -");
        }
        byte[] token = request.supplied().map(byte[]::clone).orElseGet(() -> TokenFormat.generate(random, request.kind()));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        for (int attempt = 0; attempt < ID_ATTEMPTS; attempt++) {
            TokenRecord record = new TokenRecord(newId(), request.name(), request.kind(), request.policies(), hasher.hash(token),
                    now, request.expiresAt().map(at -> at.truncatedTo(ChronoUnit.MILLIS)), Optional.empty());
            switch (backend.createToken(record)) {
                case TokenCreation.Created created -> {
                    afterWrite.run();
                    audit.authChange("token_created", by, describe(record));
                    return new IssuedToken(record, token);
                }
                case TokenCreation.IdTaken taken -> { }
                case TokenCreation.HashTaken taken -> {
                    java.util.Arrays.fill(token, (byte) 0);
                    throw new ManagementRefusal.Conflict("this token is already issued; supply another or let the signer generate one");
                }
            }
        }
        java.util.Arrays.fill(token, (byte) 0);
        throw new IllegalStateException("no free token id after " + ID_ATTEMPTS + " attempts");
    }

    public List<TokenRecord> tokens() {
        return backend.tokens();
    }

    /** Revokes a token: it stops working on this instance at once, on others within the refresh interval. */
    public TokenRecord revokeToken(String id, String by) {
        return switch (backend.revokeToken(id, clock.instant().truncatedTo(ChronoUnit.MILLIS))) {
            case TokenRevocation.Revoked revoked -> {
                afterWrite.run();
                audit.authChange("token_revoked", by, Json.createObjectBuilder().add("token_id", id)
                        .add("name", revoked.token().name()));
                yield revoked.token();
            }
            case TokenRevocation.AlreadyRevoked already -> throw new ManagementRefusal.Conflict(
                    "token " + id + " was already revoked at " + already.token().revokedAt().orElseThrow());
            case TokenRevocation.NotFound notFound -> throw new ManagementRefusal.NotFound("no token with id '" + id + "'");
        };
    }

    private String newId() {
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        return "t-" + HexFormat.of().formatHex(bytes);
    }

    private static jakarta.json.JsonObjectBuilder describe(TokenRecord record) {
        JsonArrayBuilder policies = Json.createArrayBuilder();
        record.policies().forEach(policies::add);
        return Json.createObjectBuilder().add("token_id", record.id()).add("name", record.name())
                .add("kind", record.kind().name().toLowerCase(java.util.Locale.ROOT)).add("policies", policies)
                .add("expires_at", record.expiresAt().map(Instant::toString).orElse("never"));
    }
}
