package io.containment.api.auth;

import io.containment.api.plugin.PluginFactory;

/**
 * Creates the {@link AuthBackend} named by {@code auth.backend}; its configuration is the rest of
 * the {@code auth} section (the runtime keeps {@code backend}, {@code required},
 * {@code refresh_interval_seconds} and {@code hash_key_file} for itself).
 */
public interface AuthBackendFactory extends PluginFactory<AuthBackend> {
}
