package io.containment.plugins.keys.filesystem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the keys in the configured folders (not their subfolders; hidden files skipped):
 * {@code *.yaml}/{@code *.yml} key-config files, and bare EIP-2335 keystores {@code NAME.json}
 * next to {@code NAME.txt} or {@code NAME.password}. A keystore named by a key-config file is
 * not loaded again as a bare keystore.
 */
final class KeyFolderScanner {
    ScanResult scan(List<Path> folders) {
        ScanResult result = new ScanResult();
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            files.addAll(list(folder, result));
        }
        Set<Path> referenced = new HashSet<>();
        List<ScanResult> perFile = new ArrayList<>();
        for (Path file : files) { // key-config files first: they say which keystores they use
            ScanResult fileResult = new ScanResult();
            if (isKeyConfig(file)) {
                new KeyConfigFile(file, fileResult, referenced).read();
            }
            perFile.add(fileResult);
        }
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            if (extension(file).equals("json") && !referenced.contains(file.toAbsolutePath().normalize())) {
                bareKeystore(file, perFile.get(i));
            }
            result.addAll(perFile.get(i));
        }
        return result;
    }

    private static List<Path> list(Path folder, ScanResult result) {
        if (!Files.isDirectory(folder)) {
            result.problem(folder, Files.exists(folder) ? "not a folder" : "folder does not exist");
            return List.of();
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children
                    .filter(path -> !path.getFileName().toString().startsWith("."))
                    .filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(path -> path.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            result.problem(folder, "cannot list the folder (" + KeyFiles.describe(e) + ")");
            return List.of();
        }
    }

    private static void bareKeystore(Path json, ScanResult result) {
        String name = json.getFileName().toString();
        String base = name.substring(0, name.length() - ".json".length());
        Path txt = json.resolveSibling(base + ".txt");
        Path password = json.resolveSibling(base + ".password");
        boolean hasTxt = Files.isRegularFile(txt);
        boolean hasPassword = Files.isRegularFile(password);
        if (hasTxt && hasPassword) {
            result.problem(json, "both " + txt.getFileName() + " and " + password.getFileName()
                    + " exist; keep the one with the password");
        } else if (hasTxt || hasPassword) {
            Path passwordFile = hasTxt ? txt : password;
            result.add(new KeyEntry.FileKeystore(json.toString(), Fingerprint.of(json, passwordFile), json, passwordFile));
        } else if (looksLikeKeystore(json)) {
            result.problem(json, "no password file (expected " + txt.getFileName() + " or " + password.getFileName() + ")");
        }
    }

    private static boolean looksLikeKeystore(Path json) {
        try {
            return KeystoreJson.looksLikeKeystore(KeyFiles.read(json, KeystoreJson.MAX_FILE_BYTES, "keystore"));
        } catch (KeyFileException e) {
            return false;
        }
    }

    private static boolean isKeyConfig(Path file) {
        String extension = extension(file);
        return extension.equals("yaml") || extension.equals("yml");
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
