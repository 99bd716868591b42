package io.containment.runtime.http;

import io.containment.runtime.auth.Caller;
import io.containment.runtime.auth.CallerPrincipal;
import io.containment.runtime.http.wire.MalformedRequestException;
import io.containment.runtime.seal.Chamber;
import io.containment.runtime.seal.ChamberStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /api/v1/chamber/*}: status, init (with the one-time setup token), seal, and unseal
 * (KMS-only mode: retry unwrapping the shares through KMS).
 */
@ApplicationScoped
@Path("/api/v1/chamber")
public class ChamberResource {
    private final Chamber chamber;

    @Inject
    public ChamberResource(Chamber chamber) {
        this.chamber = chamber;
    }

    @GET
    @Path("status")
    @Produces(MediaType.APPLICATION_JSON)
    public String status() {
        return json(chamber.status());
    }

    @POST
    @Path("init")
    @Produces(MediaType.APPLICATION_JSON)
    public String init(byte[] body) {
        JsonObject request = object(body);
        JsonValue token = request.get("setup_token");
        byte[] tokenBytes = token instanceof JsonString text ? text.getString().getBytes(StandardCharsets.US_ASCII) : null;
        try {
            return json(chamber.init(tokenBytes, keyIds(request), threshold(request)));
        } finally {
            if (tokenBytes != null) {
                java.util.Arrays.fill(tokenBytes, (byte) 0);
            }
        }
    }

    @POST
    @Path("seal")
    @Produces(MediaType.APPLICATION_JSON)
    public String seal(@Context SecurityContext security) {
        chamber.seal(caller(security));
        return json(chamber.status());
    }

    @POST
    @Path("unseal")
    @Produces(MediaType.APPLICATION_JSON)
    public String unseal(@Context SecurityContext security) {
        chamber.unsealWithKmsOrRefuse("requested by " + caller(security));
        return json(chamber.status());
    }

    /** Who asked, for the audit line: a token id, never a token. */
    private static String caller(SecurityContext security) {
        return CallerPrincipal.callerOf(security).map(Caller::describe).orElse("unknown");
    }

    static String json(ChamberStatus status) {
        return Json.createObjectBuilder().add("state", status.state().wireName()).add("mode", status.mode())
                .add("threshold", status.threshold()).add("shares", status.shares()).build().toString();
    }

    private static JsonObject object(byte[] body) {
        if (body == null || body.length == 0) {
            throw new MalformedRequestException("the request body is empty: a JSON object is expected");
        }
        try (var reader = Json.createReader(new ByteArrayInputStream(body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new MalformedRequestException("the request body is not a JSON object");
        }
    }

    private static List<String> keyIds(JsonObject request) {
        if (!(request.get("kms_key_ids") instanceof JsonArray array)) {
            throw MalformedRequestException.at("kms_key_ids", "an array of KMS key ids is required");
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonString id)) {
                throw MalformedRequestException.at("kms_key_ids[" + i + "]", "must be a string");
            }
            ids.add(id.getString());
        }
        return ids;
    }

    private static int threshold(JsonObject request) {
        if (!(request.get("threshold") instanceof JsonNumber number) || !number.isIntegral()
                || number.longValue() < 1 || number.longValue() > 255) {
            throw MalformedRequestException.at("threshold", "an integer from 2 to the number of kms_key_ids is required");
        }
        return number.intValue();
    }
}
