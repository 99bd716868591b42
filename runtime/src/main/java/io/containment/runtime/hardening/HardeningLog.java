package io.containment.runtime.hardening;

import io.containment.api.hardening.HardeningMeasureFactory;
import io.containment.api.hardening.HardeningOutcome;
import io.containment.runtime.config.Settings;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line per outcome: applied at INFO, failed at WARN (the reason carries the fix); measures
 * unsupported for the same reason share one INFO line (off Linux: one line for all of them).
 */
final class HardeningLog {
    private static final System.Logger LOG = System.getLogger("io.containment.runtime.hardening");

    private HardeningLog() {
    }

    static void log(HardeningReport report, Settings.Hardening settings, Map<String, HardeningMeasureFactory> factories) {
        if (report.results().isEmpty()) {
            LOG.log(Level.INFO, "hardening: no measures installed (add the hardening-linux plugin zip to the "
                    + "plugins directory for non-dumpable, mlockall and seccomp)");
        }
        Map<String, List<String>> unsupported = new LinkedHashMap<>();
        for (HardeningReport.Result result : report.results()) {
            switch (result.outcome()) {
                case HardeningOutcome.Applied applied ->
                        LOG.log(Level.INFO, "hardening: {0} applied: {1}", result.measure(), applied.detail());
                case HardeningOutcome.Unsupported skipped ->
                        unsupported.computeIfAbsent(skipped.reason(), reason -> new ArrayList<>()).add(result.measure());
                case HardeningOutcome.Failed failed ->
                        LOG.log(Level.WARNING, "hardening: {0} FAILED, continuing without it: {1}", result.measure(),
                                failed.reason());
            }
        }
        unsupported.forEach((reason, measures) ->
                LOG.log(Level.INFO, "hardening: {0} not applied: {1}", String.join(", ", measures), reason));
        boolean seccompProvided = factories.values().stream()
                .anyMatch(f -> f.configProperties().stream().anyMatch(p -> p.name().equals("seccomp")));
        if (settings.seccomp() && !seccompProvided) {
            LOG.log(Level.WARNING, "hardening: server.seccomp is true but no installed plugin provides a seccomp "
                    + "filter; the signer runs without it; fix: add the hardening-linux plugin zip to the plugins directory");
        }
    }
}
