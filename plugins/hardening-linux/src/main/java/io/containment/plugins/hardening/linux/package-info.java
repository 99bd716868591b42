/**
 * Linux process hardening through JNA: the process made non-dumpable, its memory locked
 * ({@code mlockall} with {@code MCL_ONFAULT}), and, when {@code server.seccomp} is on, a seccomp
 * syscall allowlist installed on every thread. A no-op elsewhere.
 */
package io.containment.plugins.hardening.linux;
