package io.containment.runtime.signing.root;

import static org.assertj.core.api.Assertions.assertThat;

import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Fork;
import io.containment.api.consensus.ForkInfo;
import io.containment.api.consensus.Hex;
import io.containment.api.consensus.Root;
import io.containment.api.consensus.Version;
import io.containment.runtime.http.wire.VoluntaryExitSignRequest;
import io.containment.runtime.network.ForkSchedule;
import io.containment.runtime.network.Network;
import io.containment.runtime.ssz.VoluntaryExit;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * EIP-7044: from Deneb on, exits are verified with CAPELLA_FORK_VERSION. The expected roots are built here by
 * hand with SHA-256 from networks.json, not with the code under test.
 */
class VoluntaryExitDomainTest {
    private static final JsonObject MAINNET_JSON = network("mainnet");
    private static final String GENESIS_VALIDATORS_ROOT = MAINNET_JSON.getString("genesis_validators_root");
    private static final long DENEB = MAINNET_JSON.getJsonNumber("DENEB_FORK_EPOCH").longValueExact();
    private static final long CAPELLA = MAINNET_JSON.getJsonNumber("CAPELLA_FORK_EPOCH").longValueExact();
    private static final long ELECTRA = MAINNET_JSON.getJsonNumber("ELECTRA_FORK_EPOCH").longValueExact();

    private final SigningRootCalculator calculator = new SigningRootCalculator();

    @Test
    void anOldExitSignedWhileTheClientIsOnDenebUsesCapellasVersion() {
        Root root = signingRoot(1000, "DENEB", "CAPELLA", DENEB, Network.mainnet());

        assertThat(root).isEqualTo(expected(1000, "CAPELLA_FORK_VERSION"));
    }

    @Test
    void anOldExitSignedWhileTheClientIsOnElectraUsesCapellasVersion() {
        Root root = signingRoot(CAPELLA + 5, "ELECTRA", "DENEB", ELECTRA, Network.mainnet());

        assertThat(root).isEqualTo(expected(CAPELLA + 5, "CAPELLA_FORK_VERSION"));
    }

    @Test
    void aFutureExitSignedBeforeDenebUsesCapellasVersionOnceItsEpochReachesDeneb() {
        Root root = signingRoot(DENEB + 10, "CAPELLA", "BELLATRIX", CAPELLA, Network.mainnet());

        assertThat(root).isEqualTo(expected(DENEB + 10, "CAPELLA_FORK_VERSION"));
    }

    @Test
    void anExitAtExactlyTheDenebEpochUsesCapellasVersion() {
        Root root = signingRoot(DENEB, "CAPELLA", "BELLATRIX", CAPELLA, Network.mainnet());

        assertThat(root).isEqualTo(expected(DENEB, "CAPELLA_FORK_VERSION"));
    }

    @Test
    void anExitBeforeDenebSignedBeforeDenebUsesTheForkVersionAtItsEpoch() {
        Root beforeCapella = signingRoot(CAPELLA - 1, "CAPELLA", "BELLATRIX", CAPELLA, Network.mainnet());
        Root atCapella = signingRoot(CAPELLA, "CAPELLA", "BELLATRIX", CAPELLA, Network.mainnet());

        assertThat(beforeCapella).isEqualTo(expected(CAPELLA - 1, "BELLATRIX_FORK_VERSION"));
        assertThat(atCapella).isEqualTo(expected(CAPELLA, "CAPELLA_FORK_VERSION"));
    }

    @Test
    void aNetworkWithoutDenebSignsExitsWithTheForkVersionAtTheirEpoch() {
        Version bellatrix = version("BELLATRIX_FORK_VERSION");
        Network noDeneb = new Network("devnet", Root.fromHex(GENESIS_VALIDATORS_ROOT), version("genesis_fork_version"),
                32, List.of(new ForkSchedule("phase0", version("genesis_fork_version"), new Epoch(0)),
                        new ForkSchedule("bellatrix", bellatrix, new Epoch(0))));
        VoluntaryExitSignRequest request = exit(DENEB + 10, version("BELLATRIX_FORK_VERSION"), bellatrix, 0);

        assertThat(calculator.signingRoot(request, noDeneb)).isEqualTo(expected(DENEB + 10, "BELLATRIX_FORK_VERSION"));
    }

    @Test
    void theExitDomainFromDenebOnMatchesTheDerivedDomainOfEveryNetwork() {
        for (JsonValue value : SigningVectors.networks().getJsonArray("networks")) {
            JsonObject json = value.asJsonObject();
            Network network = Network.builtIn(json.getString("name")).orElseThrow();
            Version capella = network.fork("capella").orElseThrow().version();

            assertThat(ConsensusSigning.computeDomain(DomainType.VOLUNTARY_EXIT, capella,
                    network.genesisValidatorsRoot()).toHex())
                    .isEqualTo(json.getString("derived_voluntary_exit_domain_deneb_onwards"));
        }
    }

    private Root signingRoot(long exitEpoch, String currentFork, String previousFork, long forkEpoch, Network network) {
        return calculator.signingRoot(exit(exitEpoch, version(previousFork + "_FORK_VERSION"),
                version(currentFork + "_FORK_VERSION"), forkEpoch), network);
    }

    private static VoluntaryExitSignRequest exit(long exitEpoch, Version previous, Version current, long forkEpoch) {
        ForkInfo forkInfo = new ForkInfo(new Fork(previous, current, new Epoch(forkEpoch)),
                Root.fromHex(GENESIS_VALIDATORS_ROOT));
        return new VoluntaryExitSignRequest(Optional.of(forkInfo), Optional.empty(),
                new VoluntaryExit(new Epoch(exitEpoch), 42));
    }

    /** sha256(hash_tree_root(VoluntaryExit(epoch, 42)) ‖ domain), every step written out. */
    private static Root expected(long exitEpoch, String versionField) throws AssertionError {
        byte[] gvr = Hex.decode(GENESIS_VALIDATORS_ROOT);
        byte[] forkData = new byte[64];
        System.arraycopy(Hex.decode(MAINNET_JSON.getString(versionField)), 0, forkData, 0, 4);
        System.arraycopy(gvr, 0, forkData, 32, 32);
        byte[] forkDataRoot = sha256(forkData);
        byte[] domain = new byte[32];
        domain[0] = 0x04;
        System.arraycopy(forkDataRoot, 0, domain, 4, 28);
        byte[] exitChunks = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN)
                .putLong(0, exitEpoch).putLong(32, 42).array();
        byte[] signingData = new byte[64];
        System.arraycopy(sha256(exitChunks), 0, signingData, 0, 32);
        System.arraycopy(domain, 0, signingData, 32, 32);
        return new Root(sha256(signingData));
    }

    private static Version version(String field) {
        return Version.fromHex(MAINNET_JSON.getString(field));
    }

    private static JsonObject network(String name) {
        return SigningVectors.networks().getJsonArray("networks").stream()
                .map(JsonValue::asJsonObject)
                .filter(json -> json.getString("name").equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
