package io.containment.api.auth;

import io.containment.api.plugin.PluginFactory;

/** Creates the {@link AuthBackend} named by {@code auth.backend}. */
public interface AuthBackendFactory extends PluginFactory<AuthBackend> {
}
