package io.containment.runtime.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.api.consensus.Root;
import io.containment.api.hardening.HardeningMeasure;
import io.containment.api.hardening.HardeningMeasureFactory;
import io.containment.api.hardening.HardeningOutcome;
import io.containment.api.plugin.ConfigProperty;
import io.containment.api.plugin.PluginConfig;
import io.containment.api.plugin.PluginConfigException;
import io.containment.api.plugin.PluginContext;
import io.containment.api.plugin.PluginMetrics;
import io.containment.runtime.bls.BlstSecretKeys;
import io.containment.runtime.config.Settings;
import io.containment.runtime.plugins.RuntimePluginContext;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class HardeningMeasuresTest {
    private static final PluginContext CONTEXT = new RuntimePluginContext(Clock.systemUTC(), Path.of("target"),
            Root.fromHex("0x" + "00".repeat(32)), new BlstSecretKeys(), PluginMetrics.none());
    private static final ConfigProperty SECCOMP = ConfigProperty.withDefault("seccomp", ConfigProperty.Type.BOOLEAN,
            "false", "filter");

    /** A factory whose measure answers what {@code outcome} makes of the config it received. */
    private record Factory(String name, List<ConfigProperty> configProperties,
                           Function<PluginConfig, HardeningOutcome> outcome, List<String> applied)
            implements HardeningMeasureFactory {
        @Override
        public HardeningMeasure create(PluginConfig config, PluginContext context) {
            return new HardeningMeasure() {
                @Override
                public String name() {
                    return Factory.this.name;
                }

                @Override
                public HardeningOutcome apply() {
                    applied.add(Factory.this.name);
                    return outcome.apply(config);
                }
            };
        }
    }

    private final List<String> applied = new ArrayList<>();

    private Factory factory(String name, List<ConfigProperty> properties, Function<PluginConfig, HardeningOutcome> outcome) {
        return new Factory(name, properties, outcome, applied);
    }

    private static Map<String, HardeningMeasureFactory> byName(HardeningMeasureFactory... factories) {
        Map<String, HardeningMeasureFactory> map = new LinkedHashMap<>();
        for (HardeningMeasureFactory factory : factories) {
            map.put(factory.name(), factory);
        }
        return map;
    }

    private HardeningReport apply(boolean seccomp, HardeningMeasureFactory... factories) {
        return HardeningMeasures.apply(byName(factories), new Settings.Hardening(seccomp), Path.of("."), CONTEXT);
    }

    @Test
    void appliesEveryMeasureOnceInTheHostsOrder() {
        HardeningReport report = apply(false,
                factory("first", List.of(), c -> new HardeningOutcome.Applied("one")),
                factory("second", List.of(), c -> new HardeningOutcome.Applied("two")));
        assertThat(applied).containsExactly("first", "second");
        assertThat(report.results()).extracting(HardeningReport.Result::measure).containsExactly("first", "second");
    }

    @Test
    void handsServerSeccompToTheFactoriesThatDeclareIt() {
        HardeningReport report = apply(true,
                factory("filter", List.of(SECCOMP), c -> new HardeningOutcome.Applied(c.fullKey("seccomp") + "="
                        + c.bool("seccomp").orElseThrow())));
        assertThat(report.results().getFirst().outcome()).isEqualTo(new HardeningOutcome.Applied("server.seccomp=true"));
    }

    @Test
    void aMeasureThatThrowsCountsAsFailedAndTheOthersStillApply() {
        HardeningReport report = apply(false,
                factory("broken", List.of(), c -> {
                    throw new IllegalStateException("boom");
                }),
                factory("fine", List.of(), c -> new HardeningOutcome.Applied("ok")));
        assertThat(report.results().getFirst().outcome()).isInstanceOf(HardeningOutcome.Failed.class)
                .asString().contains("IllegalStateException").contains("boom");
        assertThat(applied).containsExactly("broken", "fine");
    }

    @Test
    void aFactoryRequiringAKeyTheRuntimeDoesNotHaveIsAConfigErrorNamingIt() {
        ConfigProperty required = ConfigProperty.required("landlock", ConfigProperty.Type.BOOLEAN, "x");
        assertThatThrownBy(() -> apply(false, factory("landlock", List.of(required), c -> new HardeningOutcome.Applied(""))))
                .isInstanceOf(PluginConfigException.class).hasMessageContaining("server.landlock");
    }

    @Test
    void logsAppliedAtInfoFailedAtWarningAndOneLineForMeasuresUnsupportedForOneReason() {
        try (CapturedLog log = new CapturedLog("io.containment.runtime.hardening")) {
            apply(false,
                    factory("non-dumpable", List.of(), c -> new HardeningOutcome.Unsupported("not Linux")),
                    factory("mlockall", List.of(), c -> new HardeningOutcome.Unsupported("not Linux")),
                    factory("applied", List.of(), c -> new HardeningOutcome.Applied("in force")),
                    factory("failed", List.of(), c -> new HardeningOutcome.Failed("no permission; fix: grant it")));
            assertThat(log.lines()).containsExactlyInAnyOrder(
                    "INFO hardening: applied applied: in force",
                    "WARNING hardening: failed FAILED, continuing without it: no permission; fix: grant it",
                    "INFO hardening: non-dumpable, mlockall not applied: not Linux");
        }
    }

    @Test
    void warnsWhenSeccompIsOnButNoInstalledPluginProvidesIt() {
        try (CapturedLog log = new CapturedLog("io.containment.runtime.hardening")) {
            apply(true);
            assertThat(log.lines()).anySatisfy(line -> assertThat(line).startsWith("INFO hardening: no measures installed"));
            assertThat(log.lines()).anySatisfy(line -> assertThat(line)
                    .startsWith("WARNING hardening: server.seccomp is true but no installed plugin provides"));
        }
    }
}
