package io.containment.runtime.http.wire;

/**
 * A signing request body that cannot be read: invalid JSON, a missing or ill-typed field, an unknown
 * type. The message names the JSON path and what is wrong, never repeats long input, and is safe to
 * return to the client as a 400.
 */
public final class MalformedRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A failure described by {@code message}. */
    public MalformedRequestException(String message) {
        super(message, null, false, false);
    }

    /** A failure of the value at {@code path}, e.g. {@code attestation.target.epoch: must be a decimal uint64}. */
    public static MalformedRequestException at(String path, String problem) {
        return new MalformedRequestException(path + ": " + problem);
    }
}
