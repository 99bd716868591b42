package io.containment.runtime.cli;

import io.containment.api.auth.AuthBackend;
import io.containment.api.auth.TokenKind;
import io.containment.runtime.audit.AuditLog;
import io.containment.runtime.auth.AuthAdministration;
import io.containment.runtime.auth.HashKey;
import io.containment.runtime.auth.IssuedToken;
import io.containment.runtime.auth.TokenHasher;
import io.containment.runtime.auth.TokenRequest;
import io.containment.runtime.config.Settings;
import io.containment.runtime.plugins.PluginHost;
import io.containment.runtime.plugins.PluginInstances;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code operator generate-root-token}: issues a management token directly into the configured
 * auth backend, from the host. Whoever can read the data directory (hash key) and write the auth
 * store is trusted this far; no running signer is needed (a running one sees the token within
 * {@code auth.refresh_interval_seconds}). The token goes to stdout alone, once.
 */
@Command(name = "generate-root-token", mixinStandardHelpOptions = true,
        description = "Issue a management token into the configured auth backend (run on the signer host).")
final class GenerateRootTokenCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;
    @Option(names = "--name", defaultValue = "root", description = "what to call the token (default: ${DEFAULT-VALUE})")
    String name;
    @Option(names = "--expires-in", paramLabel = "DURATION", description = "e.g. 30d, 12h; default: never")
    String expiresIn;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Settings settings = options.settings();
        Clock clock = Clock.systemUTC();
        TokenRequest request = new TokenRequest(name, TokenKind.MANAGEMENT, List.of(),
                Optional.ofNullable(expiresIn).map(text -> clock.instant().plus(Durations.parse(text, "--expires-in"))),
                Optional.empty());
        try (PluginHost host = PluginHost.start(settings.pluginsDirectory());
             AuthBackend backend = PluginInstances.authBackend(host, settings, PluginInstances.context(settings))) {
            TokenHasher hasher = new TokenHasher(HashKey.loadOrCreate(settings.auth().hashKeyFile()));
            AuthAdministration administration = new AuthAdministration(backend, hasher, new AuditLog(clock), clock,
                    new SecureRandom(), () -> { });
            IssuedToken issued = administration.createToken(request, "operator generate-root-token (local)");
            try {
                spec.commandLine().getOut().println(new String(issued.token(), StandardCharsets.US_ASCII));
                spec.commandLine().getOut().flush();
            } finally {
                issued.wipe();
            }
            spec.commandLine().getErr().println("issued management token " + issued.record().id() + " (" + name
                    + "); it is shown this once: put it in your secrets manager");
        }
        return ExitCodes.OK;
    }
}
