package io.containment.testing.kms;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.BiConsumer;

/**
 * The JSON 1.1 protocol: {@code POST /} with {@code X-Amz-Target: TrentService.<Operation>},
 * {@code Content-Type: application/x-amz-json-1.1} and a SigV4 {@code Authorization} header
 * (required, not verified). Errors are {@code {"__type": …, "message": …}} with the HTTP status
 * KMS uses, also named in {@code x-amzn-ErrorType}.
 */
final class KmsHttpHandler implements HttpHandler {
    static final String CONTENT_TYPE = "application/x-amz-json-1.1";
    private static final String TARGET_PREFIX = "TrentService.";
    private static final JsonProvider JSON = new org.eclipse.parsson.JsonProviderImpl();
    private final KmsOperations operations;
    private final BooleanSupplier outage;
    private final BiConsumer<String, String> calls;

    /**
     * @param outage true while every request should fail as during a regional outage
     * @param calls  told (operation, access key id) of every request that reached an operation
     */
    KmsHttpHandler(KmsOperations operations, BooleanSupplier outage, BiConsumer<String, String> calls) {
        this.operations = operations;
        this.outage = outage;
        this.calls = calls;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String response;
            int status = 200;
            try {
                response = answer(exchange, body).toString();
            } catch (KmsError error) {
                status = error.status();
                exchange.getResponseHeaders().set("x-amzn-ErrorType", error.type());
                response = errorBody(error);
            }
            byte[] bytes = response.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
            exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private JsonObject answer(HttpExchange exchange, byte[] body) {
        if (outage.getAsBoolean()) {
            throw new KmsError(503, "ServiceUnavailableException", "Service is unavailable (simulated outage)");
        }
        if (!exchange.getRequestMethod().equals("POST")) {
            throw new KmsError(400, "UnknownOperationException", "only POST is accepted");
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("AWS4-HMAC-SHA256 ")) {
            throw new KmsError(400, "MissingAuthenticationTokenException", "Missing Authentication Token");
        }
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        if (target == null || !target.startsWith(TARGET_PREFIX)) {
            throw new KmsError(400, "UnknownOperationException", null);
        }
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        if (contentType == null || !contentType.startsWith(CONTENT_TYPE)) {
            throw new KmsError(400, "SerializationException", "Content-Type must be " + CONTENT_TYPE);
        }
        String operation = target.substring(TARGET_PREFIX.length());
        calls.accept(operation, accessKeyId(authorization));
        return operations.call(operation, parse(body));
    }

    /** {@code Credential=AKID/date/region/service/aws4_request} → AKID. */
    private static String accessKeyId(String authorization) {
        int start = authorization.indexOf("Credential=");
        if (start < 0) {
            throw new KmsError(400, "IncompleteSignatureException", "Authorization header has no Credential");
        }
        int end = authorization.indexOf('/', start);
        return end < 0 ? "" : authorization.substring(start + "Credential=".length(), end);
    }

    private static JsonObject parse(byte[] body) {
        if (body.length == 0) {
            return JsonObject.EMPTY_JSON_OBJECT;
        }
        try (InputStream in = new ByteArrayInputStream(body); JsonReader reader = JSON.createReader(in)) {
            return reader.readObject();
        } catch (JsonException | IOException | ClassCastException e) {
            throw new KmsError(400, "SerializationException", "the body is not a JSON object");
        }
    }

    private static String errorBody(KmsError error) {
        var builder = JSON.createObjectBuilder().add("__type", error.type());
        if (error.getMessage() != null) {
            builder.add("message", error.getMessage());
        }
        return builder.build().toString();
    }
}
