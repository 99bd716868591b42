package io.containment.plugins.keys.awskms;

import io.containment.api.keys.InvalidKeystoreException;
import io.containment.api.keys.Keystores.DecryptedKeystore;
import io.containment.api.plugin.PluginConfig;
import io.containment.api.plugin.PluginConfigException;
import io.containment.api.plugin.PluginContext;
import io.containment.api.plugin.PluginTool;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pf4j.Extension;

/**
 * {@code containment-chamber keys wrap-kms}: decrypts EIP-2335 keystores (through the runtime's
 * {@link PluginContext#keystores()}) and writes them as files of the {@code aws_kms} key source,
 * each secret AES-256-GCM-encrypted under a KMS {@code GenerateDataKey} data key. All or nothing:
 * a keystore that cannot be decrypted, or an output file that already exists, writes nothing.
 */
@Extension
public final class WrapKmsTool implements PluginTool {
    @Override
    public String name() {
        return "wrap-kms";
    }

    @Override
    public String description() {
        return "encrypt EIP-2335 keystores for the aws_kms key source (KMS GenerateDataKey)";
    }

    @Override
    public int run(List<String> args, PluginContext context, PrintWriter out, PrintWriter err) {
        if (args.contains("--help") || args.contains("-h")) {
            out.println(WrapArguments.USAGE);
            return 0;
        }
        WrapArguments arguments;
        KmsConnection connection;
        PluginConfig config;
        try {
            arguments = WrapArguments.parse(args);
            config = PluginConfig.of("wrap-kms", arguments.connection(), KmsSettings.properties(), Path.of("").toAbsolutePath());
            connection = KmsSettings.connection(config);
        } catch (WrapArguments.UsageException | PluginConfigException e) {
            err.println("containment-chamber keys wrap-kms: " + WrapArguments.asOptions(e.getMessage()));
            err.println(WrapArguments.USAGE);
            return 2;
        }
        try {
            return wrap(arguments, connection, config, context, out, err);
        } catch (PluginConfigException e) {
            err.println("containment-chamber keys wrap-kms: " + WrapArguments.asOptions(e.getMessage()));
            return 2;
        } finally {
            connection.credentials().ifPresent(KmsConnection.StaticKeys::wipe);
        }
    }

    private static int wrap(WrapArguments arguments, KmsConnection connection, PluginConfig config, PluginContext context,
                            PrintWriter out, PrintWriter err) {
        List<String> problems = new ArrayList<>();
        List<KeystoreInputs.Input> inputs = KeystoreInputs.read(arguments.keystores(), arguments.passwordFile(), problems);
        List<Decrypted> decrypted = new ArrayList<>();
        try {
            for (KeystoreInputs.Input input : inputs) {
                try {
                    decrypted.add(new Decrypted(input.path(), context.keystores().decrypt(input.json(), input.password())));
                } catch (InvalidKeystoreException e) {
                    problems.add(input.path() + ": " + e.getMessage());
                } finally {
                    input.wipe();
                }
            }
            List<Planned> plan = plan(arguments, decrypted, problems);
            if (!problems.isEmpty()) {
                problems.forEach(problem -> err.println("containment-chamber keys wrap-kms: " + problem));
                err.println("containment-chamber keys wrap-kms: nothing written (" + problems.size() + " problems)");
                return 1;
            }
            try (KmsDataKeys kms = new KmsDataKeys(AwsKmsKeySourceFactory.client(connection, config))) {
                KeyFileWriter.createFolder(arguments.out());
                for (Planned planned : plan) {
                    KeyFileWriter.write(planned.target(), seal(kms, arguments.kmsKeyId(), planned.keys()));
                    planned.keys().forEach(k -> out.println("wrapped " + k.keystore().publicKey() + " (" + k.path() + ") → " + planned.target()));
                }
            }
            out.println("wrapped " + decrypted.size() + " keys into " + plan.size() + " files in " + arguments.out());
            return 0;
        } catch (KeyFileException | IOException e) {
            err.println("containment-chamber keys wrap-kms: " + (e instanceof IOException ? "cannot write: " + e : e.getMessage()));
            return 1;
        } finally {
            decrypted.forEach(d -> Wipe.bytes(d.keystore().secret()));
        }
    }

    /** One output file per key, or one for all with {@code --batch}; existing targets are problems. */
    private static List<Planned> plan(WrapArguments arguments, List<Decrypted> decrypted, List<String> problems) {
        List<Planned> plan = new ArrayList<>();
        if (arguments.batch().isPresent()) {
            plan.add(new Planned(arguments.out().resolve(arguments.batch().get() + ".json"), decrypted));
        } else {
            decrypted.forEach(d -> plan.add(new Planned(arguments.out().resolve(
                    d.keystore().publicKey().toString().substring(2) + ".json"), List.of(d))));
        }
        plan.stream().filter(p -> Files.exists(p.target()))
                .forEach(p -> problems.add(p.target() + ": already exists (not replaced)"));
        return plan;
    }

    private static WrappedKeyFile seal(KmsDataKeys kms, String kmsKeyId, List<Decrypted> keys) throws KeyFileException {
        KmsDataKeys.GeneratedKey dataKey = kms.generate(kmsKeyId, WrappedKeyFile.DEFAULT_CONTEXT);
        try {
            List<WrappedKeyFile.Entry> entries = new ArrayList<>();
            for (Decrypted key : keys) {
                entries.add(SecretSealing.seal(dataKey.plaintext(), key.keystore().publicKey(), key.keystore().secret()));
            }
            return new WrappedKeyFile(dataKey.kmsKeyArn(), WrappedKeyFile.DEFAULT_CONTEXT, dataKey.wrapped(), entries);
        } finally {
            Wipe.bytes(dataKey.plaintext());
        }
    }

    private record Decrypted(Path path, DecryptedKeystore keystore) {
    }

    private record Planned(Path target, List<Decrypted> keys) {
    }
}
