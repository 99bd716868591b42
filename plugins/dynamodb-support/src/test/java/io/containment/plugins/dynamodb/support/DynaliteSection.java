package io.containment.plugins.dynamodb.support;

import io.containment.testing.dynalite.Dynalite;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * For the DynamoDB plugins' tests (this module's test-jar): the values of a configuration section
 * pointing at a table on a dynalite server, with static test credentials and {@code create_table}.
 */
public final class DynaliteSection {
    private DynaliteSection() {
    }

    /** A mutable map: table, endpoint, region, create_table, credentials, then {@code extra} over them. */
    public static Map<String, String> values(Dynalite dynalite, String table, Map<String, String> extra) {
        Map<String, String> values = new HashMap<>();
        values.put(DynamoDbConfig.TABLE, table);
        values.put(DynamoDbConfig.ENDPOINT, dynalite.endpoint().toString());
        values.put(DynamoDbConfig.REGION, "us-east-1");
        values.put(DynamoDbConfig.CREATE_TABLE, "true");
        values.put(DynamoDbConfig.ACCESS_KEY_ID, "test-key");
        values.put(DynamoDbConfig.SECRET_ACCESS_KEY, "test-secret");
        values.putAll(extra);
        return values;
    }

    /** A plain SDK client on the dynalite server with the same credentials, to look at (or tamper with) a table directly. */
    public static DynamoDbClient client(Dynalite dynalite) {
        return DynamoDbClient.builder().endpointOverride(dynalite.endpoint()).region(Region.US_EAST_1)
                .httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test-key", "test-secret")))
                .build();
    }
}
