package io.containment.plugins.hardening.linux;

import io.containment.api.hardening.HardeningOutcome;

/** The outcome when JNA cannot reach libc at all. */
final class NativeAccess {
    private NativeAccess() {
    }

    static HardeningOutcome unavailable(LinkageError e) {
        return new HardeningOutcome.Failed("cannot call libc through JNA (" + e.getClass().getSimpleName() + ": "
                + e.getMessage() + "); JNA unpacks its native library into ~/.cache/JNA, else java.io.tmpdir: "
                + "point -Djna.tmpdir= (in JAVA_OPTS) at a writable folder not mounted noexec");
    }
}
