package io.containment.runtime.http;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.BlsSignature;
import io.containment.runtime.http.wire.MalformedRequestException;

/**
 * What {@code POST /api/v1/eth2/sign/{identifier}} reads from its path and answers, for both ways
 * the route is served ({@link SigningRoute}, {@link SigningResource}): JSON {@code {"signature":"0x…"}}
 * when Accept names application/json or *&#47;* or is absent, otherwise the bare hex as text/plain.
 * The slashing check route reads its path key the same way.
 */
final class SignatureAnswer {
    /** The Content-Type of the JSON answer. */
    static final String JSON = "application/json";
    /** The Content-Type of the bare hex answer. */
    static final String TEXT = "text/plain";

    private SignatureAnswer() {
    }

    static boolean wantsJson(String accept) {
        return accept == null || accept.isBlank() || accept.contains("application/json") || accept.contains("*/*");
    }

    /**
     * {@code {"signature":"0x…"}}, written directly: a 0x-hex string needs no escaping, and
     * {@code Json.createObjectBuilder()} would look the JSON provider up through the service loader
     * on every request (a sixth of the signer's CPU in an earlier profile).
     */
    static String json(BlsSignature signature) {
        return "{\"signature\":\"" + signature.toHex() + "\"}";
    }

    /** The path's key, or a 400 naming {@code identifier}. */
    static BlsPublicKey publicKey(String identifier) {
        if (identifier == null || identifier.length() != 98 || !identifier.regionMatches(true, 0, "0x", 0, 2)) {
            throw MalformedRequestException.at("identifier", "must be a 0x-prefixed 48-byte BLS public key");
        }
        try {
            return BlsPublicKey.fromHex(identifier);
        } catch (IllegalArgumentException e) {
            throw MalformedRequestException.at("identifier", "must be a 0x-prefixed 48-byte BLS public key");
        }
    }
}
