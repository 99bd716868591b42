package io.containment.plugins.keys.filesystem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The state of the files a key was read from (size, modification time, file identity), taken
 * when scanning. A reload reuses a key whose files are unchanged instead of running its KDF again.
 */
record Fingerprint(List<Stamp> files) {
    /** One file; {@code size} is -1 when it could not be read. */
    record Stamp(Path path, long size, FileTime modified, Object fileKey) {
    }

    static Fingerprint of(Path... files) {
        List<Stamp> stamps = new ArrayList<>();
        for (Path file : files) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                stamps.add(new Stamp(file, attributes.size(), attributes.lastModifiedTime(), attributes.fileKey()));
            } catch (IOException e) {
                stamps.add(new Stamp(file, -1, null, null));
            }
        }
        return new Fingerprint(List.copyOf(stamps));
    }

    /** Whether every file was there: only then may an earlier key with the same fingerprint stand in. */
    boolean complete() {
        return files.stream().allMatch(stamp -> stamp.size() >= 0 && Objects.nonNull(stamp.modified()));
    }
}
