package io.containment.plugins.hardening.linux;

/**
 * The architectures the seccomp filter knows the syscall numbers of. {@code auditArch} is the
 * {@code AUDIT_ARCH_*} value the kernel puts in {@code seccomp_data.arch} (linux/audit.h).
 */
enum Architecture {
    /** {@code AUDIT_ARCH_X86_64}; syscall numbers from arch/x86/entry/syscalls/syscall_64.tbl. */
    X86_64(0xC000003E, 317),
    /** {@code AUDIT_ARCH_AARCH64}; syscall numbers from include/uapi/asm-generic/unistd.h. */
    AARCH64(0xC00000B7, 277);

    /**
     * On x86_64 a syscall number with this bit set is the x32 ABI (same arch value, other table):
     * the filter refuses it.
     */
    static final int X32_SYSCALL_BIT = 0x40000000;

    private final int auditArch;
    private final int seccompSyscall;

    Architecture(int auditArch, int seccompSyscall) {
        this.auditArch = auditArch;
        this.seccompSyscall = seccompSyscall;
    }

    int auditArch() {
        return auditArch;
    }

    /** The number of {@code seccomp(2)} itself. */
    int seccompSyscall() {
        return seccompSyscall;
    }

    /** Whether syscall numbers at or above {@link #X32_SYSCALL_BIT} must be refused. */
    boolean hasX32Abi() {
        return this == X86_64;
    }
}
