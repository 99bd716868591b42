package io.containment.runtime.slashing;

import io.containment.api.plugin.ConfigProperty;
import io.containment.api.plugin.PluginConfig;
import io.containment.api.plugin.PluginConfigException;
import io.containment.api.plugin.PluginContext;
import io.containment.api.slashing.SlashingStore;
import io.containment.api.slashing.SlashingStoreFactory;
import java.lang.System.Logger.Level;
import java.util.List;
import org.pf4j.Extension;

/**
 * {@code anti_slashing.backend: noop} — no slashing protection at all, built into the runtime for
 * test networks. Refuses to start unless {@code anti_slashing.i_understand_no_protection: true},
 * and warns loudly at every start when it does.
 */
@Extension
public class NoopSlashingStoreFactory implements SlashingStoreFactory {
    /** The key that must be {@code true}. */
    public static final String CONSENT = "i_understand_no_protection";
    private static final System.Logger LOG = System.getLogger(NoopSlashingStoreFactory.class.getName());

    @Override
    public String name() {
        return "noop";
    }

    @Override
    public List<ConfigProperty> configProperties() {
        return List.of(ConfigProperty.withDefault(CONSENT, ConfigProperty.Type.BOOLEAN, "false",
                "must be true: this backend signs slashable messages"));
    }

    @Override
    public SlashingStore create(PluginConfig config, PluginContext context) {
        if (!config.bool(CONSENT).orElse(false)) {
            throw new PluginConfigException(config.fullKey(CONSENT), "the noop backend provides NO slashing protection "
                    + "and signs slashable messages; set it to true only for test networks, or pick sqlite");
        }
        LOG.log(Level.WARNING, "SLASHING PROTECTION IS DISABLED (anti_slashing.backend: noop): this signer will sign "
                + "double proposals and surround votes; never use it with keys that hold real stake");
        return new NoopSlashingStore(context.genesisValidatorsRoot());
    }
}
