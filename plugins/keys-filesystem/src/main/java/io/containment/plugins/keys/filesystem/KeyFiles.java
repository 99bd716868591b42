package io.containment.plugins.keys.filesystem;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reading the small files of a key source, with a size limit and errors that name the file.
 *
 * <p>Files are read with {@link FileInputStream} in chunks of at most 8 KiB straight into the
 * caller's array: the JDK then copies through a stack buffer only. {@code Files.readAllBytes}
 * and channel-based streams go through cached direct buffers that are never cleared, which
 * would leave password and private-key bytes in native memory.
 */
final class KeyFiles {
    private static final int CHUNK = 8192;

    private KeyFiles() {
    }

    /**
     * Reads a whole file of at most {@code maxBytes}. The caller owns (and wipes, if secret) the bytes.
     *
     * @param what the kind of file, for the error ("password file", "keystore")
     */
    static byte[] read(Path file, int maxBytes, String what) throws KeyFileException {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw tooLarge(file, maxBytes, what);
            }
            try (InputStream in = new FileInputStream(file.toFile())) {
                return readExactly(in, (int) size, file, maxBytes, what);
            }
        } catch (IOException e) {
            throw new KeyFileException("cannot read " + what + " " + file + " (" + describe(e) + ")");
        }
    }

    private static byte[] readExactly(InputStream in, int size, Path file, int maxBytes, String what)
            throws IOException, KeyFileException {
        byte[] content = new byte[size];
        int offset = 0;
        while (offset < size) {
            int read = in.read(content, offset, Math.min(CHUNK, size - offset));
            if (read < 0) { // shrank while being read
                byte[] shorter = Arrays.copyOf(content, offset);
                Wipe.bytes(content);
                return shorter;
            }
            offset += read;
        }
        if (in.read() != -1) { // grew while being read
            Wipe.bytes(content);
            throw tooLarge(file, maxBytes, what);
        }
        return content;
    }

    private static KeyFileException tooLarge(Path file, int maxBytes, String what) {
        return new KeyFileException(what + " " + file + " is larger than " + maxBytes + " bytes or changed while read");
    }

    /** An I/O failure in a few words: the exception type and its message (a path, an OS reason). */
    static String describe(IOException e) {
        String type = e.getClass().getSimpleName();
        String message = e.getMessage();
        return message == null || message.isBlank() ? type : type + ": " + message;
    }
}
