package io.containment.plugins.hardening.linux;

import io.containment.api.hardening.HardeningMeasure;
import io.containment.api.hardening.HardeningOutcome;

/**
 * {@code mlockall(MCL_CURRENT | MCL_FUTURE | MCL_ONFAULT)}: pages holding keys are never written
 * to swap. {@code MCL_ONFAULT} locks pages as they are first touched instead of faulting in the
 * whole reserved heap at once (plain {@code mlockall} took a signer from 63 MB to 673 MB resident).
 */
final class MemoryLock implements HardeningMeasure {
    static final String FIX = "grant CAP_IPC_LOCK (systemd: AmbientCapabilities=CAP_IPC_LOCK; docker: "
            + "--cap-add IPC_LOCK) or raise the locked-memory limit (systemd: LimitMEMLOCK=infinity; "
            + "shell: ulimit -l unlimited; docker: --ulimit memlock=-1)";
    private final HostPlatform platform;

    MemoryLock(HostPlatform platform) {
        this.platform = platform;
    }

    @Override
    public String name() {
        return "mlockall";
    }

    @Override
    public HardeningOutcome apply() {
        if (!platform.isLinux()) {
            return new HardeningOutcome.Unsupported(platform.notLinux());
        }
        try {
            int flags = LibC.MCL_CURRENT | LibC.MCL_FUTURE | LibC.MCL_ONFAULT;
            if (LibC.load().mlockall(flags) == 0) {
                return new HardeningOutcome.Applied("memory locked (MCL_CURRENT | MCL_FUTURE | MCL_ONFAULT): "
                        + "pages are locked as they are touched and never swapped out");
            }
            return new HardeningOutcome.Failed(reason(Errno.last()));
        } catch (LinkageError e) {
            return NativeAccess.unavailable(e);
        }
    }

    private static String reason(int errno) {
        String limit = ProcStatus.memlockLimit().map(value -> " (RLIMIT_MEMLOCK " + value + ")").orElse("");
        return switch (errno) {
            case Errno.ENOMEM, Errno.EPERM -> "mlockall failed with " + Errno.name(errno)
                    + ": the locked-memory limit" + limit + " is below the process size and the process lacks "
                    + "CAP_IPC_LOCK, so keys could be swapped to disk; fix: " + FIX;
            case Errno.EINVAL -> "mlockall failed with " + Errno.name(errno) + ": the kernel does not know "
                    + "MCL_ONFAULT (Linux 4.4+); keys could be swapped to disk; fix: upgrade the kernel or disable swap";
            default -> "mlockall failed with " + Errno.name(errno) + limit + "; keys could be swapped to disk; fix: "
                    + FIX;
        };
    }
}
