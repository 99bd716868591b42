package io.containment.api.plugin;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A read-only view of one plugin's configuration section. Created by the runtime (or a test)
 * with the factory's {@link ConfigProperty declared keys}: an undeclared key, a value of the
 * wrong type or a missing required key fails at creation with a {@link PluginConfigException}
 * naming the full key. Values are strings or lists of strings, as configuration files give them.
 */
public final class PluginConfig {
    private final String section;
    private final Map<String, Object> values;
    private final Map<String, ConfigProperty> properties;
    private final Path baseDirectory;

    private PluginConfig(String section, Map<String, Object> values, List<ConfigProperty> declared,
                         Path baseDirectory) {
        this.section = section;
        this.baseDirectory = baseDirectory;
        this.properties = new LinkedHashMap<>();
        declared.forEach(p -> properties.put(p.name(), p));
        this.values = new LinkedHashMap<>();
        values.forEach((key, value) -> this.values.put(key, value instanceof List<?> list ? List.copyOf(list) : value));
    }

    /**
     * Creates and validates a section.
     *
     * @param section       the section's full key, e.g. {@code key_sources.filesystem}
     * @param values        key → String or List of String
     * @param declared      the factory's {@link PluginFactory#configProperties()}
     * @param baseDirectory relative paths resolve against this (the config file's folder)
     */
    public static PluginConfig of(String section, Map<String, ?> values, List<ConfigProperty> declared,
                                  Path baseDirectory) {
        PluginConfig config = new PluginConfig(section, Map.copyOf(values), declared, baseDirectory);
        config.validate();
        return config;
    }

    /** The section's full key. */
    public String section() {
        return section;
    }

    /** A string value, or the declared default. */
    public Optional<String> string(String name) {
        return Optional.ofNullable(raw(name)).map(Object::toString);
    }

    /** An integer value, or the declared default. */
    public Optional<Integer> integer(String name) {
        return string(name).map(text -> parseInteger(name, text));
    }

    /** A boolean value ({@code true}/{@code false}), or the declared default. */
    public Optional<Boolean> bool(String name) {
        return string(name).map(text -> parseBoolean(name, text));
    }

    /** A path value, resolved against the config file's folder when relative. */
    public Optional<Path> path(String name) {
        return string(name).map(this::resolve);
    }

    /** A list of strings; a single value counts as a list of one; empty when absent. */
    public List<String> strings(String name) {
        Object value = raw(name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Object::toString).toList();
        }
        return splitList(value.toString());
    }

    /** A list of paths, each resolved against the config file's folder when relative. */
    public List<Path> paths(String name) {
        return strings(name).stream().map(this::resolve).toList();
    }

    /**
     * A secret, resolved from inline text, {@code env:VAR} or {@code file:/path} (trailing
     * newline trimmed). The caller owns the returned bytes and wipes them after use.
     */
    public Optional<byte[]> secret(String name) {
        return string(name).map(reference -> SecretReference.resolve(fullKey(name), reference, baseDirectory));
    }

    /** The full key of {@code name} within this section, for error messages. */
    public String fullKey(String name) {
        return section.isEmpty() ? name : section + "." + name;
    }

    private Object raw(String name) {
        ConfigProperty property = properties.get(name);
        if (property == null) {
            throw new IllegalArgumentException("plugin asked for undeclared key " + fullKey(name));
        }
        Object value = values.get(name);
        return value != null ? value : property.defaultValue().orElse(null);
    }

    private Path resolve(String path) {
        Path p = Path.of(path);
        return p.isAbsolute() || baseDirectory == null ? p : baseDirectory.resolve(p).normalize();
    }

    private void validate() {
        for (String key : values.keySet()) {
            if (!properties.containsKey(key)) {
                throw new PluginConfigException(fullKey(key), "unknown key (accepted: "
                        + String.join(", ", properties.keySet()) + ")");
            }
        }
        for (ConfigProperty property : properties.values()) {
            Object value = values.get(property.name());
            if (value == null) {
                if (property.required() && property.defaultValue().isEmpty()) {
                    throw new PluginConfigException(fullKey(property.name()), "is required");
                }
                continue;
            }
            checkType(property, value);
        }
    }

    private void checkType(ConfigProperty property, Object value) {
        String name = property.name();
        boolean isList = value instanceof List<?>;
        switch (property.type()) {
            case STRING_LIST, PATH_LIST -> { }
            case INTEGER -> parseInteger(name, scalar(name, value, isList));
            case BOOLEAN -> parseBoolean(name, scalar(name, value, isList));
            case STRING, PATH, SECRET -> scalar(name, value, isList);
        }
    }

    private String scalar(String name, Object value, boolean isList) {
        if (isList) {
            throw new PluginConfigException(fullKey(name), "expected a single value, got a list");
        }
        return value.toString();
    }

    private int parseInteger(String name, String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new PluginConfigException(fullKey(name), "expected an integer, got '" + text + "'");
        }
    }

    private boolean parseBoolean(String name, String text) {
        return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new PluginConfigException(fullKey(name), "expected true or false, got '" + text + "'");
        };
    }

    private static List<String> splitList(String text) {
        List<String> items = new ArrayList<>();
        for (String item : text.split(",")) {
            if (!item.isBlank()) {
                items.add(item.trim());
            }
        }
        return items;
    }

    /** Resolution of {@code env:} and {@code file:} secret references. */
    static final class SecretReference {
        private SecretReference() {
        }

        static byte[] resolve(String key, String reference, Path baseDirectory) {
            if (reference.startsWith("env:")) {
                String variable = reference.substring(4);
                String value = System.getenv(variable);
                if (value == null) {
                    throw new PluginConfigException(key, "environment variable " + variable + " is not set");
                }
                return value.getBytes(StandardCharsets.UTF_8);
            }
            if (reference.startsWith("file:")) {
                Path file = Path.of(reference.substring(5));
                Path resolved = file.isAbsolute() || baseDirectory == null ? file : baseDirectory.resolve(file);
                try {
                    byte[] content = Files.readAllBytes(resolved);
                    int end = content.length;
                    while (end > 0 && (content[end - 1] == '\n' || content[end - 1] == '\r')) {
                        end--;
                    }
                    byte[] trimmed = java.util.Arrays.copyOf(content, end);
                    java.util.Arrays.fill(content, (byte) 0);
                    return trimmed;
                } catch (java.io.IOException e) {
                    throw new PluginConfigException(key, "cannot read secret file " + resolved + ": " + e.getClass().getSimpleName());
                }
            }
            return reference.getBytes(StandardCharsets.UTF_8);
        }
    }
}
