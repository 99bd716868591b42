package io.containment.api.auth;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Storage for policies and token records. The runtime hashes tokens (HMAC-SHA256 under its own
 * key), evaluates policies and caches a {@link #snapshot()}; a backend only stores, and never sees a token.
 *
 * <h2>Semantics every backend keeps (checked by {@code AuthBackendContract})</h2>
 * <ul>
 *   <li><b>Shared storage.</b> Several backend instances (processes, hosts) may work on one storage;
 *       whatever one writes, the others read on their next call.</li>
 *   <li><b>Conditional writes.</b> {@link #createPolicy} succeeds only if no policy has the name;
 *       {@link #createToken} only if no token has the id <em>and</em> none has the hash;
 *       {@link #revokeToken} only if the token exists and is not revoked. Of concurrent identical
 *       attempts, from any instance, exactly one succeeds. A refused write changes nothing. (A
 *       DynamoDB backend: {@code attribute_not_exists} conditions; the token item and a hash-index
 *       item written in one {@code TransactWriteItems}; revocation an update conditioned on
 *       {@code attribute_not_exists(revoked_at)}.)</li>
 *   <li><b>Revision.</b> {@link #revision()} is a number that grows with every successful write
 *       (from any instance) and stays put otherwise; refused writes do not move it. The runtime polls
 *       it every {@code auth.refresh_interval_seconds} and reads {@link #snapshot()} only when it
 *       moved. (DynamoDB: a counter item incremented inside the same transaction as each write.)</li>
 *   <li><b>Consistent snapshot.</b> {@link #snapshot()} returns policies and tokens as of the revision
 *       it reports, never a mix of two writes' states (read in one transaction, or re-read until the
 *       revision before and after agree).</li>
 *   <li><b>Records.</b> Fields read back equal the ones written; instants keep at least millisecond
 *       precision. Revoked tokens stay listed (with {@code revokedAt}); records are never deleted.</li>
 *   <li><b>Faults.</b> Storage that cannot answer throws {@link AuthBackendUnavailableException};
 *       outcomes (name taken, not found…) are values.</li>
 * </ul>
 */
public interface AuthBackend extends AutoCloseable {

    /** Stores a new policy unless one has its name. */
    PolicyCreation createPolicy(Policy policy);

    /** The policy of that name, if any. */
    Optional<Policy> policy(String name);

    /** Every policy, ordered by name. */
    List<Policy> policies();

    /** Removes the policy of that name. */
    PolicyDeletion deletePolicy(String name);

    /** Stores a new token record unless its id or its hash is taken. */
    TokenCreation createToken(TokenRecord token);

    /** The token whose hash this is (revoked and expired ones included), if any. */
    Optional<TokenRecord> findToken(TokenHash hash);

    /** Every token record, revoked ones included, ordered by creation time then id. */
    List<TokenRecord> tokens();

    /** Marks the token revoked at {@code when} unless it is already revoked. */
    TokenRevocation revokeToken(String id, Instant when);

    /** Grows with every successful write; cheap enough to poll every second. */
    long revision();

    /** Everything, consistently, as of one revision. */
    AuthSnapshot snapshot();

    /** Releases connections; further calls throw {@link AuthBackendUnavailableException}. */
    @Override
    void close();
}
