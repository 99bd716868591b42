package io.containment.runtime.hardening;

import io.containment.api.plugin.ConfigProperty;
import io.containment.api.plugin.PluginConfig;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Startup warnings for files other users could read: the config file, the data directory, and
 * the folders (and the files directly in them) of every path a key source is configured with.
 * Warnings only: the signer starts anyway. Silent where the file system has no POSIX permissions.
 */
public final class FileExposure {
    private static final System.Logger LOG = System.getLogger(FileExposure.class.getName());
    private static final Set<PosixFilePermission> GROUP_OR_OTHER = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);
    private static final Set<PosixFilePermission> READABLE_BY_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);

    private FileExposure() {
    }

    /** Warns when the config file is readable by group/other or owned by another user. */
    public static List<String> checkConfigFile(Path file) {
        return report(file, "config file", READABLE_BY_OTHERS, "chmod 600");
    }

    /** Warns when the data directory is accessible by group/other or owned by another user. */
    public static List<String> checkDataDirectory(Path directory) {
        return report(directory, "data directory", GROUP_OR_OTHER, "chmod 700");
    }

    /** Checks every path and path list a key source's configuration names (its key folders and files). */
    public static List<String> checkKeySource(PluginConfig config, List<ConfigProperty> declared) {
        List<String> warnings = new ArrayList<>();
        for (ConfigProperty property : declared) {
            List<Path> paths = switch (property.type()) {
                case PATH -> config.path(property.name()).map(List::of).orElse(List.of());
                case PATH_LIST -> config.paths(property.name());
                case STRING, INTEGER, BOOLEAN, STRING_LIST, SECRET -> List.of();
            };
            for (Path path : paths) {
                warnings.addAll(checkKeyPath(path));
            }
        }
        return warnings;
    }

    private static List<String> checkKeyPath(Path path) {
        if (!Files.isDirectory(path)) {
            return report(path, "key file", READABLE_BY_OTHERS, "chmod 600");
        }
        List<String> warnings = new ArrayList<>(report(path, "key folder", GROUP_OR_OTHER, "chmod 700"));
        List<Path> exposed = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(path, Files::isRegularFile)) {
            for (Path file : files) {
                if (!intersection(permissions(file).orElse(Set.of()), READABLE_BY_OTHERS).isEmpty()) {
                    exposed.add(file);
                }
            }
        } catch (IOException | RuntimeException e) {
            return warnings;
        }
        if (!exposed.isEmpty()) {
            String warning = exposed.size() + " file(s) in key folder " + path + " are readable by group/other (e.g. "
                    + exposed.getFirst().getFileName() + "); run: chmod 600 " + path + "/*";
            LOG.log(Level.WARNING, warning);
            warnings.add(warning);
        }
        return warnings;
    }

    private static List<String> report(Path path, String what, Set<PosixFilePermission> forbidden, String fix) {
        List<String> warnings = new ArrayList<>();
        Optional<Set<PosixFilePermission>> permissions = permissions(path);
        if (permissions.isPresent() && !intersection(permissions.get(), forbidden).isEmpty()) {
            warnings.add(what + " " + path + " is " + (forbidden == READABLE_BY_OTHERS ? "readable" : "accessible")
                    + " by group/other (" + PosixFilePermissions.toString(permissions.get()) + "); run: " + fix + " " + path);
        }
        OptionalInt owner = ownerUid(path);
        OptionalInt self = ProcessUser.uid();
        if (owner.isPresent() && self.isPresent() && owner.getAsInt() != self.getAsInt()) {
            warnings.add(what + " " + path + " is owned by uid " + owner.getAsInt() + ", not by the signer's user (uid "
                    + self.getAsInt() + "); run: chown " + self.getAsInt() + " " + path);
        }
        warnings.forEach(warning -> LOG.log(Level.WARNING, warning));
        return warnings;
    }

    private static Set<PosixFilePermission> intersection(Set<PosixFilePermission> permissions, Set<PosixFilePermission> forbidden) {
        Set<PosixFilePermission> both = EnumSet.noneOf(PosixFilePermission.class);
        both.addAll(permissions);
        both.retainAll(forbidden);
        return both;
    }

    private static Optional<Set<PosixFilePermission>> permissions(Path path) {
        try {
            return Optional.of(Files.getPosixFilePermissions(path));
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    private static OptionalInt ownerUid(Path path) {
        try {
            return Files.getAttribute(path, "unix:uid") instanceof Integer uid ? OptionalInt.of(uid) : OptionalInt.empty();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return OptionalInt.empty();
        }
    }
}
