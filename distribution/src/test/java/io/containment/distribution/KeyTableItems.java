package io.containment.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.containment.testing.dynalite.Dynalite;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;

/**
 * The keys-dynamodb table on dynalite as an operator (or an attacker with table access) sees it,
 * through DynamoDB's JSON protocol without the AWS SDK (dynalite checks the form of the signature,
 * not its value).
 */
final class KeyTableItems {
    private final Dynalite dynalite;
    private final String table;
    private final HttpClient http = HttpClient.newHttpClient();

    KeyTableItems(Dynalite dynalite, String table) {
        this.dynalite = dynalite;
        this.table = table;
    }

    /** The item of {@code pubkey} in DynamoDB's JSON form ({@code {"status": {"S": …}, …}}), read strongly consistently. */
    JsonObject item(String pubkey) throws Exception {
        JsonObject response = call("GetItem", Json.createObjectBuilder().add("TableName", table).add("ConsistentRead", true)
                .add("Key", Json.createObjectBuilder().add("pubkey", Json.createObjectBuilder().add("S", pubkey))).build());
        return response.getJsonObject("Item");
    }

    /** Flips one bit of the item's ciphertext, leaving everything else (revision included) as it was. */
    void flipCiphertextBit(String pubkey) throws Exception {
        JsonObject item = item(pubkey);
        byte[] ciphertext = Base64.getDecoder().decode(item.getJsonObject("ciphertext").getString("B"));
        ciphertext[7] ^= 0x01;
        JsonObject tampered = Json.createObjectBuilder(item).add("ciphertext",
                Json.createObjectBuilder().add("B", Base64.getEncoder().encodeToString(ciphertext))).build();
        call("PutItem", Json.createObjectBuilder().add("TableName", table).add("Item", tampered).build());
    }

    private JsonObject call(String operation, JsonObject body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(dynalite.endpoint() + "/"))
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "DynamoDB_20120810." + operation)
                .header("X-Amz-Date", "20261126T000000Z")
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=test/20261126/us-east-1/dynamodb/aws4_request, "
                        + "SignedHeaders=host;x-amz-date;x-amz-target, Signature=00")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
