package io.containment.plugins.keys.awskms;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.KmsClientBuilder;

/**
 * How to reach KMS: region, endpoint override, credentials (static, or the SDK's default chain)
 * and attempts per call. The SDK keeps credentials as Strings: static keys given as bytes become
 * Strings here, once, and live as long as the client.
 *
 * @param region      the region, or empty for the SDK's default region chain (AWS_REGION, profile, IMDS)
 * @param endpoint    an endpoint override (VPC endpoint, tests), or empty for the region's
 * @param credentials static credentials, or empty for the SDK's default credentials chain
 * @param maxAttempts attempts per KMS call, retries included (the SDK's standard retry mode)
 */
record KmsConnection(Optional<String> region, Optional<URI> endpoint, Optional<StaticKeys> credentials, int maxAttempts) {
    /** Static credentials as read from configuration (UTF-8 bytes). */
    record StaticKeys(byte[] accessKeyId, byte[] secretAccessKey, Optional<byte[]> sessionToken) {
        AwsCredentialsProvider provider() {
            String id = new String(accessKeyId, StandardCharsets.UTF_8);
            String secret = new String(secretAccessKey, StandardCharsets.UTF_8);
            return StaticCredentialsProvider.create(sessionToken
                    .map(token -> (software.amazon.awssdk.auth.credentials.AwsCredentials)
                            AwsSessionCredentials.create(id, secret, new String(token, StandardCharsets.UTF_8)))
                    .orElseGet(() -> AwsBasicCredentials.create(id, secret)));
        }

        void wipe() {
            Wipe.bytes(accessKeyId, secretAccessKey, sessionToken.orElse(null));
        }

        @Override
        public String toString() {
            return "StaticKeys[***]";
        }
    }

    /** Builds the client; the plugin's class loader is the context class loader while the SDK initialises. */
    KmsClient client() {
        return PluginClassLoader.call(() -> {
            KmsClientBuilder builder = KmsClient.builder()
                    .httpClient(UrlConnectionHttpClient.create())
                    .overrideConfiguration(c -> c.retryStrategy(
                            AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(maxAttempts).build()));
            region.ifPresent(r -> builder.region(Region.of(r)));
            endpoint.ifPresent(builder::endpointOverride);
            builder.credentialsProvider(credentials.map(StaticKeys::provider)
                    .orElseGet(() -> DefaultCredentialsProvider.builder().build()));
            return builder.build();
        });
    }
}
