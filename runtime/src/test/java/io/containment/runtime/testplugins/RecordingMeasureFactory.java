package io.containment.runtime.testplugins;

import io.containment.api.hardening.HardeningMeasure;
import io.containment.api.hardening.HardeningMeasureFactory;
import io.containment.api.hardening.HardeningOutcome;
import io.containment.api.plugin.ConfigProperty;
import io.containment.api.plugin.PluginConfig;
import io.containment.api.plugin.PluginContext;
import java.util.List;
import org.pf4j.Extension;

/** Test hardening measure {@code test-recorder}: records that it was applied. Runtime tests only. */
@Extension
public class RecordingMeasureFactory implements HardeningMeasureFactory {
    /** The event recorded in {@link StartupOrder} when the measure is applied. */
    public static final String APPLIED = "hardening test-recorder applied";

    @Override
    public String name() {
        return "test-recorder";
    }

    @Override
    public List<ConfigProperty> configProperties() {
        return List.of();
    }

    @Override
    public HardeningMeasure create(PluginConfig config, PluginContext context) {
        return new HardeningMeasure() {
            @Override
            public String name() {
                return "test-recorder";
            }

            @Override
            public HardeningOutcome apply() {
                StartupOrder.record(APPLIED);
                return new HardeningOutcome.Applied("recorded");
            }
        };
    }
}
