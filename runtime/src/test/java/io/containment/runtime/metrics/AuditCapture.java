package io.containment.runtime.metrics;

import io.containment.runtime.audit.AuditLog;
import io.containment.runtime.audit.JsonLineFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Captures the lines of logger {@code audit} as the shipped {@link JsonLineFormatter} writes them. */
public final class AuditCapture extends Handler implements AutoCloseable {
    private final Logger logger = Logger.getLogger(AuditLog.LOGGER);
    private final List<String> lines = new CopyOnWriteArrayList<>();

    public AuditCapture() {
        setFormatter(new JsonLineFormatter());
        setLevel(Level.ALL);
        logger.setLevel(Level.INFO);
        logger.addHandler(this);
    }

    @Override
    public void publish(LogRecord record) {
        lines.add(getFormatter().format(record));
    }

    /** Every line so far. */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
