package io.containment.testing.kms;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A wire-compatible AWS KMS endpoint on 127.0.0.1 for tests, driven through the real AWS SDK v2
 * {@code KmsClient} ({@code endpointOverride(kms.endpoint())}, any static credentials, region
 * {@link #REGION}). Operations: {@code Encrypt}, {@code Decrypt}, {@code GenerateDataKey},
 * {@code GenerateDataKeyWithoutPlaintext}, {@code DescribeKey}, {@code CreateKey},
 * {@code CreateAlias}, {@code EnableKey}, {@code DisableKey}. Ciphertext blobs are real
 * AES-256-GCM under the key's own master material, bound to the key id and the encryption context.
 *
 * <pre>{@code
 * try (FakeKms kms = FakeKms.start()) {
 *     FakeKmsKey key = kms.createKey("seal share 1");
 *     kms.setState(key.keyId(), KeyState.DISABLED);   // → DisabledException
 *     kms.setOutage(true);                              // → every call answers 503
 * }
 * }</pre>
 */
public final class FakeKms implements AutoCloseable {
    /** The region in the ARNs the fake hands out. */
    public static final String REGION = "eu-west-1";
    /** The account in the ARNs the fake hands out. */
    public static final String ACCOUNT = "111122223333";
    private final HttpServer server;
    private final ExecutorService executor;
    private final KmsKeys keys;
    private final AtomicBoolean outage = new AtomicBoolean();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final List<String> accessKeyIds = new CopyOnWriteArrayList<>();

    private FakeKms(HttpServer server, ExecutorService executor, KmsKeys keys) {
        this.server = server;
        this.executor = executor;
        this.keys = keys;
    }

    /** Starts a fake KMS on a free port of 127.0.0.1. */
    public static FakeKms start() {
        KmsKeys keys = new KmsKeys(REGION, ACCOUNT);
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            FakeKms kms = new FakeKms(server, executor, keys);
            server.createContext("/", new KmsHttpHandler(new KmsOperations(keys), kms.outage::get, kms::count));
            server.setExecutor(executor);
            server.start();
            return kms;
        } catch (IOException e) {
            executor.close();
            throw new UncheckedIOException("cannot start the fake KMS", e);
        }
    }

    /** The URL to give {@code KmsClient.builder().endpointOverride(…)}. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Creates an enabled symmetric key with fresh master material. */
    public FakeKmsKey createKey(String description) {
        return keys.create(description);
    }

    /** Points {@code alias/…} at a key. */
    public void createAlias(String aliasName, String keyId) {
        keys.alias(aliasName, keyId);
    }

    /** What the key answers from now on (key id, ARN or alias). */
    public void setState(String key, KeyState state) {
        keys.state(key, state);
    }

    /** While true, every request answers HTTP 503 {@code ServiceUnavailableException}. */
    public void setOutage(boolean down) {
        outage.set(down);
    }

    /** How many requests of an operation ({@code "Decrypt"}, …) reached the fake (outage answers excluded). */
    public int calls(String operation) {
        AtomicInteger count = calls.get(operation);
        return count == null ? 0 : count.get();
    }

    /** The access key ids of the requests so far, in order (from the SigV4 {@code Credential}). */
    public List<String> accessKeyIds() {
        return List.copyOf(accessKeyIds);
    }

    private void count(String operation, String accessKeyId) {
        calls.computeIfAbsent(operation, o -> new AtomicInteger()).incrementAndGet();
        accessKeyIds.add(accessKeyId);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.close();
    }
}
