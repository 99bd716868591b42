package io.containment.runtime.slashing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Root;
import io.containment.api.consensus.Slot;
import io.containment.api.contract.TestPluginContext;
import io.containment.api.plugin.PluginConfig;
import io.containment.api.plugin.PluginConfigException;
import io.containment.api.slashing.BlockProposal;
import io.containment.api.slashing.SlashingStore;
import io.containment.api.slashing.SlashingStoreFactory;
import io.containment.api.slashing.SlashingVerdict;
import io.containment.runtime.plugins.PluginHost;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoopSlashingStoreFactoryTest {
    private static final BlsPublicKey KEY = BlsPublicKey.fromHex(
            "0xa99a76ed7796f7be22d5b7e85deeb7c5677e88e511e0b337618f8c4eb61349b4bf2d153f649f7b53359fe8b94a38e44c");
    private final NoopSlashingStoreFactory factory = new NoopSlashingStoreFactory();

    @TempDir
    Path dir;

    private PluginConfig config(Map<String, Object> values) {
        return PluginConfig.of("anti_slashing", values, factory.configProperties(), dir);
    }

    @Test
    void isFoundAsABuiltInSlashingStore() {
        try (PluginHost host = PluginHost.start(dir.resolve("no-plugins"))) {
            assertThat(host.factories(SlashingStoreFactory.class)).containsKey("noop");
        }
    }

    @Test
    void refusesToStartWithoutExplicitConsent() {
        assertThatThrownBy(() -> factory.create(config(Map.of()), new TestPluginContext(dir)))
                .isInstanceOf(PluginConfigException.class)
                .hasMessageStartingWith("anti_slashing.i_understand_no_protection:");
    }

    @Test
    void withConsentItJudgesEvenADoubleProposalSafe() {
        SlashingStore store = factory.create(config(Map.of("i_understand_no_protection", "true")), new TestPluginContext(dir));
        Slot slot = new Slot(5);
        assertThat(store.checkAndRecord(new BlockProposal(KEY, slot, Root.zero()))).isInstanceOf(SlashingVerdict.Valid.class);
        assertThat(store.checkAndRecord(new BlockProposal(KEY, slot, Root.fromHex("0x" + "01".repeat(32)))))
                .isInstanceOf(SlashingVerdict.Valid.class);
        assertThat(store.health().detail()).contains("NO slashing protection");
    }
}
