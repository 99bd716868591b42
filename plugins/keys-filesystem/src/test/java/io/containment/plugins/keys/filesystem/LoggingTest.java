package io.containment.plugins.keys.filesystem;

import static org.assertj.core.api.Assertions.assertThat;

import io.containment.plugins.keys.filesystem.TestKeystores.LightKdf;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an operator sees: a start line, progress lines while loading, one WARN per bad file, a summary. */
class LoggingTest {
    private static final System.Logger LOG = System.getLogger(FilesystemKeySource.class.getName());

    @TempDir
    Path dir;

    @Test
    void loadLogsAStartLineAWarningPerBadFileAndASummary() {
        KeyFolder folder = KeyFolder.at(dir);
        folder.bareKeystore("good", TestKeystores.randomSecret(), LightKdf.SCRYPT, "txt");
        folder.write("raw.yaml", KeyFolder.fileRaw(TestKeystores.randomSecret()));
        Path bad = folder.bareKeystore("bad", TestKeystores.randomSecret(), LightKdf.PBKDF2, "txt");
        folder.write("bad.txt", "wrong");

        try (CapturedLog log = new CapturedLog(); FilesystemKeySource source = folder.source()) {
            source.keys();

            assertThat(log.infos().getFirst()).isEqualTo("filesystem key source: loading 3 keys from " + dir + " with 2 threads");
            assertThat(log.warnings()).containsExactly(bad + ": checksum mismatch: wrong password or damaged keystore (skipped)");
            assertThat(log.infos().getLast())
                    .matches("filesystem key source: 2 keys ready \\(0 unchanged since the last load, 0 from the key cache\\) in \\d+\\.\\ds, 1 problems");
        }
    }

    @Test
    void progressLineIsLoggedWhileKeysAreStillLoading() throws Exception {
        CountDownLatch progressLogged = new CountDownLatch(1);
        ParallelKeyLoader loader = new ParallelKeyLoader(1, Duration.ofMillis(10), Clock.systemUTC(), LOG);
        List<KeyEntry> entries = List.of(
                new KeyEntry.FileKeystore("first", Fingerprint.of(), Path.of("k"), Path.of("p")),
                new KeyEntry.FileKeystore("second", Fingerprint.of(), Path.of("k"), Path.of("p")));

        try (CapturedLog log = new CapturedLog(line -> {
            if (line.message().startsWith("loaded ")) {
                progressLogged.countDown();
            }
        })) {
            loader.loadAll(entries, entry -> {
                boolean logged = progressLogged.await(30, TimeUnit.SECONDS); // the load waits for the line
                return new LoadResult.Failed(entry.origin(), logged ? "done" : "no progress line");
            });

            assertThat(log.infos()).first().asString().matches("loaded [0-2]/2 keys, \\d+\\.?\\d*/s, eta .+");
            assertThat(log.warnings()).containsExactly("first: done (skipped)", "second: done (skipped)");
        }
    }

    @Test
    void progressLineGivesCountRateAndEta() {
        MutableClock clock = new MutableClock();
        LoadProgress progress = new LoadProgress(10000, clock);
        assertThat(progress.line()).isEqualTo("loaded 0/10000 keys, 0.0/s, eta unknown");

        clock.advance(Duration.ofSeconds(120));
        for (int i = 0; i < 4200; i++) {
            progress.completed(i % 1000 != 0);
        }

        assertThat(progress.line()).isEqualTo("loaded 4200/10000 keys, 35/s, eta 2m46s, 5 failed");
    }

    @Test
    void slowLoadsShowOneDecimalAndLongEtasHours() {
        MutableClock clock = new MutableClock();
        LoadProgress progress = new LoadProgress(10000, clock);
        clock.advance(Duration.ofSeconds(10));
        progress.completed(true);
        progress.completed(true);
        progress.completed(true);

        assertThat(progress.line()).isEqualTo("loaded 3/10000 keys, 0.3/s, eta 9h15m");
    }

    @Test
    void durationsAreShortAndReadable() {
        assertThat(LoadProgress.duration(Duration.ofSeconds(45))).isEqualTo("45s");
        assertThat(LoadProgress.duration(Duration.ofSeconds(130))).isEqualTo("2m10s");
        assertThat(LoadProgress.duration(Duration.ofSeconds(3725))).isEqualTo("1h02m");
        assertThat(LoadProgress.elapsed(Duration.ofMillis(400))).isEqualTo("0.4s");
        assertThat(LoadProgress.elapsed(Duration.ofSeconds(75))).isEqualTo("1m15s");
    }

    /** A clock tests move by hand. */
    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
