package io.containment.runtime.http.wire;

import jakarta.ws.rs.core.MediaType;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;

/**
 * What a request body may be before anything parses it: at most 1 MiB (a signing request with a
 * full phase0 block is well under 200 KiB), and, when a Content-Type is given, JSON in UTF-8.
 */
public final class RequestBodyLimits {
    /** The largest body accepted, in bytes. */
    public static final int MAX_BODY_BYTES = 1 << 20;

    private RequestBodyLimits() {
    }

    /** Refuses a declared length above the limit at once, before reading anything. */
    public static void checkDeclaredLength(String contentLength) {
        checkDeclaredLength(contentLength, MAX_BODY_BYTES);
    }

    /** As {@link #checkDeclaredLength(String)} with another limit (routes that enforce their own). */
    public static void checkDeclaredLength(String contentLength, long maxBytes) {
        if (contentLength == null || contentLength.isBlank()) {
            return;
        }
        try {
            if (Long.parseLong(contentLength.trim()) > maxBytes) {
                throw tooLarge(maxBytes);
            }
        } catch (NumberFormatException e) {
            throw new MalformedRequestException("Content-Length is not a number");
        }
    }

    /**
     * The checks before a body is read, for a request that has one (a Transfer-Encoding, or a
     * Content-Length other than 0): {@link #checkDeclaredLength(String, long)} and
     * {@link #checkContentType(String)}. The arguments are the header values, null when absent.
     */
    public static void checkDeclared(String contentLength, String transferEncoding, String contentType, long maxBytes) {
        boolean body = transferEncoding != null || (contentLength != null && !contentLength.trim().equals("0"));
        if (body) {
            checkDeclaredLength(contentLength, maxBytes);
            checkContentType(contentType);
        }
    }

    /** Absent, or application/json (or a +json type) with no charset or charset UTF-8. */
    public static void checkContentType(String contentType) {
        if (contentType == null || contentType.isBlank() || contentType.equalsIgnoreCase("application/json")) {
            return;
        }
        MediaType type;
        try {
            type = MediaType.valueOf(contentType);
        } catch (IllegalArgumentException e) {
            throw notJson(contentType);
        }
        boolean json = type.getType().equalsIgnoreCase("application")
                && (type.getSubtype().equalsIgnoreCase("json") || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"));
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (!json || (charset != null && !charset.equalsIgnoreCase("utf-8"))) {
            throw notJson(contentType);
        }
    }

    private static BodyRefusedException notJson(String contentType) {
        return new BodyRefusedException(BodyRefusedException.Reason.NOT_JSON,
                "Content-Type must be application/json (UTF-8), got '" + abbreviate(contentType) + "'");
    }

    /**
     * The body stream, failing with a refusal once more than the limit has been read (chunked bodies
     * have no length), and turning the HTTP layer's framing failures (runtime exceptions out of
     * read or close) into a refusal instead of a server error.
     */
    public static InputStream bounded(InputStream body) {
        return bounded(body, MAX_BODY_BYTES);
    }

    /** As {@link #bounded(InputStream)} with another limit (routes that enforce their own). */
    public static InputStream bounded(InputStream body, long maxBytes) {
        return new FilterInputStream(body) {
            private long remaining = maxBytes + 1L;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int n = read(one, 0, 1);
                return n < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n;
                try {
                    n = super.read(buffer, offset, (int) Math.min(length, remaining));
                } catch (BodyRefusedException e) {
                    throw e;
                } catch (RuntimeException e) {
                    throw brokenFraming();
                }
                if (n > 0) {
                    remaining -= n;
                    if (remaining <= 0) {
                        throw tooLarge(maxBytes);
                    }
                }
                return n;
            }

            @Override
            public int available() throws IOException {
                try {
                    return super.available();
                } catch (RuntimeException e) {
                    throw brokenFraming();
                }
            }

            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } catch (RuntimeException e) {
                    throw brokenFraming();
                }
            }
        };
    }

    /**
     * Reads the whole body through {@link #bounded(InputStream, long)}; an I/O failure of the
     * connection underneath is a body cut short (400), never a server error.
     */
    public static byte[] readAll(InputStream body, long maxBytes) {
        return readAll(body, maxBytes, null);
    }

    /**
     * As {@link #readAll(InputStream, long)}, the same bytes, but with the declared
     * {@code Content-Length} (null when absent) the body is read into an array of that size:
     * {@code readAllBytes} starts with a 16 KiB buffer and copies, which the signing path's profile
     * showed as its largest item of our own code (0.43% of the signer's CPU). A stream that ends
     * sooner gives the shorter body, one that goes on is read to its end, as before.
     */
    public static byte[] readAll(InputStream body, long maxBytes, String contentLength) {
        int declared = usableLength(contentLength, maxBytes);
        try (InputStream in = bounded(body, maxBytes)) {
            if (declared < 0) {
                return in.readAllBytes();
            }
            byte[] exact = in.readNBytes(declared);
            int next = exact.length < declared ? -1 : in.read();
            if (next < 0) {
                return exact;
            }
            byte[] rest = in.readAllBytes();
            byte[] all = Arrays.copyOf(exact, exact.length + 1 + rest.length);
            all[exact.length] = (byte) next;
            System.arraycopy(rest, 0, all, exact.length + 1, rest.length);
            return all;
        } catch (IOException e) {
            throw brokenFraming();
        }
    }

    /** The declared length when it is a number from 0 to the limit, otherwise -1 (read to the end). */
    private static int usableLength(String contentLength, long maxBytes) {
        if (contentLength == null) {
            return -1;
        }
        try {
            long length = Long.parseLong(contentLength.trim());
            return length >= 0 && length <= maxBytes && length <= Integer.MAX_VALUE - 8 ? (int) length : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static BodyRefusedException brokenFraming() {
        return new BodyRefusedException(BodyRefusedException.Reason.BROKEN_FRAMING,
                "request body is cut short or its chunked framing is broken");
    }

    private static BodyRefusedException tooLarge(long maxBytes) {
        return new BodyRefusedException(BodyRefusedException.Reason.TOO_LARGE,
                "request body is larger than " + maxBytes + " bytes");
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }
}
