package io.containment.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.containment.testing.dynalite.Dynalite;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Looks into a dynalite table without the AWS SDK (which the distribution tests do not have). */
final class DynaliteTables {
    private DynaliteTables() {
    }

    /** The whole table as dynalite's JSON (a raw Scan: dynalite checks the form of the signature, not its value). */
    static String scan(Dynalite dynalite, String table) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(dynalite.endpoint() + "/"))
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "DynamoDB_20120810.Scan")
                .header("X-Amz-Date", "20261126T000000Z")
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=test/20261126/us-east-1/dynamodb/aws4_request, "
                        + "SignedHeaders=host;x-amz-date;x-amz-target, Signature=00")
                .POST(HttpRequest.BodyPublishers.ofString("{\"TableName\":\"" + table + "\",\"ConsistentRead\":true}"))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).as("one page holds the whole table").doesNotContain("LastEvaluatedKey");
        return response.body();
    }
}
