package io.containment.plugins.keys.dynamodb;

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
 * The DynamoDB client the configuration describes: the JDK's HTTP client (url-connection), short
 * timeouts and few retries so that an unreachable table is reported within seconds (the signer keeps the keys it holds).
 */
final class ClientSettings {
    private final PluginConfig config;
    private final Duration timeout;
    private final Duration attemptTimeout;
    private final int retries;
    private final List<ExecutionInterceptor> interceptors;

    ClientSettings(PluginConfig config, Duration timeout, Duration attemptTimeout, int retries,
                   List<ExecutionInterceptor> interceptors) {
        this.interceptors = List.copyOf(interceptors);
        this.config = config;
        this.timeout = timeout;
        this.attemptTimeout = attemptTimeout;
        this.retries = retries;
    }

    DynamoDbClient client() {
        Optional<URI> endpoint = endpoint();
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder().connectionTimeout(attemptTimeout).socketTimeout(attemptTimeout))
                .overrideConfiguration(ClientOverrideConfiguration.builder().apiCallTimeout(timeout)
                        .apiCallAttemptTimeout(attemptTimeout)
                        .retryStrategy(strategy -> strategy.maxAttempts(retries + 1))
                        .executionInterceptors(interceptors).build())
                .region(region(endpoint.isPresent()))
                .credentialsProvider(credentials());
        endpoint.ifPresent(builder::endpointOverride);
        return builder.build();
    }

    private Optional<URI> endpoint() {
        Optional<String> value = config.string(DynamoDbKeySourceFactory.ENDPOINT);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(value.get());
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new PluginConfigException(config.fullKey(DynamoDbKeySourceFactory.ENDPOINT),
                        "must be an http:// or https:// URL");
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            throw new PluginConfigException(config.fullKey(DynamoDbKeySourceFactory.ENDPOINT), "is not a URL: " + e.getReason());
        }
    }

    private Region region(boolean endpointGiven) {
        Optional<String> configured = config.string(DynamoDbKeySourceFactory.REGION);
        if (configured.isPresent()) {
            if (!configured.get().matches("[a-z0-9-]+")) {
                throw new PluginConfigException(config.fullKey(DynamoDbKeySourceFactory.REGION), "is not an AWS region name");
            }
            return Region.of(configured.get());
        }
        try {
            return DefaultAwsRegionProviderChain.builder().build().getRegion();
        } catch (SdkClientException e) {
            if (endpointGiven) {
                return Region.US_EAST_1;
            }
            throw new PluginConfigException(config.fullKey(DynamoDbKeySourceFactory.REGION),
                    "is not set and the AWS SDK finds no default region (AWS_REGION, profile)");
        }
    }

    private AwsCredentialsProvider credentials() {
        Optional<byte[]> id = config.secret(DynamoDbKeySourceFactory.ACCESS_KEY_ID);
        Optional<byte[]> secret = config.secret(DynamoDbKeySourceFactory.SECRET_ACCESS_KEY);
        try {
            if (id.isPresent() != secret.isPresent()) {
                String missing = id.isPresent() ? DynamoDbKeySourceFactory.SECRET_ACCESS_KEY : DynamoDbKeySourceFactory.ACCESS_KEY_ID;
                throw new PluginConfigException(config.fullKey(missing),
                        "is required with " + (id.isPresent() ? DynamoDbKeySourceFactory.ACCESS_KEY_ID
                                : DynamoDbKeySourceFactory.SECRET_ACCESS_KEY));
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
