package io.containment.plugins.hardening.linux;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;

/**
 * The few libc calls the measures make. {@code prctl} and {@code syscall} are variadic in C; they
 * are declared with fixed integer arguments, which the x86_64 and aarch64 Linux calling
 * conventions pass the same way. The error number of the last call is {@link Native#getLastError()}.
 */
interface LibC extends Library {
    int PR_GET_DUMPABLE = 3;
    int PR_SET_DUMPABLE = 4;
    int PR_SET_NO_NEW_PRIVS = 38;
    int PR_GET_NO_NEW_PRIVS = 39;
    int MCL_CURRENT = 1;
    int MCL_FUTURE = 2;
    int MCL_ONFAULT = 4;
    int SECCOMP_SET_MODE_FILTER = 1;
    int SECCOMP_FILTER_FLAG_TSYNC = 1;

    int prctl(int option, long arg2, long arg3, long arg4, long arg5);

    int mlockall(int flags);

    long syscall(long number, long arg1, long arg2, Pointer arg3);

    /** Loads libc; a {@link LinkageError} when JNA's native part cannot be loaded. */
    static LibC load() {
        return Holder.INSTANCE;
    }

    /** Loaded on first use only, so that nothing native is touched off Linux. */
    final class Holder {
        private static final LibC INSTANCE = Native.load(Platform.C_LIBRARY_NAME, LibC.class);

        private Holder() {
        }
    }
}
