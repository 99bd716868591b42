package io.containment.runtime.http;

import io.containment.runtime.auth.Caller;
import io.containment.runtime.auth.CallerPrincipal;
import io.containment.runtime.http.wire.MalformedRequestException;
import io.containment.runtime.seal.Chamber;
import io.containment.runtime.http.wire.FlatSecretJson;
import io.containment.runtime.seal.ChamberStatus;
import io.containment.runtime.seal.InitResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * {@code /api/v1/chamber/*}: status, init (with the one-time setup token), register (quorum mode:
 * an operator's passphrase, with their one-time registration token), seal, and unseal (KMS retry,
 * or an operator's share in quorum mode). Passphrases and one-time tokens in request bodies are read
 * into arrays that are wiped ({@link FlatSecretJson}), never into strings.
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
            InitResult result = chamber.init(tokenBytes, keyIds(request), threshold(request));
            JsonObjectBuilder response = statusJson(result.status());
            if (!result.registrationTokens().isEmpty()) {
                JsonArrayBuilder tokens = Json.createArrayBuilder();
                result.registrationTokens().forEach(issued -> tokens.add(Json.createObjectBuilder()
                        .add("share_index", issued.index()).add("kms_key_id", issued.keyId())
                        .add("registration_token", issued.token())));
                response.add("registration_tokens", tokens);
            }
            return response.build().toString();
        } finally {
            if (tokenBytes != null) {
                Arrays.fill(tokenBytes, (byte) 0);
            }
        }
    }

    /** Quorum mode: an operator registers the passphrase protecting their share, with their one-time token. */
    @POST
    @Path("register")
    @Produces(MediaType.APPLICATION_JSON)
    public String register(byte[] body, @Context SecurityContext security) {
        try (FlatSecretJson request = FlatSecretJson.parse(body == null ? new byte[0] : body,
                Set.of("registration_token", "passphrase"))) {
            char[] token = required(request, "registration_token");
            char[] passphrase = required(request, "passphrase");
            byte[] tokenBytes = ascii(token);
            try {
                return json(chamber.register(tokenBytes, passphrase, caller(security)));
            } finally {
                Arrays.fill(tokenBytes, (byte) 0);
            }
        } finally {
            wipe(body);
        }
    }

    @POST
    @Path("seal")
    @Produces(MediaType.APPLICATION_JSON)
    public String seal(@Context SecurityContext security) {
        chamber.seal(caller(security));
        return json(chamber.status());
    }

    /**
     * KMS-only mode, or quorum mode with an empty body: retry KMS. Quorum mode with
     * {@code {"share_index": i, "passphrase": "…"}}: an operator submits their share.
     */
    @POST
    @Path("unseal")
    @Produces(MediaType.APPLICATION_JSON)
    public String unseal(byte[] body, @Context SecurityContext security) {
        if (body == null || body.length == 0 || !chamber.quorumMode()) {
            chamber.unsealWithKmsOrRefuse("requested by " + caller(security));
            return json(chamber.status());
        }
        try (FlatSecretJson request = FlatSecretJson.parse(body, Set.of("share_index", "passphrase"))) {
            Long index = request.integer("share_index");
            if (index == null || index < 1 || index > 255) {
                throw MalformedRequestException.at("share_index", "an integer from 1 to the number of shares is required");
            }
            return json(chamber.submitShare(index.intValue(), required(request, "passphrase"), caller(security)));
        } finally {
            wipe(body);
        }
    }

    private static char[] required(FlatSecretJson request, String key) {
        char[] value = request.secret(key);
        if (value == null || value.length == 0) {
            throw MalformedRequestException.at(key, "is required");
        }
        return value;
    }

    /** A one-time token is ASCII; anything else cannot match and is refused as a wrong token later. */
    private static byte[] ascii(char[] chars) {
        byte[] bytes = new byte[chars.length];
        for (int i = 0; i < chars.length; i++) {
            bytes[i] = chars[i] < 0x80 ? (byte) chars[i] : (byte) '?';
        }
        return bytes;
    }

    private static void wipe(byte[] body) {
        if (body != null) {
            Arrays.fill(body, (byte) 0);
        }
    }

    /** Who asked, for the audit line: a token id, never a token. */
    private static String caller(SecurityContext security) {
        return CallerPrincipal.callerOf(security).map(Caller::describe).orElse("unknown");
    }

    static String json(ChamberStatus status) {
        return statusJson(status).build().toString();
    }

    private static JsonObjectBuilder statusJson(ChamberStatus status) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("state", status.state().wireName()).add("mode", status.mode())
                .add("threshold", status.threshold()).add("shares", status.shares());
        if (Chamber.OPERATOR_QUORUM.equals(status.mode())) {
            json.add("registered", status.registered()).add("submitted", status.submitted());
            status.submittedExpireAt().ifPresent(at -> json.add("submitted_expire_at", at.toString()));
        }
        return json;
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
