package io.containment.runtime.keymanager;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Reads a request body up to a limit into one array, wiping every intermediate buffer (bodies carry passwords). */
final class BoundedBody {
    private BoundedBody() {
    }

    /** @throws RequestTooLargeException when the body has more than {@code max} bytes */
    static byte[] read(InputStream in, int max) throws IOException {
        if (in == null) {
            return new byte[0];
        }
        byte[] buffer = new byte[Math.min(max + 1, 16 * 1024)];
        int length = 0;
        try {
            while (true) {
                if (length == buffer.length) {
                    if (length > max) {
                        throw new RequestTooLargeException("the request body is larger than " + max
                                + " bytes (http.key_manager_api.max_request_bytes)");
                    }
                    byte[] bigger = Arrays.copyOf(buffer, (int) Math.min((long) max + 1, buffer.length * 2L));
                    Arrays.fill(buffer, (byte) 0);
                    buffer = bigger;
                }
                int read = in.read(buffer, length, buffer.length - length);
                if (read < 0) {
                    break;
                }
                length += read;
            }
            if (length > max) {
                throw new RequestTooLargeException("the request body is larger than " + max
                        + " bytes (http.key_manager_api.max_request_bytes)");
            }
            return Arrays.copyOf(buffer, length);
        } finally {
            Arrays.fill(buffer, (byte) 0);
        }
    }
}
