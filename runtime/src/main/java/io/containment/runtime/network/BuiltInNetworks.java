package io.containment.runtime.network;

import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Root;
import io.containment.api.consensus.Version;
import java.util.ArrayList;
import java.util.List;

/**
 * The public networks we know by name. Values from {@code testdata/networks/networks.json}: mainnet from
 * ethereum/consensus-specs configs/mainnet.yaml, the testnets from their eth-clients / Lighthouse configs.
 */
final class BuiltInNetworks {
    private static final String FAR_FUTURE = "18446744073709551615";

    static final Network MAINNET = network("mainnet",
            "0x4b363db94e286120d76eb905340fdd4e54bfe9f06bf33ff6cf5ad27f511bfe95",
            "0x00000000", "0",
            "0x01000000", "74240",
            "0x02000000", "144896",
            "0x03000000", "194048",
            "0x04000000", "269568",
            "0x05000000", "364032",
            "0x06000000", "411392",
            "0x07000000", FAR_FUTURE);

    /** Sepolia's Gloas epoch is provisional: eth-clients/sepolia schedules it, Lighthouse and Teku do not yet. */
    static final Network SEPOLIA = network("sepolia",
            "0xd8ea171f3c94aea21ebc42a1ed61052acf3f9209c00e4efbaaddac09ed9b8078",
            "0x90000069", "0",
            "0x90000070", "50",
            "0x90000071", "100",
            "0x90000072", "56832",
            "0x90000073", "132608",
            "0x90000074", "222464",
            "0x90000075", "272640",
            "0x90000076", "353024");

    static final Network HOODI = network("hoodi",
            "0x212f13fc4df078b6cb7db228f1c8307566dcecf900867401a92023d7ba99cb5f",
            "0x10000910", "0",
            "0x20000910", "0",
            "0x30000910", "0",
            "0x40000910", "0",
            "0x50000910", "0",
            "0x60000910", "2048",
            "0x70000910", "50688",
            "0x80000910", FAR_FUTURE);

    static final Network HOLESKY = network("holesky",
            "0x9143aa7c615a7f7115e2b6aac319c03529df8242ae705fba9df39b79c59fa8b1",
            "0x01017000", "0",
            "0x02017000", "0",
            "0x03017000", "0",
            "0x04017000", "256",
            "0x05017000", "29696",
            "0x06017000", "115968",
            "0x07017000", "165120",
            "0x08017000", FAR_FUTURE);

    static final List<Network> ALL = List.of(MAINNET, SEPOLIA, HOODI, HOLESKY);

    private BuiltInNetworks() {
    }

    /** A mainnet-preset network; {@code versionsAndEpochs} alternate version and epoch, phase0 onwards. */
    private static Network network(String name, String genesisValidatorsRoot, String... versionsAndEpochs) {
        List<ForkSchedule> forks = new ArrayList<>();
        for (int i = 0; i < versionsAndEpochs.length; i += 2) {
            forks.add(new ForkSchedule(ForkSchedule.FORK_NAMES.get(i / 2),
                    Version.fromHex(versionsAndEpochs[i]), Epoch.parse(versionsAndEpochs[i + 1])));
        }
        return new Network(name, Root.fromHex(genesisValidatorsRoot), forks.get(0).version(), 32, forks);
    }
}
