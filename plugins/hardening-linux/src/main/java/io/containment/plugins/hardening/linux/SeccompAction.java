package io.containment.plugins.hardening.linux;

/** The {@code SECCOMP_RET_*} values a filter returns (linux/seccomp.h). */
final class SeccompAction {
    /** Kill the whole process (Linux 4.14+). */
    static final int KILL_PROCESS = 0x80000000;
    /** Fail the syscall with the errno in the low 16 bits. */
    static final int ERRNO = 0x00050000;
    static final int ALLOW = 0x7FFF0000;
    static final int DATA_MASK = 0x0000FFFF;

    private SeccompAction() {
    }

    static int errno(int errno) {
        return ERRNO | (errno & DATA_MASK);
    }
}
