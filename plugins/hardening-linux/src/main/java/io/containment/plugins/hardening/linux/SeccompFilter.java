package io.containment.plugins.hardening.linux;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import io.containment.api.hardening.HardeningMeasure;
import io.containment.api.hardening.HardeningOutcome;
import java.util.List;
import java.util.Optional;

/**
 * Installs the {@link SeccompProgram} allowlist on every thread of the process:
 * {@code prctl(PR_SET_NO_NEW_PRIVS, 1)}, then {@code seccomp(SECCOMP_SET_MODE_FILTER,
 * SECCOMP_FILTER_FLAG_TSYNC, &prog)} (a plain {@code prctl(PR_SET_SECCOMP)} would filter the
 * calling thread only). Threads created later inherit the filter. It cannot be removed.
 */
final class SeccompFilter implements HardeningMeasure {
    private final HostPlatform platform;
    private final boolean enabled;

    SeccompFilter(HostPlatform platform, boolean enabled) {
        this.platform = platform;
        this.enabled = enabled;
    }

    @Override
    public String name() {
        return "seccomp";
    }

    @Override
    public HardeningOutcome apply() {
        if (!platform.isLinux()) {
            return new HardeningOutcome.Unsupported(platform.notLinux());
        }
        if (!enabled) {
            return new HardeningOutcome.Unsupported("off (server.seccomp: false); set server.seccomp: true "
                    + "to refuse execve, ptrace and other syscalls the signer never needs");
        }
        Optional<Architecture> architecture = platform.architecture();
        if (architecture.isEmpty()) {
            return new HardeningOutcome.Failed("no syscall table for architecture " + platform.osArch()
                    + " (x86_64 and aarch64 only); the signer runs without the filter; fix: run on x86_64 or aarch64");
        }
        try {
            return install(LibC.load(), architecture.get());
        } catch (LinkageError e) {
            return NativeAccess.unavailable(e);
        }
    }

    private HardeningOutcome install(LibC libc, Architecture architecture) {
        if (libc.prctl(LibC.PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) {
            return new HardeningOutcome.Failed("prctl(PR_SET_NO_NEW_PRIVS) failed with " + Errno.name(Errno.last())
                    + "; the signer runs without the filter; fix: a kernel of 3.5 or later");
        }
        List<BpfInstruction> program = SeccompProgram.build(architecture);
        Memory filter = new Memory((long) BpfInstruction.SIZE * program.size());
        for (int i = 0; i < program.size(); i++) {
            BpfInstruction instruction = program.get(i);
            long offset = (long) i * BpfInstruction.SIZE;
            filter.setShort(offset, (short) instruction.code());
            filter.setByte(offset + 2, (byte) instruction.jt());
            filter.setByte(offset + 3, (byte) instruction.jf());
            filter.setInt(offset + 4, instruction.k());
        }
        // struct sock_fprog { unsigned short len; struct sock_filter *filter; }: the pointer is aligned
        Memory fprog = new Memory(2L * Native.POINTER_SIZE);
        fprog.clear();
        fprog.setShort(0, (short) program.size());
        fprog.setPointer(Native.POINTER_SIZE, filter);
        long result = libc.syscall(architecture.seccompSyscall(), LibC.SECCOMP_SET_MODE_FILTER,
                LibC.SECCOMP_FILTER_FLAG_TSYNC, fprog);
        int errno = Errno.last();
        if (result != 0) {
            return new HardeningOutcome.Failed(failure(result, errno));
        }
        String mode = ProcStatus.field("Seccomp").orElse("?");
        return new HardeningOutcome.Applied("syscall allowlist installed on all threads (" + architecture
                + ", " + SeccompProgram.allowedCount(architecture) + " syscalls, " + program.size()
                + " BPF instructions, /proc/self/status Seccomp: " + mode + "); execve, fork, ptrace, "
                + "process_vm_readv/writev, mount, kexec, bpf and every other syscall fail with EPERM");
    }

    private static String failure(long result, int errno) {
        if (result > 0) {
            return "thread " + result + " could not be brought under the filter (TSYNC); the signer runs "
                    + "without it; fix: report this, it should not happen in a JVM";
        }
        String prefix = "seccomp(SECCOMP_SET_MODE_FILTER, TSYNC) failed with " + Errno.name(errno) + ": ";
        String suffix = "; the signer runs without the filter";
        return switch (errno) {
            case Errno.EINVAL -> prefix + "the kernel lacks seccomp filters or TSYNC (CONFIG_SECCOMP_FILTER, "
                    + "Linux 3.17+)" + suffix + "; fix: a kernel built with CONFIG_SECCOMP_FILTER";
            case Errno.ENOSYS, Errno.EPERM, Errno.EACCES -> prefix + "seccomp(2) is refused, probably by a "
                    + "container runtime's own filter or a security module" + suffix
                    + "; fix: allow the seccomp syscall in the container's profile";
            default -> prefix + "unexpected" + suffix;
        };
    }
}
