package io.containment.runtime.reload;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/** {@code /reload}: POST starts a background re-scan of every key source (202), GET tells its status. */
@ApplicationScoped
@Path("/reload")
public class ReloadResource {
    private final ReloadService reloads;

    @Inject
    public ReloadResource(ReloadService reloads) {
        this.reloads = reloads;
    }

    @POST
    public Response reload() {
        reloads.start();
        String body = Json.createObjectBuilder().add("status", "accepted")
                .add("message", "Reload operation accepted and is running in the background. Use GET /reload to check status.")
                .build().toString();
        return Response.accepted(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    public Response status() {
        ReloadStatus status = reloads.status();
        JsonObjectBuilder body = Json.createObjectBuilder().add("status", status.state().name().toLowerCase(Locale.ROOT));
        status.lastOperationTime().ifPresent(time -> body.add("lastOperationTime", time.toString()));
        status.lastError().ifPresent(error -> body.add("lastError", error));
        return Response.ok(body.build().toString(), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
