package io.containment.plugins.keys.filesystem;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts loaded entries and phrases the progress line: {@code loaded 4200/10000 keys, 35/s, eta 2m10s}. */
final class LoadProgress {
    private final int total;
    private final Clock clock;
    private final Instant start;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();

    LoadProgress(int total, Clock clock) {
        this.total = total;
        this.clock = clock;
        this.start = clock.instant();
    }

    /** One entry finished, loaded or not. */
    void completed(boolean loaded) {
        if (!loaded) {
            failed.incrementAndGet();
        }
        done.incrementAndGet();
    }

    /** The progress line as of now. */
    String line() {
        int finished = done.get();
        double seconds = Duration.between(start, clock.instant()).toMillis() / 1000.0;
        double rate = seconds > 0 ? finished / seconds : 0;
        String eta = rate > 0 ? duration(Duration.ofSeconds(Math.round((total - finished) / rate))) : "unknown";
        int failures = failed.get();
        return "loaded " + finished + "/" + total + " keys, " + rate(rate) + "/s, eta " + eta
                + (failures > 0 ? ", " + failures + " failed" : "");
    }

    /** A time taken, for the summary line: {@code 0.4s}, {@code 9.9s}, {@code 2m10s}. */
    static String elapsed(Duration elapsed) {
        return elapsed.toSeconds() < 10
                ? String.format(Locale.ROOT, "%.1fs", elapsed.toMillis() / 1000.0)
                : duration(elapsed);
    }

    private static String rate(double perSecond) {
        return perSecond >= 10 ? Long.toString(Math.round(perSecond)) : String.format(Locale.ROOT, "%.1f", perSecond);
    }

    /** {@code 45s}, {@code 2m10s}, {@code 1h05m}. */
    static String duration(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        if (seconds >= 3600) {
            return String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, seconds % 3600 / 60);
        }
        if (seconds >= 60) {
            return String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
        }
        return seconds + "s";
    }
}
