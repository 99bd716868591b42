package io.containment.runtime.seal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The background KMS retry: at once, then after 10 s, 20 s, … capped at 5 minutes; a success resets it. */
class RetryDelayTest {
    @Test
    void doublesUpToTheCapAndResetsOnSuccess() {
        RetryDelay retry = new RetryDelay(Duration.ofSeconds(10), Duration.ofMinutes(5));
        Instant t = Instant.parse("2026-11-26T00:00:00Z");
        assertThat(retry.due(t)).isTrue();
        retry.after(false, t);
        assertThat(retry.due(t.plusSeconds(9))).isFalse();
        assertThat(retry.due(t.plusSeconds(10))).isTrue();
        t = t.plusSeconds(10);
        retry.after(false, t);
        assertThat(retry.due(t.plusSeconds(19))).isFalse();
        assertThat(retry.due(t.plusSeconds(20))).isTrue();
        for (int i = 0; i < 10; i++) {
            retry.after(false, t);
        }
        assertThat(retry.due(t.plus(Duration.ofMinutes(5)).minusSeconds(1))).isFalse();
        assertThat(retry.due(t.plus(Duration.ofMinutes(5)))).as("capped at 5 minutes").isTrue();
        retry.after(true, t);
        assertThat(retry.due(t)).isTrue();
        retry.after(false, t);
        assertThat(retry.due(t.plusSeconds(10))).as("after a success the delay starts over").isTrue();
    }
}
