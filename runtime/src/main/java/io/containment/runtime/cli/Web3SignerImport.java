package io.containment.runtime.cli;

import io.containment.api.plugin.PluginContext;
import io.containment.api.slashing.ExternalHistory;
import io.containment.api.slashing.ExternalHistoryReader;
import io.containment.api.slashing.ImportReport;
import io.containment.api.slashing.SlashingStore;
import io.containment.runtime.config.Settings;
import io.containment.runtime.plugins.PluginHost;
import io.containment.runtime.plugins.PluginHostException;
import io.containment.runtime.plugins.PluginInstances;
import java.io.PrintWriter;

/**
 * {@code slashing import --from-web3signer-db JDBC_URL}: a plugin's {@link ExternalHistoryReader}
 * named {@value #READER} reads the Web3Signer database (the runtime never loads its driver); the
 * configured store then gets it. Validators Web3Signer had disabled are disabled first, so that a
 * failure half way leaves them refused rather than signable; the history is then imported all or
 * nothing (importing again after a failure is harmless: identical records are stored once).
 * Web3Signer's high watermark is reported, not copied: it is an operator's decision for this signer.
 */
final class Web3SignerImport {
    static final String READER = "web3signer-db";

    private final Settings settings;
    private final PrintWriter out;

    Web3SignerImport(Settings settings, PrintWriter out) {
        this.settings = settings;
        this.out = out;
    }

    int run(String location) {
        try (PluginHost host = PluginHost.start(settings.pluginsDirectory())) {
            ExternalHistoryReader reader = host.extensions(ExternalHistoryReader.class).stream()
                    .filter(candidate -> candidate.name().equals(READER) && candidate.accepts(location)).findFirst()
                    .orElseThrow(() -> new PluginHostException("--from-web3signer-db: no plugin in " + settings.pluginsDirectory()
                            + " reads Web3Signer databases at such a location (the slashing-postgres plugin does, for jdbc:postgresql:// URLs)"));
            PluginContext context = PluginInstances.context(settings);
            ExternalHistory history = reader.read(location, context);
            try (SlashingStore store = PluginInstances.slashingStore(host, settings, context)) {
                history.disabledValidators().forEach(validator -> store.setEnabled(validator, false));
                ImportReport report = store.importInterchange(history.interchange());
                report.validators().forEach(entry -> out.println(entry.pubkey() + ": " + entry.blocks() + " blocks, "
                        + entry.attestations() + " attestations imported"));
                history.disabledValidators().forEach(validator -> out.println(validator + ": disabled, as in Web3Signer"));
                history.highWatermark().ifPresent(mark -> out.println("note: the Web3Signer database has a " + mark
                        + "; not copied (set it here with 'containment-chamber slashing high-watermark --slot S --epoch E' if wanted)"));
                out.println("imported " + report.validators().size() + " validators from the Web3Signer database");
            }
        }
        return ExitCodes.OK;
    }
}
