package io.containment.benchmarks.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU seconds (user + system) a process has used, from {@code /proc/<pid>/stat} (Linux). */
final class ProcessCpu {
    /** USER_HZ: 100 on every Linux this runs on (sysconf(_SC_CLK_TCK)). */
    private static final double TICKS_PER_SECOND = 100.0;

    private ProcessCpu() {
    }

    static double seconds(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long utime = Long.parseLong(fields[11]);
        long stime = Long.parseLong(fields[12]);
        return (utime + stime) / TICKS_PER_SECOND;
    }
}
