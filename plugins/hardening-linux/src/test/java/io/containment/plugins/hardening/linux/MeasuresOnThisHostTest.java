package io.containment.plugins.hardening.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The real measures, applied in a child JVM (a filter cannot be removed, so not in this one):
 * the process ends up non-dumpable, filtered on every thread and unable to start a program.
 */
class MeasuresOnThisHostTest {
    private static List<String> probe(boolean seccomp) throws IOException, InterruptedException {
        return probe(List.of(), seccomp);
    }

    /** Runs {@link InstallProbe} in a child JVM, behind {@code prefix} (e.g. a shell lowering limits). */
    private static List<String> probe(List<String> prefix, boolean seccomp) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(prefix);
        command.addAll(List.of(java.toString(), "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), InstallProbe.class.getName(), Boolean.toString(seccomp)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().toList();
    }

    @Test
    void withTheFilterOnEveryThreadIsFilteredAndNoProgramCanBeStarted() throws Exception {
        assumeTrue(HostPlatform.current().isLinux() && HostPlatform.current().architecture().isPresent());
        List<String> lines = probe(true);
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("outcome non-dumpable: Applied"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("outcome seccomp: Applied")
                .contains("Seccomp: 2"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("process: refused:"));
        assertThat(lines).contains("thread: ran", "file: written", "status Seccomp: 2", "status NoNewPrivs: 1");
    }

    @Test
    void withoutTheFilterTheSameProbeStartsAProgram() throws Exception {
        assumeTrue(HostPlatform.current().isLinux());
        List<String> lines = probe(false);
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("outcome seccomp: Unsupported")
                .contains("server.seccomp: false"));
        assertThat(lines).contains("process: started, exit 0", "status Seccomp: 0");
    }

    @Test
    void withoutCapIpcLockAndWithALowLimitTheMemoryLockFailsNamingTheLimitAndTheFix() throws Exception {
        assumeTrue(HostPlatform.current().isLinux() && Files.isExecutable(Path.of("/usr/bin/setpriv"))
                && "root".equals(System.getProperty("user.name")));
        // sh lowers RLIMIT_MEMLOCK to 64 KiB, setpriv drops CAP_IPC_LOCK from the bounding set
        List<String> lines = probe(List.of("/bin/sh", "-c", "ulimit -l 64 && exec /usr/bin/setpriv "
                + "--bounding-set=-ipc_lock --inh-caps=-ipc_lock \"$@\"", "probe"), false);
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("outcome mlockall: Failed")
                .contains("ENOMEM").contains("RLIMIT_MEMLOCK 65536 bytes").contains("CAP_IPC_LOCK")
                .contains("LimitMEMLOCK=infinity"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("outcome non-dumpable: Applied"));
    }

    @Test
    void offLinuxEveryMeasureIsUnsupportedAndTouchesNothingNative() {
        HostPlatform elsewhere = new HostPlatform("Mac OS X", "aarch64");
        assertThat(new NonDumpable(elsewhere).apply().toString()).startsWith("Unsupported").contains("not Linux");
        assertThat(new MemoryLock(elsewhere).apply().toString()).startsWith("Unsupported").contains("not Linux");
        assertThat(new SeccompFilter(elsewhere, true).apply().toString()).startsWith("Unsupported").contains("not Linux");
    }

    @Test
    void onLinuxWithoutASyscallTableTheRequestedFilterFailsWithTheReason() {
        assertThat(new SeccompFilter(new HostPlatform("Linux", "riscv64"), true).apply().toString())
                .startsWith("Failed").contains("riscv64");
    }
}
