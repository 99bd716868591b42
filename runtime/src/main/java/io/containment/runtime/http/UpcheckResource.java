package io.containment.runtime.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /upcheck}: the process is up. No dependencies, no auth, no backpressure. */
@ApplicationScoped
@Path("/upcheck")
public class UpcheckResource {
    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String upcheck() {
        return "OK";
    }
}
