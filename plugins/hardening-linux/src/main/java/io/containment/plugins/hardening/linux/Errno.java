package io.containment.plugins.hardening.linux;

import com.sun.jna.Native;

/** The error numbers the measures meet, by name (x86_64 and aarch64 share them). */
final class Errno {
    static final int EPERM = 1;
    static final int EAGAIN = 11;
    static final int ENOMEM = 12;
    static final int EACCES = 13;
    static final int EFAULT = 14;
    static final int EINVAL = 22;
    static final int ENOSYS = 38;

    private Errno() {
    }

    /** The error number of the calling thread's last native call. */
    static int last() {
        return Native.getLastError();
    }

    /** e.g. {@code EPERM (1)}. */
    static String name(int errno) {
        String name = switch (errno) {
            case EPERM -> "EPERM";
            case EAGAIN -> "EAGAIN";
            case ENOMEM -> "ENOMEM";
            case EACCES -> "EACCES";
            case EFAULT -> "EFAULT";
            case EINVAL -> "EINVAL";
            case ENOSYS -> "ENOSYS";
            default -> "errno";
        };
        return name + " (" + errno + ")";
    }
}
