package io.containment.plugins.hardening.linux;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The filter's instructions, run through a BPF interpreter: no kernel involved. Syscall numbers
 * in this test are copied from the kernel's tables (arch/x86/entry/syscalls/syscall_64.tbl,
 * include/uapi/asm-generic/unistd.h), independently of {@link Syscall}.
 */
class SeccompProgramTest {
    private static final int EPERM = SeccompAction.ERRNO | 1;
    private static final int ENOSYS = SeccompAction.ERRNO | 38;
    private static final int AUDIT_ARCH_I386 = 0x40000003;
    private static final int AUDIT_ARCH_ARM = 0x40000028;
    private static final int CLONE_THREAD_FLAGS = 0x3d0f00; // what glibc's pthread_create passes
    private static final int FORK_FLAGS = 0x1200011;        // CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID | SIGCHLD
    private static final int VFORK_FLAGS = 0x4111;          // CLONE_VM | CLONE_VFORK | SIGCHLD (posix_spawn)

    /** Refused syscalls: name → {x86_64, aarch64} (-1: does not exist there). */
    private static final Map<String, int[]> REFUSED = Map.ofEntries(
            Map.entry("execve", new int[] {59, 221}), Map.entry("execveat", new int[] {322, 281}),
            Map.entry("fork", new int[] {57, -1}), Map.entry("vfork", new int[] {58, -1}),
            Map.entry("ptrace", new int[] {101, 117}), Map.entry("process_vm_readv", new int[] {310, 270}),
            Map.entry("process_vm_writev", new int[] {311, 271}), Map.entry("mount", new int[] {165, 40}),
            Map.entry("umount2", new int[] {166, 39}), Map.entry("kexec_load", new int[] {246, 104}),
            Map.entry("kexec_file_load", new int[] {320, 294}), Map.entry("bpf", new int[] {321, 280}),
            Map.entry("init_module", new int[] {175, 105}), Map.entry("finit_module", new int[] {313, 273}),
            Map.entry("unshare", new int[] {272, 97}), Map.entry("setns", new int[] {308, 268}),
            Map.entry("setuid", new int[] {105, 146}), Map.entry("chroot", new int[] {161, 51}),
            Map.entry("pivot_root", new int[] {155, 41}), Map.entry("reboot", new int[] {169, 142}),
            Map.entry("perf_event_open", new int[] {298, 241}), Map.entry("userfaultfd", new int[] {323, 282}),
            Map.entry("io_uring_setup", new int[] {425, 425}), Map.entry("keyctl", new int[] {250, 219}),
            Map.entry("seccomp", new int[] {317, 277}), Map.entry("open_by_handle_at", new int[] {304, 265}),
            Map.entry("get_robust_list", new int[] {274, 100}), Map.entry("kcmp", new int[] {312, 272}));

    /** Allowed syscalls the JVM cannot do without: name → {x86_64, aarch64}. */
    private static final Map<String, int[]> NEEDED = Map.ofEntries(
            Map.entry("read", new int[] {0, 63}), Map.entry("write", new int[] {1, 64}),
            Map.entry("openat", new int[] {257, 56}), Map.entry("close", new int[] {3, 57}),
            Map.entry("mmap", new int[] {9, 222}), Map.entry("mprotect", new int[] {10, 226}),
            Map.entry("munmap", new int[] {11, 215}), Map.entry("futex", new int[] {202, 98}),
            Map.entry("epoll_pwait", new int[] {281, 22}), Map.entry("accept4", new int[] {288, 242}),
            Map.entry("socket", new int[] {41, 198}), Map.entry("newfstatat", new int[] {262, 79}),
            Map.entry("rt_sigreturn", new int[] {15, 139}), Map.entry("exit_group", new int[] {231, 94}),
            Map.entry("madvise", new int[] {28, 233}), Map.entry("sched_yield", new int[] {24, 124}),
            Map.entry("getrandom", new int[] {318, 278}), Map.entry("fsync", new int[] {74, 82}),
            Map.entry("clock_nanosleep", new int[] {230, 115}), Map.entry("rseq", new int[] {334, 293}));

    private static int number(Map<String, int[]> table, String name, Architecture architecture) {
        return table.get(name)[architecture == Architecture.X86_64 ? 0 : 1];
    }

    private static int run(Architecture architecture, int nr, long... args) {
        return ClassicBpf.run(SeccompProgram.build(architecture), architecture.auditArch(), nr, args);
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void refusesExecPtraceMountKexecBpfAndTheRestWithEperm(Architecture architecture) {
        REFUSED.forEach((name, numbers) -> {
            int nr = number(REFUSED, name, architecture);
            if (nr >= 0) {
                assertThat(run(architecture, nr)).as(name).isEqualTo(EPERM);
            }
        });
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void allowsWhatTheJvmNeeds(Architecture architecture) {
        NEEDED.forEach((name, numbers) ->
                assertThat(run(architecture, number(NEEDED, name, architecture))).as(name).isEqualTo(SeccompAction.ALLOW));
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void cloneMakesThreadsButNotProcesses(Architecture architecture) {
        int clone = architecture == Architecture.X86_64 ? 56 : 220;
        assertThat(run(architecture, clone, CLONE_THREAD_FLAGS)).isEqualTo(SeccompAction.ALLOW);
        assertThat(run(architecture, clone, FORK_FLAGS)).isEqualTo(EPERM);
        assertThat(run(architecture, clone, VFORK_FLAGS)).isEqualTo(EPERM);
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void clone3AnswersEnosysSoThatGlibcFallsBackToClone(Architecture architecture) {
        assertThat(run(architecture, 435)).isEqualTo(ENOSYS);
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void prctlIsAllowedExceptMakingTheProcessDumpableAgain(Architecture architecture) {
        int prctl = architecture == Architecture.X86_64 ? 157 : 167;
        int prSetName = 15;
        assertThat(run(architecture, prctl, prSetName)).isEqualTo(SeccompAction.ALLOW);
        assertThat(run(architecture, prctl, 4, 1)).isEqualTo(EPERM);
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void aSyscallThroughAnotherArchitectureKillsTheProcess(Architecture architecture) {
        List<BpfInstruction> program = SeccompProgram.build(architecture);
        for (int foreign : new int[] {AUDIT_ARCH_I386, AUDIT_ARCH_ARM, otherOf(architecture).auditArch()}) {
            assertThat(ClassicBpf.run(program, foreign, 0)).isEqualTo(SeccompAction.KILL_PROCESS);
        }
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void unknownAndFutureSyscallsAreRefused(Architecture architecture) {
        assertThat(run(architecture, 999)).isEqualTo(EPERM);
        assertThat(run(architecture, -1)).isEqualTo(EPERM);
    }

    @org.junit.jupiter.api.Test
    void x32AbiSyscallsOnX86_64AreRefusedEvenWhenTheirNumberLooksLikeAnAllowedOne() {
        assertThat(run(Architecture.X86_64, Architecture.X32_SYSCALL_BIT)).isEqualTo(EPERM); // x32 read
        assertThat(run(Architecture.X86_64, Architecture.X32_SYSCALL_BIT | 257)).isEqualTo(EPERM); // x32 openat
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void theProgramIsWellFormed(Architecture architecture) {
        List<BpfInstruction> program = SeccompProgram.build(architecture);
        assertThat(program.size()).isLessThanOrEqualTo(SeccompProgram.MAX_INSTRUCTIONS);
        assertThat(program.getFirst()).isEqualTo(BpfInstruction.load(SeccompProgram.ARCH_OFFSET));
        assertThat(program.getLast().code()).isEqualTo(BpfInstruction.RET);
        for (int i = 0; i < program.size(); i++) {
            BpfInstruction instruction = program.get(i);
            if (instruction.code() != BpfInstruction.RET && instruction.code() != BpfInstruction.LD_W_ABS) {
                assertThat(i + 1 + Math.max(instruction.jt(), instruction.jf())).as("jump target of " + i)
                        .isLessThan(program.size());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void everyAllowedSyscallReallyPassesAndNoRefusedOneIsListed(Architecture architecture) {
        for (Syscall syscall : SeccompProgram.ALWAYS_ALLOWED) {
            int nr = syscall.number(architecture);
            if (nr >= 0) {
                assertThat(run(architecture, nr)).as(syscall.name()).isEqualTo(SeccompAction.ALLOW);
            }
        }
        REFUSED.keySet().forEach(name -> assertThat(Syscall.values()).extracting(Enum::name).doesNotContain(name.toUpperCase()));
    }

    private static Architecture otherOf(Architecture architecture) {
        return architecture == Architecture.X86_64 ? Architecture.AARCH64 : Architecture.X86_64;
    }
}
