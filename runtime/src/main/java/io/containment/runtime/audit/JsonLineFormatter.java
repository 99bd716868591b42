package io.containment.runtime.audit;

import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * A java.util.logging formatter that writes each record's message alone on its line — for the
 * {@code audit} logger, whose messages are JSON objects, a file of one JSON object per line:
 * <pre>
 * audit.handlers=java.util.logging.FileHandler
 * java.util.logging.FileHandler.formatter=io.containment.runtime.audit.JsonLineFormatter
 * </pre>
 */
public final class JsonLineFormatter extends Formatter {
    @Override
    public String format(LogRecord record) {
        return formatMessage(record).replace('\n', ' ') + System.lineSeparator();
    }
}
