package io.containment.runtime.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** {@code GET /openapi}: the OpenAPI document of the API this server serves (a static file kept beside the code). */
@ApplicationScoped
@Path("/openapi")
public class OpenApiResource {
    private final String document = read();

    private static String read() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream("/openapi/containment-chamber.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @Produces("application/yaml")
    public String openapi() {
        return document;
    }
}
