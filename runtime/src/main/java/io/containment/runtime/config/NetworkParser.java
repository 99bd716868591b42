package io.containment.runtime.config;

import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Root;
import io.containment.api.consensus.Version;
import io.containment.runtime.network.ForkSchedule;
import io.containment.runtime.network.Network;
import io.helidon.config.Config;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code network}: a built-in name (mainnet, sepolia, hoodi, holesky) or a custom map. */
final class NetworkParser {
    private NetworkParser() {
    }

    static Network parse(Section root) {
        Config node = root.raw("network");
        if (!node.exists()) {
            return Network.mainnet();
        }
        if (node.type() == Config.Type.VALUE) {
            String name = node.asString().get().trim().toLowerCase(Locale.ROOT);
            return Network.builtIn(name).orElseThrow(() -> new ConfigException("network",
                    "unknown network '" + name + "' (built in: mainnet, sepolia, hoodi, holesky; or a custom map)"));
        }
        return custom(root.section("network"));
    }

    private static Network custom(Section section) {
        section.allowOnly(Set.of("name", "genesis_validators_root", "slots_per_epoch", "forks"));
        Root gvr = hex(section, "genesis_validators_root", Root::fromHex);
        int slotsPerEpoch = section.integer("slots_per_epoch", 32, 1, 1 << 20);
        Config forksNode = section.raw("forks");
        if (forksNode.type() != Config.Type.LIST) {
            throw new ConfigException(section.key("forks"), "required: a list of {name, version, epoch}, phase0 first");
        }
        List<ForkSchedule> forks = new ArrayList<>();
        for (Config forkNode : forksNode.asNodeList().get()) {
            Section fork = new Section(forkNode, java.nio.file.Path.of("")).allowOnly(Set.of("name", "version", "epoch"));
            String name = fork.optionalString("name")
                    .orElseThrow(() -> new ConfigException(fork.key("name"), "required")).toLowerCase(Locale.ROOT);
            Version version = hex(fork, "version", Version::fromHex);
            Epoch epoch = parseEpoch(fork);
            forks.add(new ForkSchedule(name, version, epoch));
        }
        try {
            return new Network(section.string("name", "custom"), gvr, forks.isEmpty() ? null : forks.get(0).version(),
                    slotsPerEpoch, forks);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ConfigException(section.key("forks"), String.valueOf(e.getMessage()));
        }
    }

    private static Epoch parseEpoch(Section fork) {
        String text = fork.optionalString("epoch").orElseThrow(() -> new ConfigException(fork.key("epoch"), "required"));
        try {
            return Epoch.parse(text.trim());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(fork.key("epoch"), e.getMessage());
        }
    }

    private static <T> T hex(Section section, String name, java.util.function.Function<String, T> parser) {
        String text = section.optionalString(name).orElseThrow(() -> new ConfigException(section.key(name), "required"));
        try {
            return parser.apply(text.trim());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(section.key(name), e.getMessage());
        }
    }
}
