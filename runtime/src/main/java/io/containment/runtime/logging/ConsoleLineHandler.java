package io.containment.runtime.logging;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.StreamHandler;

/**
 * The distribution's console handler: what Helidon's {@code HelidonConsoleHandler} does (every record
 * to standard output, flushed at once, every level unless {@code .level} says otherwise; the
 * distribution's {@code logging.properties} sets {@link ConsoleLineFormatter} as its formatter,
 * without one it is {@code SimpleFormatter}), but written to file descriptor 1 directly rather than through {@code System.out}.
 *
 * <p>Why: on a virtual thread, every write through {@code System.out} asks the virtual thread
 * scheduler to compensate for a possibly blocking call (since JDK 23, {@code System$Out} wraps each
 * write in {@code jdk.internal.misc.Blocker}; a plain {@code FileOutputStream} no longer does). The first audit line written on a request thread starts a
 * second carrier thread, which stays: two carriers on the signer's cores preempt each other while
 * signing (measured in docs/benchmarks.md, sixth round). A plain {@link FileOutputStream} on the same
 * descriptor writes the same bytes without that request. If standard output stalls (a full pipe),
 * the writing thread waits, as every signing request would anyway for its audit line.
 */
public final class ConsoleLineHandler extends StreamHandler {
    /** As configured in {@code logging.properties} ({@code <this class>.formatter}, {@code .level}, …). */
    public ConsoleLineHandler() {
        this(new FileOutputStream(FileDescriptor.out));
    }

    ConsoleLineHandler(OutputStream out) {
        super();   // reads <this class>.level, .formatter, .filter and .encoding
        if (configured("level") == null) {
            setLevel(Level.ALL);
        }
        setOutputStream(out);
    }

    private String configured(String property) {
        return LogManager.getLogManager().getProperty(ConsoleLineHandler.class.getName() + "." + property);
    }

    @Override
    public void publish(LogRecord record) {
        super.publish(record);
        flush();
    }

    /** Flushes only: closing would close standard output itself, which others still write to. */
    @Override
    public void close() {
        flush();
    }
}
