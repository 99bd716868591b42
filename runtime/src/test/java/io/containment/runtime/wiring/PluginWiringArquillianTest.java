package io.containment.runtime.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.slashing.SlashingStore;
import io.containment.runtime.config.ConfigLoader;
import io.containment.runtime.config.Settings;
import io.containment.runtime.config.SettingsParser;
import io.containment.runtime.http.wire.SignRequestParser;
import io.containment.runtime.auth.Access;
import io.containment.runtime.auth.AccessRequest;
import io.containment.runtime.hardening.HardeningBeans;
import io.containment.runtime.keys.KeyBeans;
import io.containment.runtime.keys.KeyRegistry;
import io.containment.runtime.metrics.MeterBeans;
import io.containment.runtime.metrics.MetricsBeans;
import io.containment.runtime.plugins.PluginBeans;
import io.containment.runtime.seal.SealBeans;
import io.containment.runtime.signing.SigningBeans;
import io.containment.runtime.signing.SigningService;
import io.containment.runtime.signing.SlashingRefusedException;
import io.containment.runtime.testplugins.RawKeySourceFactory;
import io.containment.runtime.testplugins.RecordingMeasureFactory;
import io.containment.runtime.testplugins.StartupOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The CDI wiring alone (Weld embedded, no HTTP): the producers turn the configured factories
 * into beans and the signing pipeline signs and refuses through them.
 */
@ExtendWith(ArquillianExtension.class)
class PluginWiringArquillianTest {
    /** What open mode grants (this test is about wiring, not auth). */
    private static final Access OPEN = new Access() {
        @Override
        public boolean permits(io.containment.runtime.auth.AccessRequest request) {
            return true;
        }

        @Override
        public void require(AccessRequest request) {
        }

        @Override
        public void requireManagementToken(String what) {
        }
    };

    private static final String KEY =
            "0xa99a76ed7796f7be22d5b7e85deeb7c5677e88e511e0b337618f8c4eb61349b4bf2d153f649f7b53359fe8b94a38e44c";
    private static final String GVR = "0x4b363db94e286120d76eb905340fdd4e54bfe9f06bf33ff6cf5ad27f511bfe95";

    @Inject
    KeyRegistry keys;
    @Inject
    SlashingStore slashingStore;
    @Inject
    SigningService signing;

    @Deployment
    static JavaArchive deployment() {
        return ShrinkWrap.create(JavaArchive.class)
                .addClasses(PluginBeans.class, KeyBeans.class, SigningBeans.class, HardeningBeans.class, SealBeans.class,
                        MetricsBeans.class, MeterBeans.class, TestSettings.class)
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml");
    }

    /** Settings from the runtime test YAML, standing in for the MP-config-based producer. */
    @ApplicationScoped
    public static class TestSettings {
        @Produces
        @Singleton
        Settings settings() {
            Optional<Path> file = Optional.of(Path.of("src/test/resources/http/signer-test.yaml"));
            return SettingsParser.parse(ConfigLoader.load(file, Map.of("data_dir", "target/wiring-test-data"), Map.of()),
                    file, Path.of("."));
        }
    }

    @Test
    void producersCreateTheConfiguredPluginInstances() {
        assertThat(keys.size()).isEqualTo(5);
        assertThat(keys.find(BlsPublicKey.fromHex(KEY))).isPresent();
        assertThat(slashingStore.health().detail()).isEqualTo("in memory");
    }

    /** Nothing here asks for the hardening report: only the key sources' producer does. */
    @Test
    void hardeningMeasuresAreAppliedBeforeAnyKeySourceIsCreated() {
        assertThat(keys.size()).isEqualTo(5);
        assertThat(StartupOrder.events()).contains(RecordingMeasureFactory.APPLIED, RawKeySourceFactory.CREATED);
        assertThat(StartupOrder.events().indexOf(RecordingMeasureFactory.APPLIED))
                .isLessThan(StartupOrder.events().indexOf(RawKeySourceFactory.CREATED));
    }

    @Test
    void theInjectedPipelineSignsOnceAndRefusesAConflictingBlock() {
        SignRequestParser parser = new SignRequestParser();
        String block = """
                {"type":"BLOCK_V2","fork_info":{"fork":{"previous_version":"0x04000000","current_version":"0x05000000",
                "epoch":"364032"},"genesis_validators_root":"%s"},"beacon_block":{"version":"ELECTRA","block_header":{
                "slot":"12000000","proposer_index":"1","parent_root":"0x%s","state_root":"0x%s","body_root":"0x%s"}}}""";
        var first = parser.parse(block.formatted(GVR, "11".repeat(32), "22".repeat(32), "33".repeat(32)).getBytes(StandardCharsets.UTF_8));
        var second = parser.parse(block.formatted(GVR, "44".repeat(32), "22".repeat(32), "33".repeat(32)).getBytes(StandardCharsets.UTF_8));
        assertThat(signing.sign(OPEN, BlsPublicKey.fromHex(KEY), first).bytes()).hasSize(96);
        assertThatThrownBy(() -> signing.sign(OPEN, BlsPublicKey.fromHex(KEY), second))
                .isInstanceOf(SlashingRefusedException.class).hasMessageContaining("double proposal");
    }
}
