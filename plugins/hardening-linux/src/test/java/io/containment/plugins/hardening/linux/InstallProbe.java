package io.containment.plugins.hardening.linux;

import io.containment.api.hardening.HardeningMeasure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Run in a child JVM by {@link MeasuresOnThisHostTest}: applies the three measures (the filter as
 * configured by the first argument) and prints what then works and what does not.
 */
public final class InstallProbe {
    private InstallProbe() {
    }

    public static void main(String[] args) throws Exception {
        HostPlatform platform = HostPlatform.current();
        List<HardeningMeasure> measures = List.of(new NonDumpable(platform), new MemoryLock(platform),
                new SeccompFilter(platform, Boolean.parseBoolean(args[0])));
        for (HardeningMeasure measure : measures) {
            System.out.println("outcome " + measure.name() + ": " + measure.apply());
        }
        try {
            Process process = new ProcessBuilder("/bin/true").start();
            System.out.println("process: started, exit " + process.waitFor());
        } catch (java.io.IOException e) {
            System.out.println("process: refused: " + e.getMessage());
        }
        Thread thread = new Thread(() -> System.out.println("thread: ran"));
        thread.start();
        thread.join();
        Path file = Files.createTempFile("probe", ".txt");
        Files.writeString(file, "written");
        System.out.println("file: " + Files.readString(file));
        Files.delete(file);
        for (String field : List.of("Seccomp", "NoNewPrivs", "VmLck")) {
            System.out.println("status " + field + ": " + ProcStatus.field(field).orElse("?"));
        }
    }
}
