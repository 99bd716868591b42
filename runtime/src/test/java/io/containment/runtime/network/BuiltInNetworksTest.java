package io.containment.runtime.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Root;
import io.containment.api.consensus.Version;
import io.containment.runtime.signing.root.ConsensusSigning;
import io.containment.runtime.signing.root.DomainType;
import io.containment.runtime.signing.root.SigningVectors;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The built-in networks against networks.json: constants, fork schedule, derived fork-data roots and domains. */
class BuiltInNetworksTest {

    static List<JsonObject> networks() {
        return SigningVectors.networks().getJsonArray("networks").stream().map(JsonValue::asJsonObject).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void holdsTheGenesisConstantsOfTheNetwork(JsonObject json) {
        Network network = builtIn(json);

        assertThat(network.name()).isEqualTo(json.getString("name"));
        assertThat(network.genesisValidatorsRoot()).isEqualTo(Root.fromHex(json.getString("genesis_validators_root")));
        assertThat(network.genesisForkVersion()).isEqualTo(Version.fromHex(json.getString("genesis_fork_version")));
        assertThat(network.slotsPerEpoch()).isEqualTo(json.getInt("slots_per_epoch"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void schedulesEveryForkAtItsVersionAndUnsignedEpoch(JsonObject json) {
        Network network = builtIn(json);

        for (JsonValue value : json.getJsonArray("forks")) {
            JsonObject fork = value.asJsonObject();
            if (isProvisional(json, fork)) {
                continue;
            }
            ForkSchedule scheduled = network.fork(fork.getString("fork")).orElseThrow();
            assertThat(scheduled.version()).isEqualTo(Version.fromHex(fork.getString("version")));
            assertThat(Long.toUnsignedString(scheduled.epoch().value()))
                    .isEqualTo(fork.getJsonNumber("epoch").bigIntegerValueExact().toString());
            String configKey = fork.getString("fork").toUpperCase(Locale.ROOT) + "_FORK_EPOCH";
            if (json.containsKey(configKey)) {
                assertThat(scheduled.epoch().toString()).isEqualTo(json.getJsonNumber(configKey).toString());
            }
        }
        assertThat(network.forks()).hasSize(json.getJsonArray("forks").size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void computesTheDerivedForkDataRootOfEveryFork(JsonObject json) {
        Network network = builtIn(json);

        for (JsonValue value : json.getJsonArray("forks")) {
            JsonObject fork = value.asJsonObject();
            Version version = network.fork(fork.getString("fork")).orElseThrow().version();
            assertThat(ConsensusSigning.computeForkDataRoot(version, network.genesisValidatorsRoot()).toHex())
                    .as(fork.getString("fork"))
                    .isEqualTo(fork.getString("derived_fork_data_root"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void computesTheDerivedDepositAndBuilderDomains(JsonObject json) {
        Network network = builtIn(json);

        assertThat(ConsensusSigning.computeDomain(DomainType.DEPOSIT, network.genesisForkVersion(), Root.zero())
                .toHex()).isEqualTo(json.getString("derived_deposit_domain"));
        assertThat(ConsensusSigning.computeDomain(DomainType.APPLICATION_BUILDER, network.genesisForkVersion(),
                Root.zero()).toHex()).isEqualTo(json.getString("derived_builder_domain"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void findsTheForkInForceAtAnEpoch(JsonObject json) {
        Network network = builtIn(json);

        assertThat(network.forkAt(new Epoch(0)).name()).isEqualTo(lastForkAtEpochZero(json));
        assertThat(network.forkAt(Epoch.FAR_FUTURE).name()).isEqualTo("gloas");
    }

    /** networks.json flags Sepolia's Gloas epoch as provisional: "do not assert on it". */
    private static boolean isProvisional(JsonObject network, JsonObject fork) {
        return network.getString("name").equals("sepolia") && fork.getString("fork").equals("gloas");
    }

    private static String lastForkAtEpochZero(JsonObject json) {
        String name = "phase0";
        for (JsonValue value : json.getJsonArray("forks")) {
            if (value.asJsonObject().getJsonNumber("epoch").bigIntegerValueExact().signum() == 0) {
                name = value.asJsonObject().getString("fork");
            }
        }
        return name;
    }

    private static Network builtIn(JsonObject json) {
        return Network.builtIn(json.getString("name")).orElseThrow();
    }
}
