package io.containment.runtime.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class ConsoleLineHandlerTest {
    @Test
    void eachRecordIsWrittenAtOnceAsTheConsoleLineAndCloseLeavesTheStreamOpen() {
        CountingStream out = new CountingStream();
        ConsoleLineHandler handler = new ConsoleLineHandler(out);
        ConsoleLineFormatter formatter = new ConsoleLineFormatter(ConsoleLineFormatter.DISTRIBUTION_FORMAT, ZoneOffset.UTC);
        handler.setFormatter(formatter);
        LogRecord record = new LogRecord(Level.FINEST, "{\"event\":\"signing\"}");
        record.setLoggerName("audit");
        record.setInstant(Instant.parse("2026-11-26T10:12:09.123Z"));

        handler.publish(record);
        String line = out.toString(StandardCharsets.UTF_8);
        assertThat(line).isEqualTo("2026-11-26T10:12:09.123 FINEST  audit: {\"event\":\"signing\"}" + System.lineSeparator());
        assertThat(out.flushes).isEqualTo(1);   // written before publish returns, not when a buffer fills

        handler.close();
        assertThat(out.closed).isFalse();
        handler.publish(record);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(line + line);
    }

    @Test
    void aVirtualThreadLoggingThroughItKeepsTheOneCarrierThreadItHad() throws Exception {
        // JDK 23+ writes to System.out through jdk.internal.misc.Blocker (a compensated, possibly
        // blocking call) and to a plain FileOutputStream without; before 23, both went through it
        assumeTrue(Runtime.version().feature() >= 23, "JDK 23 or newer");
        assertThat(carriersAfterLogging("system-out")).as("the control: System.out adds a carrier").isEqualTo(2);
        assertThat(carriersAfterLogging("console-line")).isEqualTo(1);
    }

    private static long carriersAfterLogging(String handler) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-Djdk.virtualThreadScheduler.parallelism=1",
                "-cp", System.getProperty("java.class.path"), CarrierCount.class.getName(), handler))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(err).isZero();
        return Long.parseLong(err.strip().substring(err.strip().lastIndexOf('=') + 1));
    }

    private static final class CountingStream extends ByteArrayOutputStream {
        int flushes;
        boolean closed;

        @Override
        public void flush() {
            flushes++;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
