package io.containment.plugins.hardening.linux;

import io.containment.api.hardening.HardeningOutcome;

/** The outcome when JNA cannot reach libc at all. */
final class NativeAccess {
    private NativeAccess() {
    }

    static HardeningOutcome unavailable(LinkageError e) {
        return new HardeningOutcome.Failed("cannot call libc through JNA (" + e.getClass().getSimpleName() + ": "
                + e.getMessage() + "); JNA unpacks its native library into java.io.tmpdir (or jna.tmpdir): "
                + "make that folder writable and not mounted noexec, e.g. docker --tmpfs /tmp:rw,exec");
    }
}
