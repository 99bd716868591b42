package io.containment.runtime.logging;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.logging.jul.HelidonFormatter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.TimeZone;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The console line must be exactly what Helidon's formatter writes for the same record and pattern. */
class ConsoleLineFormatterTest {
    private final String before = LogManager.getLogManager().getProperty(ConsoleLineFormatter.FORMAT_PROPERTY);
    private final TimeZone zoneBefore = TimeZone.getDefault();

    @AfterEach
    void restore() throws IOException {
        TimeZone.setDefault(zoneBefore);
        configure(before);
    }

    @Test
    void theDistributionsPatternGivesHelidonsLineForEveryKindOfRecord() throws IOException {
        for (String zone : List.of("UTC", "Europe/Berlin", "America/St_Johns", "Asia/Kathmandu")) {
            TimeZone.setDefault(TimeZone.getTimeZone(zone));   // HelidonFormatter formats in the default zone
            configure(ConsoleLineFormatter.DISTRIBUTION_FORMAT);
            HelidonFormatter helidon = new HelidonFormatter();
            ConsoleLineFormatter ours = new ConsoleLineFormatter(ConsoleLineFormatter.DISTRIBUTION_FORMAT, ZoneId.of(zone));
            for (LogRecord record : records()) {
                assertThat(ours.format(record)).as("%s in %s", record.getMessage(), zone).isEqualTo(helidon.format(record));
            }
        }
    }

    @Test
    void anotherPatternIsLeftToHelidon() throws IOException {
        String pattern = "%4$s %3$s !thread! %5$s%n";
        configure(pattern);
        ConsoleLineFormatter ours = new ConsoleLineFormatter(pattern, ZoneId.systemDefault());
        HelidonFormatter helidon = new HelidonFormatter();
        for (LogRecord record : records()) {
            assertThat(ours.format(record)).isEqualTo(helidon.format(record));
        }
        assertThat(ours.format(records().getFirst())).contains(Thread.currentThread().toString());
    }

    @Test
    void theShippedConfigurationUsesThisFormatterWithItsFastPattern() throws IOException {
        Properties shipped = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("../distribution/src/config/logging.properties"))) {
            shipped.load(in);
        }
        assertThat(shipped.getProperty(ConsoleLineHandler.class.getName() + ".formatter"))
                .isEqualTo(ConsoleLineFormatter.class.getName());
        assertThat(shipped.getProperty("handlers")).isEqualTo(ConsoleLineHandler.class.getName());
        assertThat(shipped.getProperty(ConsoleLineFormatter.FORMAT_PROPERTY)).isEqualTo(ConsoleLineFormatter.DISTRIBUTION_FORMAT);
    }

    private static List<LogRecord> records() {
        List<LogRecord> records = new ArrayList<>();
        Random random = new Random(11);
        List<Level> levels = List.of(Level.SEVERE, Level.WARNING, Level.INFO, Level.CONFIG, Level.FINE, Level.FINEST,
                Level.parse("1234"));
        long[] seconds = {0, 1_764_130_329L, 1_774_746_000L /* around a DST change */, 1_774_742_399L, 253_402_300_799L};
        for (int i = 0; i < 300; i++) {
            LogRecord record = new LogRecord(levels.get(i % levels.size()), "message " + i + " {0}");
            long second = i < seconds.length ? seconds[i] : 1_700_000_000L + random.nextInt(200_000_000);
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> 999_999_999;
                case 2 -> random.nextInt(1000) * 1_000_000;
                default -> random.nextInt(1_000_000_000);
            };
            record.setInstant(Instant.ofEpochSecond(second, nanos));
            record.setLoggerName(i % 3 == 0 ? "audit" : "io.containment.runtime.Some" + i);
            if (i % 5 == 0) {
                record.setParameters(new Object[] {"param" + i});
            }
            if (i % 7 == 0) {
                record.setThrown(new IllegalStateException("failure " + i));
            }
            records.add(record);
        }
        // two records in the same second, as the cache sees them
        LogRecord first = new LogRecord(Level.INFO, "a");
        first.setInstant(Instant.ofEpochSecond(1_764_130_329L, 1_000_000));
        first.setLoggerName("audit");
        LogRecord second = new LogRecord(Level.INFO, "b");
        second.setInstant(Instant.ofEpochSecond(1_764_130_329L, 998_000_000));
        second.setLoggerName("audit");
        records.add(first);
        records.add(second);
        return records;
    }

    private static void configure(String format) throws IOException {
        String text = format == null ? "" : ConsoleLineFormatter.FORMAT_PROPERTY + "=" + format.replace("\\", "\\\\") + "\n";
        Function<String, BiFunction<String, String, String>> mapper = key -> key.equals(ConsoleLineFormatter.FORMAT_PROPERTY)
                ? (old, now) -> now : (old, now) -> old;
        LogManager.getLogManager().updateConfiguration(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)), mapper);
    }
}
