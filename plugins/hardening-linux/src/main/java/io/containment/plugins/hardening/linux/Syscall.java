package io.containment.plugins.hardening.linux;

/**
 * The syscalls the seccomp filter lets through, with their numbers on x86_64 (first) and aarch64
 * (second; -1 where the syscall does not exist there). Numbers come from the kernel's
 * {@code arch/x86/entry/syscalls/syscall_64.tbl} and {@code include/uapi/asm-generic/unistd.h}.
 * Everything else (execve, execveat, fork, vfork, ptrace, process_vm_readv/writev, mount, kexec,
 * bpf, module loading, namespaces, setuid, io_uring, userfaultfd, perf_event_open, keyctl, …)
 * is refused. {@link #CLONE}, {@link #CLONE3} and {@link #PRCTL} get special rules (see
 * {@link SeccompProgram}).
 */
enum Syscall {
    // futexes and I/O first: the kernel compares in this order
    FUTEX(202, 98), READ(0, 63), WRITE(1, 64), READV(19, 65), WRITEV(20, 66), PREAD64(17, 67),
    PWRITE64(18, 68), PREADV(295, 69), PWRITEV(296, 70), PREADV2(327, 286), PWRITEV2(328, 287),
    // waiting for events
    EPOLL_WAIT(232, -1), EPOLL_PWAIT(281, 22), EPOLL_PWAIT2(441, 441), EPOLL_CTL(233, 21),
    EPOLL_CREATE(213, -1), EPOLL_CREATE1(291, 20), POLL(7, -1), PPOLL(271, 73), SELECT(23, -1),
    PSELECT6(270, 72),
    // time
    CLOCK_GETTIME(228, 113), CLOCK_GETRES(229, 114), CLOCK_NANOSLEEP(230, 115), NANOSLEEP(35, 101),
    GETTIMEOFDAY(96, 169), TIME(201, -1),
    // scheduling
    SCHED_YIELD(24, 124), SCHED_GETAFFINITY(204, 123), SCHED_GETPARAM(143, 121), SCHED_GETSCHEDULER(145, 120),
    SCHED_GET_PRIORITY_MAX(146, 125), SCHED_GET_PRIORITY_MIN(147, 126), GETCPU(309, 168),
    // memory (mlock* for the memory lock; memfd_create for ZGC)
    MMAP(9, 222), MUNMAP(11, 215), MREMAP(25, 216), MPROTECT(10, 226), MADVISE(28, 233), MINCORE(27, 232),
    MSYNC(26, 227), BRK(12, 214), MEMBARRIER(324, 283), MLOCK(149, 228), MLOCK2(325, 284), MLOCKALL(151, 230),
    MBIND(237, 235), GET_MEMPOLICY(239, 236), SET_MEMPOLICY(238, 237), MEMFD_CREATE(319, 279),
    // opening and closing files
    OPEN(2, -1), OPENAT(257, 56), OPENAT2(437, 437), CLOSE(3, 57), CLOSE_RANGE(436, 436), CREAT(85, -1),
    // file metadata
    STAT(4, -1), FSTAT(5, 80), LSTAT(6, -1), NEWFSTATAT(262, 79), STATX(332, 291), LSEEK(8, 62),
    ACCESS(21, -1), FACCESSAT(269, 48), FACCESSAT2(439, 439), READLINK(89, -1), READLINKAT(267, 78),
    GETDENTS(78, -1), GETDENTS64(217, 61),
    // directories and names
    MKDIR(83, -1), MKDIRAT(258, 34), RMDIR(84, -1), UNLINK(87, -1), UNLINKAT(263, 35), RENAME(82, -1),
    RENAMEAT(264, 38), RENAMEAT2(316, 276), LINK(86, -1), LINKAT(265, 37), SYMLINK(88, -1),
    SYMLINKAT(266, 36),
    // permissions and times
    CHMOD(90, -1), FCHMOD(91, 52), FCHMODAT(268, 53), FCHMODAT2(452, 452), CHOWN(92, -1), FCHOWN(93, 55),
    FCHOWNAT(260, 54), LCHOWN(94, -1), UMASK(95, 166), UTIME(132, -1), UTIMES(235, -1), FUTIMESAT(261, -1),
    UTIMENSAT(280, 88),
    // file contents
    TRUNCATE(76, 45), FTRUNCATE(77, 46), FSYNC(74, 82), FDATASYNC(75, 83), SYNC_FILE_RANGE(277, 84),
    FALLOCATE(285, 47), FADVISE64(221, 223), FLOCK(73, 32), FCNTL(72, 25),
    // descriptors and folders
    DUP(32, 23), DUP2(33, -1), DUP3(292, 24), PIPE(22, -1), PIPE2(293, 59), STATFS(137, 43), FSTATFS(138, 44),
    GETCWD(79, 17), CHDIR(80, 49), FCHDIR(81, 50),
    // copying data
    SENDFILE(40, 71), COPY_FILE_RANGE(326, 285), SPLICE(275, 76), TEE(276, 77), IOCTL(16, 29),
    // file and event notifications
    INOTIFY_INIT(253, -1), INOTIFY_INIT1(294, 26), INOTIFY_ADD_WATCH(254, 27), INOTIFY_RM_WATCH(255, 28),
    EVENTFD(284, -1), EVENTFD2(290, 19), TIMERFD_CREATE(283, 85), TIMERFD_SETTIME(286, 86),
    TIMERFD_GETTIME(287, 87),
    // sockets
    SOCKET(41, 198), SOCKETPAIR(53, 199), BIND(49, 200), LISTEN(50, 201), ACCEPT(43, 202), ACCEPT4(288, 242),
    CONNECT(42, 203), GETSOCKNAME(51, 204), GETPEERNAME(52, 205), GETSOCKOPT(55, 209), SETSOCKOPT(54, 208),
    SENDTO(44, 206), RECVFROM(45, 207), SENDMSG(46, 211), RECVMSG(47, 212), SENDMMSG(307, 269),
    RECVMMSG(299, 243), SHUTDOWN(48, 210),
    // identity (reading only)
    GETPID(39, 172), GETPPID(110, 173), GETTID(186, 178), GETUID(102, 174), GETEUID(107, 175),
    GETGID(104, 176), GETEGID(108, 177), GETGROUPS(115, 158), GETRESUID(118, 148), GETRESGID(120, 150),
    GETPGRP(111, -1), GETPGID(121, 155), GETSID(124, 156),
    // limits and system information
    GETRUSAGE(98, 165), GETRLIMIT(97, 163), PRLIMIT64(302, 261), SYSINFO(99, 179), UNAME(63, 160),
    TIMES(100, 153), GETPRIORITY(140, 141), SETPRIORITY(141, 140), CAPGET(125, 90), GETRANDOM(318, 278),
    // signals
    RT_SIGACTION(13, 134), RT_SIGPROCMASK(14, 135), RT_SIGRETURN(15, 139), RT_SIGTIMEDWAIT(128, 137),
    RT_SIGSUSPEND(130, 133), RT_SIGPENDING(127, 136), SIGALTSTACK(131, 132), RESTART_SYSCALL(219, 128),
    // threads and exit
    KILL(62, 129), TGKILL(234, 131), TKILL(200, 130), WAIT4(61, 260), WAITID(247, 95), EXIT(60, 93),
    EXIT_GROUP(231, 94),
    // thread setup
    SET_ROBUST_LIST(273, 99), RSEQ(334, 293), SET_TID_ADDRESS(218, 96), ARCH_PRCTL(158, -1), PRCTL(157, 167),
    // special rules
    CLONE(56, 220), CLONE3(435, 435);

    private final int x86_64;
    private final int aarch64;

    Syscall(int x86_64, int aarch64) {
        this.x86_64 = x86_64;
        this.aarch64 = aarch64;
    }

    /** The number on {@code architecture}, or -1 if the syscall does not exist there. */
    int number(Architecture architecture) {
        return switch (architecture) {
            case X86_64 -> x86_64;
            case AARCH64 -> aarch64;
        };
    }
}
