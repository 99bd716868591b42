package io.containment.runtime.keymanager;

/** {@code http.key_manager_api.enabled} is false: the routes do not exist. */
public class KeyManagerDisabledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public KeyManagerDisabledException() {
        super("the Key Manager API is disabled (http.key_manager_api.enabled: false)");
    }
}
