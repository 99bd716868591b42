package io.containment.runtime.config;

import io.helidon.config.Config;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Typed, key-naming reads of one configuration object; every failure is a {@link ConfigException}. */
final class Section {
    private final Config node;
    private final Path baseDirectory;

    Section(Config node, Path baseDirectory) {
        this.node = node;
        this.baseDirectory = baseDirectory;
    }

    String key() {
        return node.key().toString();
    }

    String key(String name) {
        return key().isEmpty() ? name : key() + "." + name;
    }

    boolean has(String name) {
        return node.get(name).exists();
    }

    Section section(String name) {
        Config child = node.get(name);
        if (child.exists() && child.type() != Config.Type.OBJECT) {
            throw new ConfigException(key(name), "expected a section (a map of keys)");
        }
        return new Section(child, baseDirectory);
    }

    Config raw(String name) {
        return node.get(name);
    }

    /** Refuses any key of this section that is not in {@code allowed}. */
    Section allowOnly(Set<String> allowed) {
        for (String child : childNames()) {
            if (!allowed.contains(child)) {
                throw new ConfigException(key(child), "unknown key (accepted here: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
        return this;
    }

    List<String> childNames() {
        if (!node.exists() || node.type() != Config.Type.OBJECT) {
            return List.of();
        }
        return node.asNodeList().orElse(List.of()).stream().map(Config::name).toList();
    }

    String string(String name, String defaultValue) {
        return optionalString(name).orElse(defaultValue);
    }

    Optional<String> optionalString(String name) {
        Config child = node.get(name);
        if (!child.exists()) {
            return Optional.empty();
        }
        if (child.type() != Config.Type.VALUE) {
            throw new ConfigException(key(name), "expected a single value");
        }
        return child.asString().asOptional();
    }

    int integer(String name, int defaultValue, int min, int max) {
        Optional<String> text = optionalString(name);
        if (text.isEmpty()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(text.get().trim());
            if (value < min || value > max) {
                throw new ConfigException(key(name), "must be between " + min + " and " + max + ", got " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new ConfigException(key(name), "expected an integer, got '" + text.get() + "'");
        }
    }

    boolean bool(String name, boolean defaultValue) {
        return optionalString(name).map(text -> switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ConfigException(key(name), "expected true or false, got '" + text + "'");
        }).orElse(defaultValue);
    }

    Path path(String name, String defaultValue) {
        return resolve(string(name, defaultValue));
    }

    Path resolve(String path) {
        Path p = Path.of(path);
        return p.isAbsolute() ? p : baseDirectory.resolve(p).normalize();
    }

    /** A list, or a comma-separated single value (as environment variables give lists). */
    List<String> strings(String name) {
        Config child = node.get(name);
        if (!child.exists()) {
            return List.of();
        }
        if (child.type() == Config.Type.VALUE) {
            List<String> items = new ArrayList<>();
            for (String item : child.asString().get().split(",")) {
                if (!item.isBlank()) {
                    items.add(item.trim());
                }
            }
            return items;
        }
        if (child.type() == Config.Type.LIST) {
            return child.asNodeList().get().stream().map(item -> {
                if (item.type() != Config.Type.VALUE) {
                    throw new ConfigException(item.key().toString(), "expected a single value");
                }
                return item.asString().get();
            }).toList();
        }
        throw new ConfigException(key(name), "expected a list");
    }

    /**
     * This section as plugin values: key → String or List of String; nested sections flatten to
     * dotted keys. {@code excluded} keys are left out (they belong to the runtime).
     */
    Map<String, Object> pluginValues(Set<String> excluded) {
        Map<String, Object> values = new LinkedHashMap<>();
        flatten(node, "", excluded, values);
        return values;
    }

    private void flatten(Config current, String prefix, Set<String> excluded, Map<String, Object> values) {
        for (Config child : current.asNodeList().orElse(List.of())) {
            String name = prefix + child.name();
            if (prefix.isEmpty() && excluded.contains(name)) {
                continue;
            }
            switch (child.type()) {
                case OBJECT -> flatten(child, name + ".", excluded, values);
                case LIST -> values.put(name, new Section(current, baseDirectory).strings(child.name()));
                case VALUE -> values.put(name, child.asString().get());
                case MISSING -> { }
            }
        }
    }
}
