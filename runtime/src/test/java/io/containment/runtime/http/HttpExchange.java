package io.containment.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Requests with full control of method, content type and bytes, and the checks every refusal must pass. */
final class HttpExchange {
    private final URI base;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    HttpExchange(URI base) {
        this.base = base;
    }

    /** A response reduced to what the tests look at. */
    record Answer(int status, String contentType, String body) {
        /** A 4xx whose body is {@code {"code": status, "message": "…"}}. */
        Answer isRefusal() {
            assertThat(status).as("status of: " + body).isBetween(400, 499);
            return hasErrorBody();
        }

        Answer isRefusal(int expected) {
            assertThat(status).as("status of: " + body).isEqualTo(expected);
            return hasErrorBody();
        }

        /** Any non-2xx must carry the JSON error body. */
        Answer hasErrorBody() {
            assertThat(contentType).as("content type of " + status + ": " + body).startsWith("application/json");
            JsonObject error = Json.createReader(new StringReader(body)).readObject();
            assertThat(error.get("code")).as(body).isInstanceOf(jakarta.json.JsonNumber.class);
            assertThat(error.getInt("code")).as(body).isEqualTo(status);
            assertThat(error.get("message").getValueType()).as(body).isEqualTo(JsonValue.ValueType.STRING);
            assertThat(error.getString("message")).as(body).isNotBlank().hasSizeLessThan(300);
            return this;
        }
    }

    Answer post(String path, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.build());
    }

    /** A body sent chunked, without a Content-Length. */
    Answer postChunked(String path, byte[] body) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))).build());
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code head} and {@code body} on a raw socket, half-closes, and parses whatever comes back. */
    Answer raw(String head, byte[] body) {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            in.transferTo(received);
            return parse(received.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Answer parse(String response) {
        if (response.isEmpty()) {
            return new Answer(-1, "", "(connection closed without a response)");
        }
        int headEnd = response.indexOf("\r\n\r\n");
        String[] lines = response.substring(0, headEnd).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        String contentType = "";
        boolean chunked = false;
        for (String line : lines) {
            String lower = line.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("content-type:")) {
                contentType = line.substring(13).trim();
            }
            chunked |= lower.startsWith("transfer-encoding:") && lower.contains("chunked");
        }
        String body = response.substring(headEnd + 4);
        return new Answer(status, contentType, chunked ? dechunk(body) : body);
    }

    private static String dechunk(String body) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < body.length()) {
            int lineEnd = body.indexOf("\r\n", at);
            int size = Integer.parseInt(body.substring(at, lineEnd).trim(), 16);
            if (size == 0) {
                break;
            }
            out.append(body, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
        return out.toString();
    }
}
