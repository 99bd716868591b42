package io.containment.plugins.hardening.linux;

import java.util.Locale;
import java.util.Optional;

/** Where we run: whether the measures apply at all, and which syscall table the filter needs. */
record HostPlatform(String osName, String osArch) {
    /** The running JVM's platform. */
    static HostPlatform current() {
        return new HostPlatform(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    }

    boolean isLinux() {
        return osName.toLowerCase(Locale.ROOT).startsWith("linux");
    }

    /** The architecture, if the filter has a syscall table for it. */
    Optional<Architecture> architecture() {
        return switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64" -> Optional.of(Architecture.X86_64);
            case "aarch64", "arm64" -> Optional.of(Architecture.AARCH64);
            default -> Optional.empty();
        };
    }

    /** The reason every measure gives off Linux. */
    String notLinux() {
        return "not Linux (" + osName + "): process hardening is Linux only";
    }
}
