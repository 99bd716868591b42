package io.containment.runtime.lifecycle;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The signer's current {@link SignerState}, read by {@code /healthcheck} and the
 * {@code containment_signer_state} gauge. Without a master key (this version) the signer is
 * {@link SignerState#UNSEALED} from the start; the seal feature drives it through {@link #set}.
 */
public final class SignerStatus {
    private final AtomicReference<SignerState> state;

    public SignerStatus(SignerState initial) {
        this.state = new AtomicReference<>(initial);
    }

    /** The current state. */
    public SignerState state() {
        return state.get();
    }

    /** Moves to {@code next}; returns the state it replaced. */
    public SignerState set(SignerState next) {
        return state.getAndSet(next);
    }

    /** Whether signing with protected keys is possible. */
    public boolean unsealed() {
        return state() == SignerState.UNSEALED;
    }
}
