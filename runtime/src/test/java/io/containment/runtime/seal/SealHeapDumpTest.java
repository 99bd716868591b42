package io.containment.runtime.seal;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After {@code seal}, a heap dump of this JVM holds no copy of the master key; while unsealed it
 * does (the control that shows the search works). The test recovers the key from the stored
 * record only after both dumps are written, so its own copy is not in them.
 */
class SealHeapDumpTest {
    @TempDir
    Path dir;

    @Test
    void afterSealTheHeapHoldsNoCopyOfTheMasterKey() throws Exception {
        ChamberTest setup = new ChamberTest();
        Chamber chamber = setup.initialised();
        Path unsealed = dump("unsealed.hprof");
        chamber.seal("test");
        Path sealed = dump("sealed.hprof");

        byte[] master = setup.recoverMasterKey(SealRecord.fromJson(setup.store.read().orElseThrow()));
        assertThat(contains(Files.readAllBytes(unsealed), master)).as("control: the unsealed heap holds the key").isTrue();
        assertThat(contains(Files.readAllBytes(sealed), master)).as("the sealed heap holds no copy of the key").isFalse();
    }

    private Path dump(String name) throws Exception {
        Path file = dir.resolve(name);
        ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).dumpHeap(file.toString(), true);
        return file;
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
