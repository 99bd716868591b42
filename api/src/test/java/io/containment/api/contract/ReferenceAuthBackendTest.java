package io.containment.api.contract;

import io.containment.api.auth.AuthBackend;

/** The auth contract against its in-memory reference: the contract's own tests pass in the api build. */
class ReferenceAuthBackendTest extends AuthBackendContract {
    private final ReferenceAuthBackend.Storage storage = new ReferenceAuthBackend.Storage();

    @Override
    protected AuthBackend openBackend() {
        return new ReferenceAuthBackend(storage);
    }
}
