package io.containment.distribution;

import io.containment.testing.dynalite.Dynalite;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The keys-dynamodb table on dynalite as an operator (or an attacker with table access) sees it. */
final class KeyTableItems implements AutoCloseable {
    private final DynamoDbClient client;
    private final String table;

    KeyTableItems(Dynalite dynalite, String table) {
        this.table = table;
        this.client = DynamoDbClient.builder().endpointOverride(dynalite.endpoint()).region(Region.US_EAST_1)
                .httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("tamper", "tamper")))
                .build();
    }

    Map<String, AttributeValue> item(String pubkey) {
        return client.getItem(b -> b.tableName(table).key(Map.of("pubkey", AttributeValue.fromS(pubkey))).consistentRead(true))
                .item();
    }

    /** Flips one bit of the item's ciphertext, leaving everything else (revision included) as it was. */
    void flipCiphertextBit(String pubkey) {
        Map<String, AttributeValue> item = new HashMap<>(item(pubkey));
        byte[] ciphertext = item.get("ciphertext").b().asByteArray();
        ciphertext[7] ^= 0x01;
        item.put("ciphertext", AttributeValue.fromB(SdkBytes.fromByteArray(ciphertext)));
        client.putItem(b -> b.tableName(table).item(item));
    }

    @Override
    public void close() {
        client.close();
    }
}
