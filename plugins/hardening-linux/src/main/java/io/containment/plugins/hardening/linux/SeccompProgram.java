package io.containment.plugins.hardening.linux;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Builds the seccomp filter for one architecture, as a list of classic BPF instructions:
 * <ol>
 * <li>{@code seccomp_data.arch} must be this architecture, else the process is killed (a syscall
 *     through another ABI, e.g. {@code int 0x80} on x86_64, is only ever exploit code);</li>
 * <li>on x86_64, x32-ABI numbers (bit 30 set) fail with {@code EPERM};</li>
 * <li>{@code clone3} fails with {@code ENOSYS}, so that glibc falls back to {@code clone}, whose
 *     flags a filter can read ({@code clone3} passes them in memory);</li>
 * <li>each allowed syscall returns {@code ALLOW} (two instructions each: no jump exceeds 255);</li>
 * <li>{@code prctl} is allowed except {@code PR_SET_DUMPABLE} (the core-dump protection cannot be
 *     undone); {@code clone} only with {@code CLONE_THREAD} (threads, not processes);</li>
 * <li>anything else fails with {@code EPERM}: the JVM survives a syscall it needs but the list
 *     missed, and {@code execve}, {@code ptrace} and the rest are refused.</li>
 * </ol>
 */
final class SeccompProgram {
    /** Offsets in {@code struct seccomp_data}. */
    static final int NR_OFFSET = 0;
    static final int ARCH_OFFSET = 4;
    /** The low 32 bits of {@code args[0]} (little-endian, as x86_64 and aarch64 Linux are). */
    static final int ARG0_LOW_OFFSET = 16;
    static final int CLONE_THREAD = 0x00010000;
    static final int PR_SET_DUMPABLE = LibC.PR_SET_DUMPABLE;
    /** The kernel's BPF_MAXINSNS. */
    static final int MAX_INSTRUCTIONS = 4096;

    /** The syscalls allowed whatever their arguments, most frequent first. */
    static final Set<Syscall> ALWAYS_ALLOWED = EnumSet.complementOf(EnumSet.of(Syscall.CLONE, Syscall.CLONE3, Syscall.PRCTL));

    private SeccompProgram() {
    }

    /** The filter for {@code architecture}. */
    static List<BpfInstruction> build(Architecture architecture) {
        List<BpfInstruction> program = new ArrayList<>();
        program.add(BpfInstruction.load(ARCH_OFFSET));
        program.add(BpfInstruction.jumpIfEqual(architecture.auditArch(), 1, 0));
        program.add(BpfInstruction.ret(SeccompAction.KILL_PROCESS));
        program.add(BpfInstruction.load(NR_OFFSET));
        if (architecture.hasX32Abi()) {
            program.add(BpfInstruction.jumpIfAtLeast(Architecture.X32_SYSCALL_BIT, 0, 1));
            program.add(BpfInstruction.ret(SeccompAction.errno(Errno.EPERM)));
        }
        program.add(BpfInstruction.jumpIfEqual(Syscall.CLONE3.number(architecture), 0, 1));
        program.add(BpfInstruction.ret(SeccompAction.errno(Errno.ENOSYS)));
        for (Syscall syscall : ALWAYS_ALLOWED) {
            int number = syscall.number(architecture);
            if (number >= 0) {
                program.add(BpfInstruction.jumpIfEqual(number, 0, 1));
                program.add(BpfInstruction.ret(SeccompAction.ALLOW));
            }
        }
        // A still holds the syscall number here; each block below either returns or falls through unchanged
        program.add(BpfInstruction.jumpIfEqual(Syscall.PRCTL.number(architecture), 0, 4));
        program.add(BpfInstruction.load(ARG0_LOW_OFFSET));
        program.add(BpfInstruction.jumpIfEqual(PR_SET_DUMPABLE, 0, 1));
        program.add(BpfInstruction.ret(SeccompAction.errno(Errno.EPERM)));
        program.add(BpfInstruction.ret(SeccompAction.ALLOW));
        program.add(BpfInstruction.jumpIfEqual(Syscall.CLONE.number(architecture), 0, 4));
        program.add(BpfInstruction.load(ARG0_LOW_OFFSET));
        program.add(BpfInstruction.jumpIfAnyBit(CLONE_THREAD, 0, 1));
        program.add(BpfInstruction.ret(SeccompAction.ALLOW));
        program.add(BpfInstruction.ret(SeccompAction.errno(Errno.EPERM)));
        program.add(BpfInstruction.ret(SeccompAction.errno(Errno.EPERM)));
        if (program.size() > MAX_INSTRUCTIONS) {
            throw new IllegalStateException("seccomp program too long: " + program.size());
        }
        return List.copyOf(program);
    }

    /** How many syscalls the filter allows on {@code architecture} (clone and prctl included). */
    static int allowedCount(Architecture architecture) {
        return (int) ALWAYS_ALLOWED.stream().filter(s -> s.number(architecture) >= 0).count() + 2;
    }
}
