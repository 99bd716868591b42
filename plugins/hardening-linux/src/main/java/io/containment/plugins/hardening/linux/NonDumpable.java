package io.containment.plugins.hardening.linux;

import io.containment.api.hardening.HardeningMeasure;
import io.containment.api.hardening.HardeningOutcome;

/**
 * {@code prctl(PR_SET_DUMPABLE, 0)}: no core dump can carry key material to disk, and other
 * processes of the same user can no longer ptrace the signer or read its {@code /proc/<pid>/mem},
 * {@code environ} or {@code maps}.
 */
final class NonDumpable implements HardeningMeasure {
    private final HostPlatform platform;

    NonDumpable(HostPlatform platform) {
        this.platform = platform;
    }

    @Override
    public String name() {
        return "non-dumpable";
    }

    @Override
    public HardeningOutcome apply() {
        if (!platform.isLinux()) {
            return new HardeningOutcome.Unsupported(platform.notLinux());
        }
        try {
            LibC libc = LibC.load();
            if (libc.prctl(LibC.PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) {
                return new HardeningOutcome.Failed("prctl(PR_SET_DUMPABLE, 0) failed with " + Errno.name(Errno.last())
                        + "; core dumps may contain key material: disable them (systemd LimitCORE=0, ulimit -c 0)");
            }
            int dumpable = libc.prctl(LibC.PR_GET_DUMPABLE, 0, 0, 0, 0);
            if (dumpable != 0) {
                return new HardeningOutcome.Failed("PR_GET_DUMPABLE still answers " + dumpable
                        + " after PR_SET_DUMPABLE 0; disable core dumps (systemd LimitCORE=0, ulimit -c 0)");
            }
            return new HardeningOutcome.Applied("process is not dumpable (PR_GET_DUMPABLE = 0): no core dumps, "
                    + "no ptrace or /proc/<pid>/mem access by other processes of the same user");
        } catch (LinkageError e) {
            return NativeAccess.unavailable(e);
        }
    }
}
