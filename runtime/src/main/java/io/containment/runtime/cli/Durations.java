package io.containment.runtime.cli;

import io.containment.runtime.config.ConfigException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code 90s}, {@code 15m}, {@code 12h}, {@code 30d}. */
final class Durations {
    private static final Pattern FORM = Pattern.compile("([1-9][0-9]{0,6})([smhd])");

    private Durations() {
    }

    static Duration parse(String text, String option) {
        Matcher matcher = FORM.matcher(text.trim());
        if (!matcher.matches()) {
            throw new ConfigException(option, "expected a duration such as 90s, 15m, 12h or 30d, got '" + text + "'");
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }
}
