package io.containment.plugins.keys.filesystem;

import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A Web3Signer key-config file: one or more YAML documents, each {@code type: file-raw}
 * ({@code privateKey}) or {@code type: file-keystore} ({@code keystoreFile},
 * {@code keystorePasswordFile}, relative to the file's folder); {@code keyType}, when present,
 * must be {@code BLS}. Other fields are ignored, as Web3Signer does. A document that cannot be
 * used is a problem; the other documents of the file still load.
 */
final class KeyConfigFile {
    static final int MAX_FILE_BYTES = 16 * 1024 * 1024;
    private final Path file;
    private final ScanResult result;
    private final Set<Path> referencedKeystores;

    /**
     * @param referencedKeystores collects the keystores named by file-keystore documents (normalised
     *                            absolute paths), which are then not loaded a second time as bare keystores
     */
    KeyConfigFile(Path file, ScanResult result, Set<Path> referencedKeystores) {
        this.file = file;
        this.result = result;
        this.referencedKeystores = referencedKeystores;
    }

    void read() {
        byte[] content = null;
        char[] text = null;
        try {
            content = KeyFiles.read(file, MAX_FILE_BYTES, "key-config file");
            text = Utf8.decode(content, content.length);
            try (PrivateKeyMasking masked = PrivateKeyMasking.mask(text)) {
                Wipe.chars(text);
                readDocuments(masked);
            }
        } catch (KeyFileException e) {
            result.problem(file, e.getMessage());
        } catch (CharacterCodingException e) {
            result.problem(file, "not UTF-8 text");
        } finally {
            Wipe.bytes(content);
            Wipe.chars(text);
        }
    }

    private void readDocuments(PrivateKeyMasking masked) {
        List<Object> documents = new ArrayList<>();
        try {
            for (Object document : yaml().loadAll(masked.text())) {
                documents.add(document);
            }
        } catch (YAMLException e) {
            result.problem(file, "not valid YAML" + where(e) + (documents.isEmpty() ? "" : "; the documents before it are used"));
        }
        for (int i = 0; i < documents.size(); i++) {
            String origin = documents.size() == 1 ? file.toString() : file + " (document " + (i + 1) + ")";
            if (documents.get(i) instanceof Map<?, ?> document) {
                readDocument(origin, document, masked);
            } else if (!isEmpty(documents.get(i))) {
                result.problem(origin, "not a YAML mapping");
            }
        }
    }

    /** An empty document (a lone {@code ---}, comments only) reads as "" since every scalar is a string. */
    private static boolean isEmpty(Object document) {
        return document == null || document instanceof String text && text.isBlank();
    }

    private void readDocument(String origin, Map<?, ?> document, PrivateKeyMasking masked) {
        try {
            Object type = document.get("type");
            if (type == null) {
                throw new KeyFileException("no type (expected file-raw or file-keystore)");
            }
            checkKeyType(document.get("keyType"));
            switch (type.toString().toLowerCase(Locale.ROOT)) {
                case "file-raw" -> result.add(new KeyEntry.FileRaw(origin, Fingerprint.of(file),
                        privateKey(document.get("privateKey"), masked)));
                case "file-keystore" -> result.add(fileKeystore(origin, document));
                default -> throw new KeyFileException("type " + JsonSection.quote(type.toString())
                        + " is not supported by this source (file-raw or file-keystore)");
            }
        } catch (KeyFileException e) {
            result.problem(origin, e.getMessage());
        }
    }

    private static void checkKeyType(Object keyType) throws KeyFileException {
        if (keyType != null && !keyType.toString().equalsIgnoreCase("BLS")) {
            throw new KeyFileException("keyType " + JsonSection.quote(keyType.toString()) + " is not supported (only BLS)");
        }
    }

    private static byte[] privateKey(Object value, PrivateKeyMasking masked) throws KeyFileException {
        if (value == null) {
            throw new KeyFileException("file-raw needs privateKey");
        }
        if (!masked.isPlaceholder(value)) {
            throw new KeyFileException("privateKey must be hex on a single line, plain or quoted");
        }
        char[] digits = masked.take((String) value);
        try {
            return SecretHex.decode32(digits);
        } finally {
            Wipe.chars(digits);
        }
    }

    private KeyEntry fileKeystore(String origin, Map<?, ?> document) throws KeyFileException {
        Path keystore = relative(document, "keystoreFile");
        Path password = relative(document, "keystorePasswordFile");
        referencedKeystores.add(keystore.toAbsolutePath().normalize());
        return new KeyEntry.FileKeystore(keystore + " (from " + origin + ")",
                Fingerprint.of(file, keystore, password), keystore, password);
    }

    private Path relative(Map<?, ?> document, String name) throws KeyFileException {
        Object value = document.get(name);
        if (!(value instanceof String path) || path.isBlank()) {
            throw new KeyFileException("file-keystore needs " + name);
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            return parent.resolve(path).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw new KeyFileException(name + " is not a valid path");
        }
    }

    private static String where(YAMLException e) {
        if (e instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            Mark mark = marked.getProblemMark();
            // only the problem and position: the exception's full message quotes the text
            return " (" + marked.getProblem() + " at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ")";
        }
        return "";
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit(MAX_FILE_BYTES);
        return new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
                options, new StringsOnly());
    }

    /** Every scalar is a string: no YAML 1.1 surprises such as {@code 0x…} read as an integer. */
    private static final class StringsOnly extends Resolver {
        @Override
        protected void addImplicitResolvers() {
        }
    }
}
