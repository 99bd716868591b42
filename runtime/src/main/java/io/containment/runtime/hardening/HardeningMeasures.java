package io.containment.runtime.hardening;

import io.containment.api.hardening.HardeningMeasure;
import io.containment.api.hardening.HardeningMeasureFactory;
import io.containment.api.hardening.HardeningOutcome;
import io.containment.api.plugin.ConfigProperty;
import io.containment.api.plugin.PluginConfig;
import io.containment.api.plugin.PluginConfigException;
import io.containment.api.plugin.PluginContext;
import io.containment.runtime.config.Settings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Creates and applies every hardening measure, in the plugin host's order (PF4J sorts extensions
 * by their {@code ordinal}). Each factory receives a {@code server} section holding the hardening
 * keys it declares ({@code server.seccomp}). A measure that throws counts as failed: hardening
 * never stops the signer, except for a configuration error, which does (exit 2).
 */
public final class HardeningMeasures {
    /** The section hardening factories read their keys from. */
    static final String SECTION = "server";

    private HardeningMeasures() {
    }

    /**
     * @throws PluginConfigException naming the key when a factory refuses its configuration
     */
    public static HardeningReport apply(Map<String, HardeningMeasureFactory> factories, Settings.Hardening settings,
                                        Path baseDirectory, PluginContext context) {
        List<HardeningReport.Result> results = new ArrayList<>();
        for (HardeningMeasureFactory factory : factories.values()) {
            PluginConfig config = PluginConfig.of(SECTION, declaredValues(factory, settings), factory.configProperties(),
                    baseDirectory);
            results.add(applyOne(factory, config, context));
        }
        HardeningReport report = new HardeningReport(results);
        HardeningLog.log(report, settings, factories);
        return report;
    }

    private static Map<String, Object> declaredValues(HardeningMeasureFactory factory, Settings.Hardening settings) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (ConfigProperty property : factory.configProperties()) {
            Object value = settings.pluginValues().get(property.name());
            if (value != null) {
                values.put(property.name(), value);
            }
        }
        return values;
    }

    private static HardeningReport.Result applyOne(HardeningMeasureFactory factory, PluginConfig config,
                                                   PluginContext context) {
        try {
            HardeningMeasure measure = factory.create(config, context);
            return new HardeningReport.Result(measure.name(), measure.apply());
        } catch (PluginConfigException e) {
            throw e;
        } catch (RuntimeException | LinkageError e) {
            return new HardeningReport.Result(factory.name(), new HardeningOutcome.Failed("the measure threw "
                    + e.getClass().getName() + ": " + e.getMessage() + "; fix: report this to the plugin's authors"));
        }
    }
}
