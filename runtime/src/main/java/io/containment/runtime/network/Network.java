package io.containment.runtime.network;

import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Root;
import io.containment.api.consensus.Version;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A consensus network: its genesis constants and fork schedule. Forks not listed never activate.
 *
 * @param name the network's name, e.g. {@code mainnet}
 * @param genesisForkVersion GENESIS_FORK_VERSION, equal to the version of the first fork (phase0)
 * @param slotsPerEpoch SLOTS_PER_EPOCH (32 on mainnet-preset networks, 8 on minimal ones)
 * @param forks the scheduled forks: phase0 at epoch 0 first, then in spec order with non-decreasing epochs
 */
public record Network(String name, Root genesisValidatorsRoot, Version genesisForkVersion, int slotsPerEpoch,
                      List<ForkSchedule> forks) {
    public Network {
        Objects.requireNonNull(name, "network name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("network name must not be blank");
        }
        Objects.requireNonNull(genesisValidatorsRoot, "genesis_validators_root");
        Objects.requireNonNull(genesisForkVersion, "genesis_fork_version");
        if (slotsPerEpoch < 1) {
            throw new IllegalArgumentException("slots_per_epoch must be positive, got " + slotsPerEpoch);
        }
        forks = List.copyOf(Objects.requireNonNull(forks, "forks"));
        ForkScheduleRules.check(genesisForkVersion, forks);
    }

    /** The fork of this name (case-insensitive), if the network schedules it. */
    public Optional<ForkSchedule> fork(String forkName) {
        String wanted = Objects.requireNonNull(forkName, "fork name").toLowerCase(Locale.ROOT);
        return forks.stream().filter(fork -> fork.name().equals(wanted)).findFirst();
    }

    /** The activation epoch of the named fork; {@link Epoch#FAR_FUTURE} when it is not listed. */
    public Epoch forkEpoch(String forkName) {
        return fork(forkName).map(ForkSchedule::epoch).orElse(Epoch.FAR_FUTURE);
    }

    /** The fork in force at {@code epoch}: the last listed fork whose epoch is at or before it. */
    public ForkSchedule forkAt(Epoch epoch) {
        ForkSchedule active = forks.get(0);
        for (ForkSchedule fork : forks) {
            if (!epoch.isBefore(fork.epoch())) {
                active = fork;
            }
        }
        return active;
    }

    /** Ethereum mainnet. */
    public static Network mainnet() {
        return BuiltInNetworks.MAINNET;
    }

    /** The Sepolia testnet. */
    public static Network sepolia() {
        return BuiltInNetworks.SEPOLIA;
    }

    /** The Hoodi testnet. */
    public static Network hoodi() {
        return BuiltInNetworks.HOODI;
    }

    /** The Holesky testnet (deprecated; kept for signing on it while it lives). */
    public static Network holesky() {
        return BuiltInNetworks.HOLESKY;
    }

    /** The built-in network of this name (case-insensitive): mainnet, sepolia, hoodi or holesky. */
    public static Optional<Network> builtIn(String networkName) {
        return BuiltInNetworks.ALL.stream()
                .filter(network -> network.name().equalsIgnoreCase(networkName))
                .findFirst();
    }

    /** The names of the built-in networks. */
    public static List<String> builtInNames() {
        return BuiltInNetworks.ALL.stream().map(Network::name).toList();
    }
}
