package io.containment.runtime.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Root;
import io.containment.api.consensus.Version;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Custom networks: what the compact constructor accepts and refuses, and the lookups. */
class NetworkTest {
    private static final Root ROOT = Root.fromHex("0x" + "ab".repeat(32));
    private static final Version GENESIS = Version.fromHex("0x00000001");

    @Test
    void buildsAMinimalPresetDevnetWithUnlistedForksNeverActivating() {
        Network devnet = devnet(8, fork("phase0", "0x00000001", 0), fork("altair", "0x01000001", 0),
                fork("capella", "0x03000001", 2));

        assertThat(devnet.fork("CAPELLA")).map(ForkSchedule::epoch).contains(new Epoch(2));
        assertThat(devnet.fork("deneb")).isEmpty();
        assertThat(devnet.forkEpoch("deneb")).isEqualTo(Epoch.FAR_FUTURE);
        assertThat(devnet.forkAt(new Epoch(1)).name()).isEqualTo("altair");
        assertThat(devnet.forkAt(new Epoch(2)).name()).isEqualTo("capella");
        assertThat(devnet.forkAt(Epoch.FAR_FUTURE).name()).isEqualTo("capella");
    }

    @Test
    void treatsTheFarFutureEpochAsTheLargestEpoch() {
        Network network = devnet(32, fork("phase0", "0x00000001", 0), fork("altair", "0x01000001", 10),
                new ForkSchedule("bellatrix", Version.fromHex("0x02000001"), Epoch.FAR_FUTURE));

        assertThat(network.forkAt(new Epoch(Long.MAX_VALUE)).name()).isEqualTo("altair");
        assertThat(network.forkAt(new Epoch(Long.MIN_VALUE)).name()).isEqualTo("altair");
        assertThat(network.forkAt(Epoch.FAR_FUTURE).name()).isEqualTo("bellatrix");
    }

    @Test
    void refusesAScheduleThatDoesNotStartWithPhase0AtEpochZero() {
        assertThatThrownBy(() -> devnet(32, fork("altair", "0x01000001", 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("phase0 at epoch 0");
        assertThatThrownBy(() -> devnet(32, fork("phase0", "0x00000001", 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("phase0 at epoch 0");
        assertThatThrownBy(() -> devnet(32))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least phase0");
    }

    @Test
    void refusesAPhase0VersionOtherThanTheGenesisForkVersion() {
        assertThatThrownBy(() -> devnet(32, fork("phase0", "0x00000002", 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("genesis fork version");
    }

    @Test
    void refusesEpochsThatGoBackwards() {
        assertThatThrownBy(() -> devnet(32, fork("phase0", "0x00000001", 0), fork("altair", "0x01000001", 10),
                fork("bellatrix", "0x02000001", 9)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not activate before altair");
    }

    @Test
    void refusesForksOutOfOrderOrRepeated() {
        assertThatThrownBy(() -> devnet(32, fork("phase0", "0x00000001", 0), fork("bellatrix", "0x02000001", 1),
                fork("altair", "0x01000001", 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("altair must not follow bellatrix");
        assertThatThrownBy(() -> devnet(32, fork("phase0", "0x00000001", 0), fork("altair", "0x01000001", 1),
                fork("altair", "0x01000002", 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("altair must not follow altair");
    }

    @Test
    void refusesUnknownForkNames() {
        assertThatThrownBy(() -> fork("Altair", "0x01000001", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown fork name 'Altair'");
        assertThatThrownBy(() -> fork("x".repeat(500), "0x01000001", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("x".repeat(30));
    }

    @Test
    void refusesDenebWithoutCapellaBecauseExitsFromDenebOnSignWithCapellasVersion() {
        assertThatThrownBy(() -> devnet(32, fork("phase0", "0x00000001", 0), fork("deneb", "0x04000001", 5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("capella must be listed");
    }

    @Test
    void refusesNonPositiveSlotsPerEpochAndBlankNames() {
        assertThatThrownBy(() -> devnet(0, fork("phase0", "0x00000001", 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("slots_per_epoch");
        assertThatThrownBy(() -> new Network(" ", ROOT, GENESIS, 32, List.of(fork("phase0", "0x00000001", 0))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
    }

    @Test
    void copiesTheForkList() {
        List<ForkSchedule> forks = new java.util.ArrayList<>(List.of(fork("phase0", "0x00000001", 0)));
        Network network = new Network("devnet", ROOT, GENESIS, 32, forks);
        forks.add(fork("altair", "0x01000001", 1));

        assertThat(network.forks()).hasSize(1);
        assertThatThrownBy(() -> network.forks().add(fork("altair", "0x01000001", 1)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void findsBuiltInNetworksByNameIgnoringCase() {
        assertThat(Network.builtIn("MainNet")).contains(Network.mainnet());
        assertThat(Network.builtIn("goerli")).isEmpty();
        assertThat(Network.builtInNames()).containsExactly("mainnet", "sepolia", "hoodi", "holesky");
        assertThat(List.of(Network.sepolia(), Network.hoodi(), Network.holesky())).extracting(Network::name)
                .containsExactly("sepolia", "hoodi", "holesky");
    }

    private static Network devnet(int slotsPerEpoch, ForkSchedule... forks) {
        return new Network("devnet", ROOT, GENESIS, slotsPerEpoch, List.of(forks));
    }

    private static ForkSchedule fork(String name, String version, long epoch) {
        return new ForkSchedule(name, Version.fromHex(version), new Epoch(epoch));
    }
}
