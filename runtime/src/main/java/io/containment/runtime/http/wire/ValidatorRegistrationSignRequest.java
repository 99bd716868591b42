package io.containment.runtime.http.wire;

import io.containment.api.consensus.ForkInfo;
import io.containment.api.consensus.Root;
import io.containment.runtime.ssz.ValidatorRegistrationV1;
import java.util.Objects;
import java.util.Optional;

/** A VALIDATOR_REGISTRATION request: a builder-API ValidatorRegistrationV1. */
public record ValidatorRegistrationSignRequest(Optional<Root> suppliedSigningRoot,
                                               ValidatorRegistrationV1 validatorRegistration) implements SignRequest {
    public ValidatorRegistrationSignRequest {
        suppliedSigningRoot = RequestChecks.notNull(suppliedSigningRoot);
        Objects.requireNonNull(validatorRegistration, "validator_registration");
    }

    @Override
    public SignType type() {
        return SignType.VALIDATOR_REGISTRATION;
    }

    /** Always empty: registrations are signed for the configured network, not a fork. */
    @Override
    public Optional<ForkInfo> forkInfo() {
        return Optional.empty();
    }
}
