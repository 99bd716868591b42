package io.containment.runtime.network;

import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Version;
import java.util.List;
import java.util.Objects;

/**
 * One scheduled fork of a network: its spec name, its fork version and its activation epoch.
 *
 * @param name the fork's lower-case spec name, one of {@link #FORK_NAMES}
 * @param epoch the activation epoch; {@link Epoch#FAR_FUTURE} when announced but not scheduled
 */
public record ForkSchedule(String name, Version version, Epoch epoch) {
    /** The forks of the consensus specs, in activation order. */
    public static final List<String> FORK_NAMES =
            List.of("phase0", "altair", "bellatrix", "capella", "deneb", "electra", "fulu", "gloas");

    public ForkSchedule {
        Objects.requireNonNull(name, "fork name");
        if (!FORK_NAMES.contains(name)) {
            throw new IllegalArgumentException(
                    "unknown fork name '" + shorten(name) + "', expected one of " + FORK_NAMES);
        }
        Objects.requireNonNull(version, "version of fork " + name);
        Objects.requireNonNull(epoch, "epoch of fork " + name);
    }

    /** The position of this fork in {@link #FORK_NAMES}. */
    public int ordinal() {
        return FORK_NAMES.indexOf(name);
    }

    private static String shorten(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }
}
