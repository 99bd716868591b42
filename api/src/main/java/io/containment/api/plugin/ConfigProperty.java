package io.containment.api.plugin;

import java.util.Objects;
import java.util.Optional;

/**
 * One key of a plugin's configuration section.
 *
 * @param name         the key, snake_case, relative to the section
 * @param type         its type, checked before the plugin is created
 * @param defaultValue the value used when the key is absent; empty for none
 * @param required     whether startup is refused when the key is absent and has no default
 * @param description  one line for operators (shown in docs and errors)
 */
public record ConfigProperty(String name, Type type, Optional<String> defaultValue, boolean required,
                             String description) {
    /** The types a configuration value may have. */
    public enum Type {
        STRING, INTEGER, BOOLEAN, PATH, STRING_LIST, PATH_LIST,
        /** Written inline, or as {@code env:VAR} or {@code file:/path}; read as bytes, never logged. */
        SECRET
    }

    public ConfigProperty {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(description, "description");
    }

    /** An optional key without default. */
    public static ConfigProperty optional(String name, Type type, String description) {
        return new ConfigProperty(name, type, Optional.empty(), false, description);
    }

    /** An optional key with a default. */
    public static ConfigProperty withDefault(String name, Type type, String defaultValue, String description) {
        return new ConfigProperty(name, type, Optional.of(defaultValue), false, description);
    }

    /** A key that must be present. */
    public static ConfigProperty required(String name, Type type, String description) {
        return new ConfigProperty(name, type, Optional.empty(), true, description);
    }
}
