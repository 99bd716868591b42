package io.containment.runtime.network;

import io.containment.api.consensus.Version;
import java.util.List;

/** The consistency rules a fork schedule must meet before a {@link Network} is built on it. */
final class ForkScheduleRules {
    private ForkScheduleRules() {
    }

    /** Throws IllegalArgumentException naming the first rule {@code forks} breaks. */
    static void check(Version genesisForkVersion, List<ForkSchedule> forks) {
        if (forks.isEmpty()) {
            throw new IllegalArgumentException("forks must list at least phase0");
        }
        ForkSchedule first = forks.get(0);
        if (!first.name().equals("phase0") || first.epoch().value() != 0) {
            throw new IllegalArgumentException("the first fork must be phase0 at epoch 0");
        }
        if (!first.version().equals(genesisForkVersion)) {
            throw new IllegalArgumentException("phase0's version " + first.version()
                    + " must equal the genesis fork version " + genesisForkVersion);
        }
        for (int i = 1; i < forks.size(); i++) {
            ForkSchedule previous = forks.get(i - 1);
            ForkSchedule fork = forks.get(i);
            if (fork.ordinal() <= previous.ordinal()) {
                throw new IllegalArgumentException("fork " + fork.name() + " must not follow " + previous.name()
                        + " (forks are listed once each, in the order " + ForkSchedule.FORK_NAMES + ")");
            }
            if (fork.epoch().isBefore(previous.epoch())) {
                throw new IllegalArgumentException("fork " + fork.name() + " at epoch " + fork.epoch()
                        + " must not activate before " + previous.name() + " at epoch " + previous.epoch());
            }
        }
        requireScheduledWith(forks, "deneb", "capella");
    }

    /** EIP-7044 signs exits with Capella's version from Deneb on, so a schedule listing Deneb must list Capella. */
    private static void requireScheduledWith(List<ForkSchedule> forks, String later, String earlier) {
        boolean hasLater = forks.stream().anyMatch(fork -> fork.name().equals(later));
        boolean hasEarlier = forks.stream().anyMatch(fork -> fork.name().equals(earlier));
        if (hasLater && !hasEarlier) {
            throw new IllegalArgumentException("fork " + later + " is listed, so " + earlier + " must be listed too");
        }
    }
}
