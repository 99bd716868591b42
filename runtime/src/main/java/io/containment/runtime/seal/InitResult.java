package io.containment.runtime.seal;

import java.util.List;

/**
 * What init returns: the new status and, in operator quorum mode, one registration token per share
 * for the operator who will hold it (shown this once, only hashes are stored).
 */
public record InitResult(ChamberStatus status, List<RegistrationToken> registrationTokens) {
    /** One operator's registration token, for the share at {@code index} (wrapped by {@code keyId}). */
    public record RegistrationToken(int index, String keyId, String token) {
        @Override
        public String toString() {
            return "RegistrationToken[" + index + ", " + keyId + ", ***]";
        }
    }
}
