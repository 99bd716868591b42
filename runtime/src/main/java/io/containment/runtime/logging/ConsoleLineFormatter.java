package io.containment.runtime.logging;

import io.helidon.logging.jul.HelidonFormatter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.logging.Formatter;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;

/**
 * The console handler's formatter: the line Helidon's {@link HelidonFormatter} writes for the
 * distribution's pattern ({@link #DISTRIBUTION_FORMAT}), without {@code String.format} and a
 * {@code ZonedDateTime} per line. Every signature writes an audit line, and formatting it
 * field by field through {@link java.util.Formatter} cost about 1% of the signer's CPU.
 *
 * <p>With any other {@code java.util.logging.SimpleFormatter.format} (an operator's own pattern,
 * with Helidon's {@code %X{...}} or {@code !thread!}), every line goes to {@link HelidonFormatter}
 * unchanged: the fast path exists for the shipped pattern only.
 */
public final class ConsoleLineFormatter extends Formatter {
    /** The pattern of the distribution's {@code logging.properties}: {@code 2026-11-26T10:12:09.123 INFO    audit: message}. */
    public static final String DISTRIBUTION_FORMAT = "%1$tY-%1$tm-%1$tdT%1$tH:%1$tM:%1$tS.%1$tL %4$-7s %3$s: %5$s%6$s%n";
    /** The logging property {@link HelidonFormatter} takes its pattern from. */
    static final String FORMAT_PROPERTY = "java.util.logging.SimpleFormatter.format";
    private final Formatter other;
    private final ZoneId zone;
    private volatile Second second = new Second(Long.MIN_VALUE, "");

    /** As configured: the fast path when the configured pattern is the distribution's. */
    public ConsoleLineFormatter() {
        this(LogManager.getLogManager().getProperty(FORMAT_PROPERTY), ZoneId.systemDefault());
    }

    ConsoleLineFormatter(String configuredFormat, ZoneId zone) {
        this.other = DISTRIBUTION_FORMAT.equals(configuredFormat) ? null : new HelidonFormatter();
        this.zone = zone;
    }

    @Override
    public String format(LogRecord record) {
        if (other != null) {
            return other.format(record);
        }
        StringBuilder line = new StringBuilder(160);
        appendTime(line, record.getInstant());
        String level = record.getLevel().getName();
        line.append(' ').append(level);
        for (int i = level.length(); i < 7; i++) {
            line.append(' ');
        }
        line.append(' ').append(record.getLoggerName()).append(": ").append(formatMessage(record));
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            try (PrintWriter writer = new PrintWriter(trace)) {
                writer.println();
                record.getThrown().printStackTrace(writer);
            }
            line.append(trace);
        }
        return line.append(System.lineSeparator()).toString();
    }

    /** {@code yyyy-MM-ddTHH:mm:ss.SSS} in the zone; the part up to the seconds is kept for the second it names. */
    private void appendTime(StringBuilder line, Instant instant) {
        long epochSecond = instant.getEpochSecond();
        Second current = second;
        if (current.epochSecond != epochSecond) {
            // a zone's offset changes only on a whole second, so the text of a second holds for all of it
            ZonedDateTime time = ZonedDateTime.ofInstant(Instant.ofEpochSecond(epochSecond), zone);
            current = new Second(epochSecond, String.format("%1$tY-%1$tm-%1$tdT%1$tH:%1$tM:%1$tS.", time));
            second = current;
        }
        int millis = instant.getNano() / 1_000_000;
        line.append(current.text).append((char) ('0' + millis / 100)).append((char) ('0' + millis / 10 % 10))
                .append((char) ('0' + millis % 10));
    }

    private record Second(long epochSecond, String text) {
    }
}
