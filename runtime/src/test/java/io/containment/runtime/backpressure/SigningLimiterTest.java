package io.containment.runtime.backpressure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SigningLimiterTest {
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    private static void awaitWaiting(SigningLimiter limiter, int count) throws InterruptedException {
        while (limiter.waiting() != count) {
            Thread.sleep(5);
        }
    }

    @Test
    void admitsUpToTheConcurrencyBoundQueuesUpToTheQueueBoundAndRefusesTheRestAtOnce() throws Exception {
        SigningLimiter limiter = new SigningLimiter(2, 1, Duration.ofMinutes(5));
        SigningLimiter.Slot first = limiter.acquire();
        SigningLimiter.Slot second = limiter.acquire();
        assertThat(limiter.inFlight()).isEqualTo(2);
        CompletableFuture<SigningLimiter.Slot> queued = CompletableFuture.supplyAsync(limiter::acquire, threads);
        awaitWaiting(limiter, 1);

        assertThatThrownBy(limiter::acquire).isInstanceOf(OverloadedException.class)
                .hasMessageContaining("2 signing slots are busy")
                .satisfies(e -> assertThat(((OverloadedException) e).reason()).isEqualTo(OverloadedException.Reason.QUEUE_FULL));
        assertThat(queued).as("the queued request still waits for a slot").isNotDone();

        first.close();
        SigningLimiter.Slot third = queued.get(1, TimeUnit.MINUTES);
        assertThat(limiter.inFlight()).isEqualTo(2);
        assertThat(limiter.waiting()).isZero();
        second.close();
        third.close();
        assertThat(limiter.inFlight()).isZero();
    }

    @Test
    void closingASlotTwiceFreesItOnce() {
        SigningLimiter limiter = new SigningLimiter(1, 0, Duration.ZERO);
        SigningLimiter.Slot slot = limiter.acquire();
        slot.close();
        slot.close();
        SigningLimiter.Slot again = limiter.acquire();
        assertThatThrownBy(limiter::acquire).isInstanceOf(OverloadedException.class);
        again.close();
    }

    @Test
    void aQueuedRequestThatWaitsPastTheTimeoutIsRefusedAndLeavesTheQueue() {
        SigningLimiter limiter = new SigningLimiter(1, 5, Duration.ofMillis(50));
        SigningLimiter.Slot held = limiter.acquire();
        assertThatThrownBy(limiter::acquire).isInstanceOf(OverloadedException.class)
                .satisfies(e -> assertThat(((OverloadedException) e).reason()).isEqualTo(OverloadedException.Reason.TIMED_OUT))
                .hasMessageContaining("nothing was signed");
        assertThat(limiter.waiting()).isZero();
        assertThat(limiter.inFlight()).as("the timed-out request took no slot").isEqualTo(1);
        held.close();
    }

    @Test
    void queuedRequestsGetFreedSlotsInTheOrderTheyCame() throws Exception {
        SigningLimiter limiter = new SigningLimiter(1, 10, Duration.ofMinutes(5));
        SigningLimiter.Slot held = limiter.acquire();
        List<CompletableFuture<SigningLimiter.Slot>> queued = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            queued.add(CompletableFuture.supplyAsync(limiter::acquire, threads));
            awaitWaiting(limiter, i + 1);
        }
        held.close();
        for (int i = 0; i < 5; i++) {
            SigningLimiter.Slot slot = queued.get(i).get(1, TimeUnit.MINUTES);
            for (int later = i + 1; later < 5; later++) {
                assertThat(queued.get(later)).as("request %d before %d", i, later).isNotDone();
            }
            slot.close();
        }
        assertThat(limiter.inFlight()).isZero();
    }

    @Test
    void everyQueuedRequestTimesOutAfterItsOwnWaitWhileTheFirstHoldsItsSlot() throws Exception {
        SigningLimiter limiter = new SigningLimiter(1, 10, Duration.ofMillis(200));
        SigningLimiter.Slot held = limiter.acquire();
        List<CompletableFuture<Long>> waits = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            waits.add(CompletableFuture.supplyAsync(() -> {
                long start = System.nanoTime();
                assertThatThrownBy(limiter::acquire).isInstanceOf(OverloadedException.class)
                        .satisfies(e -> assertThat(((OverloadedException) e).reason()).isEqualTo(OverloadedException.Reason.TIMED_OUT));
                return (System.nanoTime() - start) / 1_000_000;
            }, threads));
            awaitWaiting(limiter, i + 1);
            Thread.sleep(60);   // deadlines 60 ms apart: the timer must come back for each
        }
        for (CompletableFuture<Long> wait : waits) {
            assertThat(wait.get(1, TimeUnit.MINUTES)).isBetween(190L, 5_000L);
        }
        assertThat(limiter.waiting()).isZero();
        assertThat(limiter.inFlight()).isEqualTo(1);
        held.close();
        limiter.acquire().close();
    }

    @Test
    void aZeroQueueRefusesWheneverEverySlotIsBusy() {
        SigningLimiter limiter = new SigningLimiter(1, 0, Duration.ofMinutes(1));
        SigningLimiter.Slot held = limiter.acquire();
        assertThatThrownBy(limiter::acquire).isInstanceOf(OverloadedException.class)
                .satisfies(e -> assertThat(((OverloadedException) e).reason()).isEqualTo(OverloadedException.Reason.QUEUE_FULL));
        held.close();
    }

    @Test
    void drainingRefusesNewRequestsAndWaitsForAdmittedOnesRunningOrQueued() throws Exception {
        SigningLimiter limiter = new SigningLimiter(1, 1, Duration.ofMinutes(5));
        SigningLimiter.Slot running = limiter.acquire();
        CompletableFuture<SigningLimiter.Slot> queued = CompletableFuture.supplyAsync(limiter::acquire, threads);
        awaitWaiting(limiter, 1);
        CompletableFuture<Boolean> drained = CompletableFuture.supplyAsync(() -> limiter.drain(Duration.ofMinutes(1)), threads);
        while (!isDraining(limiter)) {
            Thread.sleep(5);
        }
        assertThat(drained).isNotDone();

        running.close();
        SigningLimiter.Slot second = queued.get(1, TimeUnit.MINUTES);
        assertThat(drained).as("the queued request is still signing").isNotDone();
        second.close();
        assertThat(drained.get(1, TimeUnit.MINUTES)).isTrue();
    }

    @Test
    void drainingGivesUpAfterItsLimitWhenARequestNeverFinishes() {
        SigningLimiter limiter = new SigningLimiter(2, 0, Duration.ZERO);
        SigningLimiter.Slot stuck = limiter.acquire();
        assertThat(limiter.drain(Duration.ofMillis(20))).isFalse();
        stuck.close();
    }

    @Test
    void rejectsNonsensicalBounds() {
        assertThatThrownBy(() -> new SigningLimiter(0, 1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SigningLimiter(1, -1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    private static boolean isDraining(SigningLimiter limiter) {
        try {
            limiter.acquire().close();
            return false;
        } catch (OverloadedException e) {
            return e.reason() == OverloadedException.Reason.SHUTTING_DOWN;
        }
    }
}
