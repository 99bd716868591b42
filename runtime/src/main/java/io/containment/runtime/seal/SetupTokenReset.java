package io.containment.runtime.seal;

import io.containment.api.seal.SignerStateStore;
import io.containment.runtime.seal.ChamberRefusedException.Reason;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code operator reset-setup-token}, run on the host: replaces the stored hash of a lost setup
 * token with a new one, while the signer is not initialised. Running signers read the stored hash
 * at init, so the new token works on them at once.
 */
public final class SetupTokenReset {
    private SetupTokenReset() {
    }

    /**
     * @param printer shows the new token once
     * @throws ChamberRefusedException when the signer is initialised or the record changed meanwhile
     */
    public static void reset(SignerStateStore store, SecureRandom random, Consumer<String> printer) {
        Optional<String> current = store.read();
        if (current.isPresent() && SealRecord.fromJson(current.get()).phase() != SealRecord.Phase.UNINITIALIZED) {
            throw new ChamberRefusedException(Reason.ALREADY_INITIALIZED, "the signer is initialised: there is no setup "
                    + "token any more");
        }
        SetupToken.Issued issued = SetupToken.issue(random, "cc-setup-");
        String next = SealRecord.uninitialized(issued.hash()).toJson();
        boolean stored = current.isEmpty() ? store.create(next) : store.replace(current.get(), next);
        if (!stored) {
            throw new ChamberRefusedException(Reason.UNAVAILABLE, "the seal record changed meanwhile (init on another "
                    + "instance?); run the command again");
        }
        printer.accept(issued.token());
    }
}
