package io.containment.plugins.dynamodb.support;

import io.containment.api.plugin.PluginConfig;
import io.containment.api.plugin.PluginConfigException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * The DynamoDB client a plugin section describes: region, endpoint, credentials, timeouts and
 * retries, checked when read. The client uses the JDK's HTTP client (url-connection: no Netty, no
 * Apache client in the plugin zip), short timeouts and few retries, so that an unreachable table is
 * reported within seconds.
 */
public final class ClientSettings {
    private final Optional<URI> endpoint;
    private final Region region;
    private final AwsCredentialsProvider credentials;
    private final Duration timeout;
    private final Duration attemptTimeout;
    private final int retries;

    private ClientSettings(Optional<URI> endpoint, Region region, AwsCredentialsProvider credentials, Duration timeout,
                           Duration attemptTimeout, int retries) {
        this.endpoint = endpoint;
        this.region = region;
        this.credentials = credentials;
        this.timeout = timeout;
        this.attemptTimeout = attemptTimeout;
        this.retries = retries;
    }

    /**
     * Reads {@code region}, {@code endpoint}, {@code access_key_id}/{@code secret_access_key},
     * {@code timeout_ms}, {@code attempt_timeout_ms} and {@code max_retries} (declared by
     * {@link DynamoDbConfig#properties}). The credential bytes are wiped once read.
     *
     * @throws PluginConfigException naming the key with a bad value
     */
    public static ClientSettings read(PluginConfig config) {
        Duration timeout = Duration.ofMillis(positive(config, DynamoDbConfig.TIMEOUT_MS));
        Duration attemptTimeout = Duration.ofMillis(positive(config, DynamoDbConfig.ATTEMPT_TIMEOUT_MS));
        int retries = config.integer(DynamoDbConfig.MAX_RETRIES).orElseThrow();
        if (retries < 0 || retries > 10) {
            throw new PluginConfigException(config.fullKey(DynamoDbConfig.MAX_RETRIES), "must be between 0 and 10");
        }
        Optional<URI> endpoint = endpoint(config);
        return new ClientSettings(endpoint, region(config, endpoint.isPresent()), credentials(config), timeout, attemptTimeout,
                retries);
    }

    /** The limit for one call including its retries ({@code timeout_ms}). */
    public Duration timeout() {
        return timeout;
    }

    /** A new client; the caller closes it. */
    public DynamoDbClient client() {
        return client(List.of());
    }

    /** A new client passing every request through {@code interceptors} (tests inject failures with them). */
    public DynamoDbClient client(List<ExecutionInterceptor> interceptors) {
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder().connectionTimeout(attemptTimeout).socketTimeout(attemptTimeout))
                .overrideConfiguration(ClientOverrideConfiguration.builder().apiCallTimeout(timeout)
                        .apiCallAttemptTimeout(attemptTimeout)
                        .retryStrategy(strategy -> strategy.maxAttempts(retries + 1))
                        .executionInterceptors(List.copyOf(interceptors)).build())
                .region(region)
                .credentialsProvider(credentials);
        endpoint.ifPresent(builder::endpointOverride);
        return builder.build();
    }

    private static int positive(PluginConfig config, String key) {
        int value = config.integer(key).orElseThrow();
        if (value <= 0) {
            throw new PluginConfigException(config.fullKey(key), "must be a positive number of milliseconds");
        }
        return value;
    }

    private static Optional<URI> endpoint(PluginConfig config) {
        Optional<String> value = config.string(DynamoDbConfig.ENDPOINT);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(value.get());
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new PluginConfigException(config.fullKey(DynamoDbConfig.ENDPOINT), "must be an http:// or https:// URL");
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            throw new PluginConfigException(config.fullKey(DynamoDbConfig.ENDPOINT), "is not a URL: " + e.getReason());
        }
    }

    private static Region region(PluginConfig config, boolean endpointGiven) {
        Optional<String> configured = config.string(DynamoDbConfig.REGION);
        if (configured.isPresent()) {
            if (!configured.get().matches("[a-z0-9-]+")) {
                throw new PluginConfigException(config.fullKey(DynamoDbConfig.REGION), "is not an AWS region name");
            }
            return Region.of(configured.get());
        }
        try {
            return DefaultAwsRegionProviderChain.builder().build().getRegion();
        } catch (SdkClientException e) {
            if (endpointGiven) {
                return Region.US_EAST_1;
            }
            throw new PluginConfigException(config.fullKey(DynamoDbConfig.REGION),
                    "is not set and the AWS SDK finds no default region (AWS_REGION, profile)");
        }
    }

    private static AwsCredentialsProvider credentials(PluginConfig config) {
        Optional<byte[]> id = config.secret(DynamoDbConfig.ACCESS_KEY_ID);
        Optional<byte[]> secret = config.secret(DynamoDbConfig.SECRET_ACCESS_KEY);
        try {
            if (id.isPresent() != secret.isPresent()) {
                String missing = id.isPresent() ? DynamoDbConfig.SECRET_ACCESS_KEY : DynamoDbConfig.ACCESS_KEY_ID;
                throw new PluginConfigException(config.fullKey(missing),
                        "is required with " + (id.isPresent() ? DynamoDbConfig.ACCESS_KEY_ID : DynamoDbConfig.SECRET_ACCESS_KEY));
            }
            if (id.isEmpty()) {
                return DefaultCredentialsProvider.builder().build();
            }
            // the SDK keeps credentials as Strings; the bytes are wiped below
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(
                    new String(id.get(), StandardCharsets.UTF_8), new String(secret.get(), StandardCharsets.UTF_8)));
        } finally {
            id.ifPresent(bytes -> Arrays.fill(bytes, (byte) 0));
            secret.ifPresent(bytes -> Arrays.fill(bytes, (byte) 0));
        }
    }
}
