package io.containment.runtime.keymanager;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.slashing.SlashingStore;
import io.containment.api.slashing.StoreUnavailableException;

/**
 * Enables and disables validators in the slashing store, which every signer sharing the store
 * obeys: a deleted key is refused everywhere, an imported key is allowed again.
 */
final class SlashingSwitch {
    private SlashingSwitch() {
    }

    /** The store could not record the switch; the message says why (no secrets). */
    static final class CannotSwitchException extends Exception {
        private static final long serialVersionUID = 1L;

        CannotSwitchException(String message) {
            super(message);
        }
    }

    static void enable(SlashingStore store, BlsPublicKey publicKey) throws CannotSwitchException {
        set(store, publicKey, true);
    }

    static void disable(SlashingStore store, BlsPublicKey publicKey) throws CannotSwitchException {
        set(store, publicKey, false);
    }

    private static void set(SlashingStore store, BlsPublicKey publicKey, boolean enabled) throws CannotSwitchException {
        try {
            store.setEnabled(publicKey, enabled);
        } catch (UnsupportedOperationException e) {
            throw new CannotSwitchException("the slashing store cannot " + (enabled ? "enable" : "disable")
                    + " validators (" + e.getMessage() + ")");
        } catch (StoreUnavailableException e) {
            throw new CannotSwitchException("the slashing store is unavailable: " + e.getMessage());
        }
    }
}
