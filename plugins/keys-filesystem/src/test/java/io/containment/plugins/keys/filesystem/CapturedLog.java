package io.containment.plugins.keys.filesystem;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Captures what the source logs through {@link System.Logger} (backed by java.util.logging in
 * tests, as the JDK does when no other backend is installed).
 */
final class CapturedLog implements AutoCloseable {
    /** One captured line. */
    record Line(Level level, String message) {
    }

    private final Logger logger = Logger.getLogger(FilesystemKeySource.class.getName()); // held: JUL keeps loggers weakly
    private final List<Line> lines = new CopyOnWriteArrayList<>();
    private final Handler handler;

    CapturedLog() {
        this(line -> { });
    }

    /** Also calls {@code listener} for each line, on the logging thread. */
    CapturedLog(Consumer<Line> listener) {
        handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                Line line = new Line(record.getLevel(), record.getMessage());
                lines.add(line);
                listener.accept(line);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(handler);
    }

    List<Line> lines() {
        return List.copyOf(lines);
    }

    List<String> warnings() {
        return lines.stream().filter(line -> line.level() == Level.WARNING).map(Line::message).toList();
    }

    List<String> infos() {
        return lines.stream().filter(line -> line.level() == Level.INFO).map(Line::message).toList();
    }

    /** Every message, for leak checks. */
    String all() {
        return String.join("\n", lines.stream().map(Line::message).toList());
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
    }
}
