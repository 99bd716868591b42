package io.containment.runtime.seal;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Base64;
import java.util.List;

/**
 * What the state store keeps after init: mode, threshold, the wrapped shares and a check value
 * (HMAC-SHA256 of a fixed label under the master key) that tells a correctly recovered master key
 * from a wrong one. No plaintext secret.
 */
public record SealRecord(String mode, int threshold, List<WrappedShare> shares, byte[] check) {
    static final int VERSION = 1;

    public SealRecord {
        shares = List.copyOf(shares);
        check = check.clone();
    }

    @Override
    public byte[] check() {
        return check.clone();
    }

    /** The stored form. */
    public String toJson() {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (WrappedShare share : shares) {
            array.add(Json.createObjectBuilder().add("index", share.index()).add("key_id", share.keyId())
                    .add("wrapped", Base64.getEncoder().encodeToString(share.wrapped())));
        }
        return Json.createObjectBuilder().add("version", VERSION).add("mode", mode).add("threshold", threshold)
                .add("shares", array).add("check", Base64.getEncoder().encodeToString(check)).build().toString();
    }

    /**
     * @throws IllegalStateException when the stored record is damaged or of an unknown version
     */
    public static SealRecord fromJson(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            if (object.getInt("version") != VERSION) {
                throw new IllegalStateException("seal record version " + object.getInt("version") + " is not supported");
            }
            List<WrappedShare> shares = object.getJsonArray("shares").getValuesAs(JsonObject.class).stream()
                    .map(s -> new WrappedShare(s.getInt("index"), s.getString("key_id"),
                            Base64.getDecoder().decode(s.getString("wrapped"))))
                    .toList();
            return new SealRecord(object.getString("mode"), object.getInt("threshold"), shares,
                    Base64.getDecoder().decode(object.getString("check")));
        } catch (JsonException | ClassCastException | NullPointerException | IllegalArgumentException e) {
            throw new IllegalStateException("the stored seal record is damaged (" + e.getClass().getSimpleName() + ")");
        }
    }

    @Override
    public String toString() {
        return "SealRecord[" + mode + ", " + threshold + " of " + shares.size() + "]";
    }
}
