package io.containment.runtime.auth;

import io.containment.api.auth.TokenRecord;
import java.util.Arrays;

/** A token just issued: its record and, this one time, the token itself (ASCII bytes; {@link #wipe()} once sent). */
public record IssuedToken(TokenRecord record, byte[] token) {
    /** Zeroes the token bytes. */
    public void wipe() {
        Arrays.fill(token, (byte) 0);
    }
}
