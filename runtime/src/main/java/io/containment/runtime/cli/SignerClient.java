package io.containment.runtime.cli;

import io.containment.runtime.config.ConfigException;
import io.containment.runtime.config.EnvironmentOverrides;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options and HTTP calls of the operator commands that talk to a running signer. The
 * management token comes from {@code --token-file} or the environment variable
 * {@code CONTAINMENT_TOKEN}, never from the command line (other users can read process arguments).
 */
public final class SignerClient {
    static final String TOKEN_VARIABLE = EnvironmentOverrides.TOKEN_VARIABLE;

    @Option(names = "--url", defaultValue = "http://127.0.0.1:9000", description = "the signer (default: ${DEFAULT-VALUE})")
    URI url;

    @Option(names = "--token-file", paramLabel = "FILE", description = "file holding the management token (default: $"
            + TOKEN_VARIABLE + ")")
    Path tokenFile;

    Map<String, String> environment = System.getenv();

    /** Chamber commands also work without a token, against a signer in open mode. */
    boolean tokenOptional;

    private String token() {
        if (tokenOptional && tokenFile == null && environment.getOrDefault(TOKEN_VARIABLE, "").isBlank()) {
            return "";
        }
        try {
            String token = tokenFile != null ? Files.readString(tokenFile, StandardCharsets.US_ASCII).strip()
                    : environment.getOrDefault(TOKEN_VARIABLE, "").strip();
            if (token.isEmpty()) {
                throw new ConfigException("--token-file", "no management token: pass --token-file FILE or set " + TOKEN_VARIABLE);
            }
            return token;
        } catch (IOException e) {
            throw new ConfigException("--token-file", "cannot read " + tokenFile + ": " + e.getMessage());
        }
    }

    /** Sends the request, prints the answer (JSON) to {@code out} or the error to {@code err}; returns the exit code. */
    int send(String method, String path, String jsonBody, PrintWriter out, PrintWriter err) {
        return sendBytes(method, path, jsonBody == null ? null : jsonBody.getBytes(StandardCharsets.UTF_8), out, err);
    }

    /** As {@link #send(String, String, String, PrintWriter, PrintWriter)} with a body the caller wipes afterwards. */
    int sendBytes(String method, String path, byte[] jsonBody, PrintWriter out, PrintWriter err) {
        HttpRequest.BodyPublisher body = jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(jsonBody);
        HttpRequest.Builder builder = HttpRequest.newBuilder(url.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").method(method, body);
        String token = token();
        if (!token.isEmpty()) {
            builder.header("Authorization", "Bearer " + token);
        }
        HttpRequest request = builder.build();
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 == 2) {
                out.println(response.body());
                return ExitCodes.OK;
            }
            err.println("containment-chamber: " + response.statusCode() + " " + response.body());
            return ExitCodes.FAILURE;
        } catch (IOException e) {
            err.println("containment-chamber: cannot reach " + url + ": " + e.getMessage());
            return ExitCodes.FAILURE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.FAILURE;
        }
    }
}
