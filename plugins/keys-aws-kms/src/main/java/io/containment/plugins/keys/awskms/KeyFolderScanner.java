package io.containment.plugins.keys.awskms;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Finds and parses the {@code *.json} files of the configured folders (not subfolders, not dot-files), in name order. */
final class KeyFolderScanner {
    /** The parsed files and the problems met, in folder then file-name order. */
    record Scan(List<Found> files, List<String> problems) {
    }

    /** One parsed file. */
    record Found(Path path, WrappedKeyFile file) {
    }

    Scan scan(List<Path> folders) {
        List<Found> files = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                problems.add(folder + ": " + (Files.exists(folder) ? "not a folder" : "folder does not exist"));
                continue;
            }
            for (Path path : jsonFiles(folder, problems)) {
                try {
                    files.add(new Found(path, WrappedKeyFileJson.parse(read(path))));
                } catch (KeyFileException e) {
                    problems.add(path + ": " + e.getMessage());
                }
            }
        }
        return new Scan(files, problems);
    }

    private static List<Path> jsonFiles(Path folder, List<String> problems) {
        List<Path> paths = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.json")) {
            for (Path path : stream) {
                if (!path.getFileName().toString().startsWith(".") && Files.isRegularFile(path)) {
                    paths.add(path);
                }
            }
        } catch (IOException e) {
            problems.add(folder + ": cannot list the folder (" + e.getClass().getSimpleName() + ")");
        }
        paths.sort(null);
        return paths;
    }

    private static byte[] read(Path path) throws KeyFileException {
        try {
            if (Files.size(path) > WrappedKeyFileJson.MAX_FILE_BYTES) {
                throw new KeyFileException("larger than " + WrappedKeyFileJson.MAX_FILE_BYTES / (1024 * 1024) + " MiB");
            }
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new KeyFileException("cannot read the file (" + e.getClass().getSimpleName() + ")");
        }
    }
}
