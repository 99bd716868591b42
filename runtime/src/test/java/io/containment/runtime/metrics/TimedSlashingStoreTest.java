package io.containment.runtime.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.containment.api.slashing.SlashingStore;
import java.lang.reflect.Method;
import java.util.Arrays;
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
}
