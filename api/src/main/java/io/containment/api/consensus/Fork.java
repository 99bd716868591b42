package io.containment.api.consensus;

import java.util.Objects;

/** The {@code Fork} container: the versions either side of the fork and its epoch. */
public record Fork(Version previousVersion, Version currentVersion, Epoch epoch) {
    public Fork {
        Objects.requireNonNull(previousVersion, "previous_version");
        Objects.requireNonNull(currentVersion, "current_version");
        Objects.requireNonNull(epoch, "epoch");
    }

    /** The version in force at {@code messageEpoch}: previous before the fork epoch, current from it. */
    public Version versionAt(Epoch messageEpoch) {
        return messageEpoch.isBefore(epoch) ? previousVersion : currentVersion;
    }
}
