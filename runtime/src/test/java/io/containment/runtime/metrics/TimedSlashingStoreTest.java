package io.containment.runtime.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import static io.containment.api.contract.SlashingFixtures.root;
import static io.containment.api.contract.SlashingFixtures.validator;
import static io.containment.api.contract.SlashingFixtures.vote;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.api.consensus.Epoch;
import io.containment.api.slashing.SlashingStore;
import io.containment.api.slashing.SlashingVerdict;
import io.containment.api.slashing.StoreUnavailableException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimedSlashingStoreTest {
    /** A default method left to the interface would answer for the store instead of asking it. */
    @Test
    void delegatesEveryMethodOfTheSlashingStoreIncludingDefaultOnes() throws Exception {
        for (Method method : SlashingStore.class.getMethods()) {
            if (java.lang.reflect.Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            Method implemented = TimedSlashingStore.class.getMethod(method.getName(), method.getParameterTypes());
            assertThat(implemented.getDeclaringClass()).as(method.getName() + Arrays.toString(method.getParameterTypes()))
                    .isEqualTo(TimedSlashingStore.class);
        }
    }

    @Test
    void timesEveryOutcomeInItsOwnSeriesAndKeepsAddingToIt() {
        Deque<Object> answers = new ArrayDeque<>(List.of(new SlashingVerdict.Valid(), new SlashingVerdict.Valid(),
                new SlashingVerdict.SourceExceedsTarget(new Epoch(3), new Epoch(2)),
                new StoreUnavailableException("database down", null)));
        SlashingStore answering = (SlashingStore) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {SlashingStore.class}, (proxy, method, args) -> {
                    Object next = answers.pop();
                    if (next instanceof RuntimeException e) {
                        throw e;
                    }
                    return next;
                });
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        TimedSlashingStore store = new TimedSlashingStore(answering, registry);

        for (int i = 0; i < 3; i++) {
            store.checkAndRecord(vote(validator(1), 1, 2 + i, root("a")));
        }
        assertThatThrownBy(() -> store.checkAndRecord(vote(validator(1), 1, 9, root("a"))))
                .isInstanceOf(StoreUnavailableException.class);

        assertThat(count(registry, "safe")).isEqualTo(2);
        assertThat(count(registry, "refused")).isEqualTo(1);
        assertThat(count(registry, "unavailable")).isEqualTo(1);
        assertThat(registry.find("containment.slashing.store.duration").timers()).hasSize(3);
    }

    private static long count(SimpleMeterRegistry registry, String outcome) {
        return registry.get("containment.slashing.store.duration")
                .tags("operation", "check_and_record", "kind", "attestation", "outcome", outcome).timer().count();
    }
}
