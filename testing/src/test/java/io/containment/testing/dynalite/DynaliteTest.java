package io.containment.testing.dynalite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness starts a real dynalite that speaks DynamoDB's JSON protocol, stops it and restarts it. */
class DynaliteTest {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path dataDir;

    @Test
    void startedServerAnswersDynamoDbRequestsOnLoopback() throws Exception {
        try (Dynalite dynalite = Dynalite.start()) {
            assertThat(dynalite.endpoint().getHost()).isEqualTo("127.0.0.1");

            HttpResponse<String> tables = call(dynalite, "ListTables", "{}");

            assertThat(tables.statusCode()).isEqualTo(200);
            assertThat(tables.body()).contains("\"TableNames\":[]");
        }
    }

    @Test
    void stoppedServerRefusesConnectionsUntilRestartedOnTheSamePort() throws Exception {
        try (Dynalite dynalite = Dynalite.start()) {
            int port = dynalite.port();

            dynalite.stop();

            assertThat(dynalite.running()).isFalse();
            assertThatThrownBy(() -> call(dynalite, "ListTables", "{}")).isInstanceOf(ConnectException.class);

            dynalite.restart();

            assertThat(dynalite.port()).isEqualTo(port);
            assertThat(call(dynalite, "ListTables", "{}").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void inMemoryServerForgetsTablesOnRestartButPersistentOneKeepsThem() throws Exception {
        try (Dynalite memory = Dynalite.start(); Dynalite persistent = Dynalite.start(Dynalite.Options.persistentIn(dataDir))) {
            createTable(memory, "kept");
            createTable(persistent, "kept");

            memory.restart();
            persistent.restart();

            assertThat(call(memory, "ListTables", "{}").body()).doesNotContain("kept");
            assertThat(call(persistent, "ListTables", "{}").body()).contains("\"kept\"");
        }
    }

    private void createTable(Dynalite dynalite, String name) throws IOException, InterruptedException {
        HttpResponse<String> created = call(dynalite, "CreateTable", """
                {"TableName":"%s","BillingMode":"PAY_PER_REQUEST",
                 "AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"}],
                 "KeySchema":[{"AttributeName":"pk","KeyType":"HASH"}]}""".formatted(name));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    }

    private HttpResponse<String> call(Dynalite dynalite, String operation, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(dynalite.endpoint()).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "DynamoDB_20120810." + operation)
                .header("X-Amz-Date", "20260101T000000Z")
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/dynamodb/aws4_request, "
                        + "SignedHeaders=host;x-amz-date;x-amz-target, Signature=00")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
