package io.containment.runtime.cli;

import java.io.ByteArrayOutputStream;
import java.io.Console;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import io.containment.runtime.config.ConfigException;

/**
 * Secrets for the chamber commands (passphrases, one-time tokens): read from a file or the console
 * into {@code char[]}, written into a JSON request body as bytes; the caller wipes both. No String
 * ever holds them.
 */
final class SecretBody {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private boolean first = true;

    SecretBody() {
        out.write('{');
    }

    SecretBody number(String key, long value) {
        name(key);
        writeAscii(Long.toString(value));
        return this;
    }

    SecretBody secret(String key, char[] value) {
        name(key);
        out.write('"');
        for (char c : value) {
            switch (c) {
                case '"' -> writeAscii("\\\"");
                case '\\' -> writeAscii("\\\\");
                default -> {
                    if (c < 0x20 || c >= 0x7f) {
                        writeAscii(String.format("\\u%04x", (int) c));
                    } else {
                        out.write(c);
                    }
                }
            }
        }
        out.write('"');
        return this;
    }

    /** The body; the caller wipes it. The internal buffer is wiped here. */
    byte[] toBytes() {
        out.write('}');
        byte[] bytes = out.toByteArray();
        wipeBuffer();
        return bytes;
    }

    private void name(String key) {
        if (!first) {
            out.write(',');
        }
        first = false;
        writeAscii("\"" + key + "\":");
    }

    private void writeAscii(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        out.write(bytes, 0, bytes.length);
    }

    private void wipeBuffer() {
        byte[] zeros = new byte[out.size()];
        out.reset();
        out.write(zeros, 0, zeros.length);
        out.reset();
    }

    /** The content of {@code file} without its trailing line break, as characters; the caller wipes them. */
    static char[] readFile(Path file, String option) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConfigException(option, "cannot read " + file + ": " + e.getMessage());
        }
        try {
            int length = bytes.length;
            while (length > 0 && (bytes[length - 1] == '\n' || bytes[length - 1] == '\r')) {
                length--;
            }
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, length));
            char[] result = new char[chars.remaining()];
            chars.get(result);
            Arrays.fill(chars.array(), '\0');
            return result;
        } catch (CharacterCodingException e) {
            throw new ConfigException(option, file + " is not UTF-8 text");
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** Asks on the terminal (no echo); {@code confirm} asks twice and requires the same answer. */
    static char[] prompt(String question, boolean confirm, String option) {
        Console console = System.console();
        if (console == null) {
            throw new ConfigException(option, "required when no terminal is attached");
        }
        char[] first = console.readPassword("%s: ", question);
        if (first == null) {
            throw new ConfigException(option, "no input");
        }
        if (confirm) {
            char[] again = console.readPassword("again: ");
            boolean same = again != null && Arrays.equals(first, again);
            if (again != null) {
                Arrays.fill(again, '\0');
            }
            if (!same) {
                Arrays.fill(first, '\0');
                throw new ConfigException(option, "the two entries differ");
            }
        }
        return first;
    }
}
