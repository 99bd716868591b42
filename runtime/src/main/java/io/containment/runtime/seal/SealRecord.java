package io.containment.runtime.seal;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * What the state store keeps: the ceremony's {@link Phase}; before init only the SHA-256 of the
 * setup token; after init the mode, threshold, the wrapped shares and a check value (HMAC-SHA256 of
 * a fixed label under the master key) that tells a correctly recovered master key from a wrong one.
 * No plaintext secret. Version 1 records (KMS-only, before SPI 1.7) are read as initialised.
 */
public record SealRecord(Phase phase, byte[] setupTokenHash, String mode, int threshold, List<WrappedShare> shares,
                         byte[] check) {
    static final int VERSION = 2;

    /** Where the ceremony stands, as stored (shared by every instance on the store). */
    public enum Phase {
        UNINITIALIZED, AWAITING_REGISTRATION, INITIALIZED;

        String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public SealRecord {
        shares = List.copyOf(shares);
        check = check == null ? null : check.clone();
        setupTokenHash = setupTokenHash == null ? null : setupTokenHash.clone();
    }

    /** An initialised KMS-only record. */
    public SealRecord(String mode, int threshold, List<WrappedShare> shares, byte[] check) {
        this(Phase.INITIALIZED, null, mode, threshold, shares, check);
    }

    /** Before init: only the setup token's hash. */
    static SealRecord uninitialized(byte[] setupTokenHash) {
        return new SealRecord(Phase.UNINITIALIZED, setupTokenHash, "", 0, List.of(), null);
    }

    @Override
    public byte[] check() {
        return check == null ? null : check.clone();
    }

    @Override
    public byte[] setupTokenHash() {
        return setupTokenHash == null ? null : setupTokenHash.clone();
    }

    /** Shares whose operator has registered (or that need no operator). */
    int registered() {
        return (int) shares.stream().filter(share -> share.layer() != ShareLayer.PENDING_REGISTRATION).count();
    }

    /** The same record with {@code share} in place of the share of the same index, and the phase that follows. */
    SealRecord withShare(WrappedShare share) {
        List<WrappedShare> replaced = shares.stream().map(s -> s.index() == share.index() ? share : s).toList();
        boolean pending = replaced.stream().anyMatch(s -> s.layer() == ShareLayer.PENDING_REGISTRATION);
        return new SealRecord(pending ? Phase.AWAITING_REGISTRATION : Phase.INITIALIZED, null, mode, threshold, replaced, check);
    }

    /** The stored form. */
    public String toJson() {
        JsonObjectBuilder object = Json.createObjectBuilder().add("version", VERSION).add("phase", phase.wireName());
        if (phase == Phase.UNINITIALIZED) {
            return object.add("setup_token_sha256", HexFormat.of().formatHex(setupTokenHash)).build().toString();
        }
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (WrappedShare share : shares) {
            JsonObjectBuilder item = Json.createObjectBuilder().add("index", share.index()).add("key_id", share.keyId())
                    .add("layer", share.layer().wireName())
                    .add("wrapped", Base64.getEncoder().encodeToString(share.wrapped()));
            share.registration().ifPresent(hash -> item.add("registration_token_sha256", HexFormat.of().formatHex(hash)));
            array.add(item);
        }
        return object.add("mode", mode).add("threshold", threshold).add("shares", array)
                .add("check", Base64.getEncoder().encodeToString(check)).build().toString();
    }

    /**
     * @throws IllegalStateException when the stored record is damaged or of an unknown version
     */
    public static SealRecord fromJson(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            int version = object.getInt("version");
            if (version != 1 && version != VERSION) {
                throw new IllegalStateException("seal record version " + version + " is not supported");
            }
            Phase phase = version == 1 ? Phase.INITIALIZED : Phase.valueOf(object.getString("phase").toUpperCase(Locale.ROOT));
            if (phase == Phase.UNINITIALIZED) {
                return uninitialized(HexFormat.of().parseHex(object.getString("setup_token_sha256")));
            }
            List<WrappedShare> shares = object.getJsonArray("shares").getValuesAs(JsonObject.class).stream()
                    .map(SealRecord::share).toList();
            return new SealRecord(phase, null, object.getString("mode"), object.getInt("threshold"), shares,
                    Base64.getDecoder().decode(object.getString("check")));
        } catch (JsonException | ClassCastException | NullPointerException | IllegalArgumentException e) {
            throw new IllegalStateException("the stored seal record is damaged (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static WrappedShare share(JsonObject s) {
        ShareLayer layer = s.containsKey("layer") ? ShareLayer.fromWire(s.getString("layer")) : ShareLayer.KMS;
        byte[] registration = s.containsKey("registration_token_sha256")
                ? HexFormat.of().parseHex(s.getString("registration_token_sha256")) : null;
        return new WrappedShare(s.getInt("index"), s.getString("key_id"), layer,
                Base64.getDecoder().decode(s.getString("wrapped")), registration);
    }

    @Override
    public String toString() {
        return "SealRecord[" + phase.wireName() + ", " + mode + ", " + threshold + " of " + shares.size() + "]";
    }
}
