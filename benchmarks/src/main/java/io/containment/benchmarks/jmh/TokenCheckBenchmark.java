package io.containment.benchmarks.jmh;

import io.containment.api.auth.AuthBackend;
import io.containment.api.auth.Effect;
import io.containment.api.auth.Policy;
import io.containment.api.auth.PolicyRule;
import io.containment.api.auth.Scope;
import io.containment.api.auth.TokenKind;
import io.containment.api.auth.TokenRecord;
import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.contract.ReferenceAuthBackend;
import io.containment.runtime.audit.AuditLog;
import io.containment.runtime.auth.AccessControl;
import io.containment.runtime.auth.AccessRequest;
import io.containment.runtime.auth.AuthCache;
import io.containment.runtime.auth.AuthMetrics;
import io.containment.runtime.auth.Caller;
import io.containment.runtime.auth.TokenHasher;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The per-request token check of the signing route, as the runtime does it: authenticate the
 * {@code Authorization: Bearer} header (HMAC-SHA256 of the token, one map lookup, constant-time
 * compare, expiry) and authorise scope {@code sign} for one key and {@code ATTESTATION}, against
 * a cache holding 1,000 client tokens whose policy lists 1,000 keys.
 */
@State(org.openjdk.jmh.annotations.Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TokenCheckBenchmark {
    private static final int TOKENS = 1000;
    private static final String ROUTE = "POST /api/v1/eth2/sign/{identifier}";

    private AuthCache cache;
    private AccessControl accessControl;
    private String header;
    private AccessRequest request;

    @Setup
    public void setUp() {
        Clock clock = Clock.systemUTC();
        TokenHasher hasher = new TokenHasher(new byte[32]);
        AuthBackend backend = new ReferenceAuthBackend(new ReferenceAuthBackend.Storage());
        Set<BlsPublicKey> keys = new java.util.HashSet<>();
        for (int i = 0; i < TOKENS; i++) {
            keys.add(key(i));
        }
        backend.createPolicy(new Policy("validators", List.of(
                new PolicyRule(Effect.ALLOW, Set.of(Scope.SIGN), keys, Set.of("ATTESTATION")))));
        for (int i = 0; i < TOKENS; i++) {
            String token = "ccc-benchmark-client-token-" + i;
            backend.createToken(new TokenRecord("t-" + i, "client-" + i, TokenKind.CLIENT, List.of("validators"),
                    hasher.hash(token.getBytes(StandardCharsets.UTF_8)), clock.instant(), Optional.empty(), Optional.empty()));
        }
        cache = new AuthCache(backend, true, clock);
        cache.refresh();
        accessControl = new AccessControl(cache, hasher, new AuditLog(clock), new AuthMetrics(new SimpleMeterRegistry()), clock);
        header = "Bearer ccc-benchmark-client-token-" + (TOKENS / 2);
        request = AccessRequest.of(Scope.SIGN, key(TOKENS / 3), "ATTESTATION");
    }

    @Benchmark
    public Caller authenticateAndAuthorise() {
        Caller caller = accessControl.authenticate(header, ROUTE);
        accessControl.authorise(caller, request, ROUTE);
        return caller;
    }

    @TearDown
    public void close() {
        cache.close();
    }

    private static BlsPublicKey key(int i) {
        byte[] key = new byte[48];
        key[0] = (byte) 0xa0;
        key[46] = (byte) (i >> 8);
        key[47] = (byte) i;
        return new BlsPublicKey(key);
    }
}
