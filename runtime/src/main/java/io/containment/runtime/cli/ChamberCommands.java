package io.containment.runtime.cli;

import io.containment.runtime.config.ConfigException;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code operator init|status|register|seal|unseal} against a running signer's {@code /api/v1/chamber/*}.
 * Plain {@code http://} to a host other than loopback is refused unless {@code --allow-plaintext}:
 * the setup token and the bearer token would cross the network in clear.
 */
final class ChamberCommands {
    private ChamberCommands() {
    }

    /** The connection options every chamber command shares. */
    static final class Connection {
        @Mixin
        SignerClient client;
        @Option(names = "--allow-plaintext", description = "allow http:// to a non-loopback host (tokens in clear)")
        boolean allowPlaintext;
        @Spec(Spec.Target.MIXEE)
        CommandSpec spec;

        int send(String method, String path, String body) {
            checkTransport();
            client.tokenOptional = true;
            return client.send(method, path, body, spec.commandLine().getOut(), spec.commandLine().getErr());
        }

        /** Sends a body holding secrets and wipes it. */
        int sendSecret(String method, String path, byte[] body) {
            try {
                checkTransport();
                client.tokenOptional = true;
                return client.sendBytes(method, path, body, spec.commandLine().getOut(), spec.commandLine().getErr());
            } finally {
                Arrays.fill(body, (byte) 0);
            }
        }

        private void checkTransport() {
            if (!"http".equalsIgnoreCase(client.url.getScheme()) || allowPlaintext) {
                return;
            }
            String host = client.url.getHost();
            try {
                if (host != null && InetAddress.getByName(host).isLoopbackAddress()) {
                    return;
                }
            } catch (UnknownHostException e) {
                // not resolvable: not loopback
            }
            throw new ConfigException("--url", "plain http:// to " + host + " would send tokens in clear; use https:// "
                    + "or pass --allow-plaintext");
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Show the seal state of a running signer.")
    static final class Status implements Callable<Integer> {
        @Mixin
        Connection connection;

        @Override
        public Integer call() {
            return connection.send("GET", "/api/v1/chamber/status", null);
        }
    }

    @Command(name = "seal", mixinStandardHelpOptions = true,
            description = "Seal a running signer: wipe its master key and every key it protects from memory now.")
    static final class Seal implements Callable<Integer> {
        @Mixin
        Connection connection;

        @Override
        public Integer call() {
            return connection.send("POST", "/api/v1/chamber/seal", null);
        }
    }

    @Command(name = "unseal", mixinStandardHelpOptions = true,
            description = {"Without --share-index: make a sealed signer unwrap its shares through KMS again.",
                "With --share-index (operator quorum mode): submit your share's passphrase (from --passphrase-file or "
                        + "asked on the terminal)."})
    static final class Unseal implements Callable<Integer> {
        @Mixin
        Connection connection;
        @Option(names = "--share-index", paramLabel = "N", description = "the share you hold (quorum mode)")
        Integer shareIndex;
        @Option(names = "--passphrase-file", paramLabel = "FILE", description = "file holding your passphrase")
        Path passphraseFile;

        @Override
        public Integer call() {
            if (shareIndex == null) {
                return connection.send("POST", "/api/v1/chamber/unseal", null);
            }
            char[] passphrase = passphraseFile != null ? SecretBody.readFile(passphraseFile, "--passphrase-file")
                    : SecretBody.prompt("passphrase for share " + shareIndex, false, "--passphrase-file");
            try {
                byte[] body = new SecretBody().number("share_index", shareIndex).secret("passphrase", passphrase).toBytes();
                return connection.sendSecret("POST", "/api/v1/chamber/unseal", body);
            } finally {
                Arrays.fill(passphrase, '\0');
            }
        }
    }

    @Command(name = "register", mixinStandardHelpOptions = true,
            description = "Operator quorum mode: register the passphrase protecting your share, with your one-time "
                    + "registration token (from the init ceremony).")
    static final class Register implements Callable<Integer> {
        @Mixin
        Connection connection;
        @Option(names = "--registration-token-file", required = true, paramLabel = "FILE",
                description = "file holding your registration token")
        Path tokenFile;
        @Option(names = "--passphrase-file", paramLabel = "FILE",
                description = "file holding your passphrase (at least 16 characters); default: asked twice on the terminal")
        Path passphraseFile;

        @Override
        public Integer call() {
            char[] token = trim(SecretBody.readFile(tokenFile, "--registration-token-file"));
            char[] passphrase = null;
            try {
                passphrase = passphraseFile != null ? SecretBody.readFile(passphraseFile, "--passphrase-file")
                        : SecretBody.prompt("new passphrase for your share", true, "--passphrase-file");
                byte[] body = new SecretBody().secret("registration_token", token).secret("passphrase", passphrase)
                        .toBytes();
                return connection.sendSecret("POST", "/api/v1/chamber/register", body);
            } finally {
                Arrays.fill(token, '\0');
                if (passphrase != null) {
                    Arrays.fill(passphrase, '\0');
                }
            }
        }

        /** The token without surrounding blanks, as a copy; {@code token} is wiped. */
        private static char[] trim(char[] token) {
            int start = 0;
            int end = token.length;
            while (start < end && Character.isWhitespace(token[start])) {
                start++;
            }
            while (end > start && Character.isWhitespace(token[end - 1])) {
                end--;
            }
            char[] trimmed = Arrays.copyOfRange(token, start, end);
            Arrays.fill(token, '\0');
            return trimmed;
        }
    }

    @Command(name = "init", mixinStandardHelpOptions = true,
            description = "The init ceremony: a new master key, one share per KMS key, threshold shares to unseal.")
    static final class Init implements Callable<Integer> {
        @Mixin
        Connection connection;
        @Option(names = "--setup-token-file", required = true, paramLabel = "FILE",
                description = "file holding the setup token the signer printed at start")
        Path setupTokenFile;
        @Option(names = "--kms-key-id", required = true, paramLabel = "ID",
                description = "a KMS key wrapping one share (repeat: one per share, at least 2)")
        List<String> kmsKeyIds = new ArrayList<>();
        @Option(names = "--threshold", required = true, description = "shares needed to unseal (2 … number of keys)")
        int threshold;

        @Override
        public Integer call() {
            String token;
            try {
                token = Files.readString(setupTokenFile, StandardCharsets.US_ASCII).strip();
            } catch (IOException e) {
                throw new ConfigException("--setup-token-file", "cannot read " + setupTokenFile + ": " + e.getMessage());
            }
            JsonArrayBuilder ids = Json.createArrayBuilder();
            kmsKeyIds.forEach(ids::add);
            String body = Json.createObjectBuilder().add("setup_token", token).add("kms_key_ids", ids)
                    .add("threshold", threshold).build().toString();
            return connection.send("POST", "/api/v1/chamber/init", body);
        }
    }
}
