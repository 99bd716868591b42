package io.containment.plugins.keys.awskms;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The arguments of {@code keys wrap-kms}.
 *
 * @param kmsKeyId     the KMS key that wraps the data keys
 * @param out          the folder to write key files to (created 0700 when missing)
 * @param batch        write all keys into one file {@code <out>/<batch>.json} under one data key
 * @param passwordFile one password file for every keystore, instead of {@code NAME.txt}/{@code NAME.password}
 * @param connection   KMS connection settings as configuration values ({@code region}, {@code endpoint}, …)
 * @param keystores    keystore files, or folders of them
 */
record WrapArguments(String kmsKeyId, Path out, Optional<String> batch, Optional<Path> passwordFile,
                     Map<String, Object> connection, List<Path> keystores) {
    static final String USAGE = """
            usage: containment-chamber keys [-c FILE] wrap-kms --kms-key-id ID --out DIR [options] KEYSTORE|FOLDER...
              Encrypts EIP-2335 keystores for the aws_kms key source: each secret under a KMS data key
              (GenerateDataKey), one file per key, or one file for all with --batch NAME.
              --kms-key-id ID             KMS key id, key ARN or alias (the file records the key ARN)
              --out DIR                   folder for the key files (the aws_kms source's paths)
              --batch NAME                one file NAME.json with every key under one data key
              --password-file FILE        password of every keystore (default: NAME.txt or NAME.password beside NAME.json)
              --region REGION             default: the AWS SDK's region chain
              --endpoint URL              KMS endpoint override (VPC endpoint)
              --access-key-id REF         static credentials, inline or env:VAR / file:PATH
              --secret-access-key REF     (default: the AWS SDK's credentials chain)
              --session-token REF
              --max-attempts N            attempts per KMS call (default 3)
            IAM: kms:GenerateDataKey on the KMS key.""";
    private static final Map<String, String> CONNECTION_OPTIONS = Map.of(
            "--region", KmsSettings.REGION, "--endpoint", KmsSettings.ENDPOINT,
            "--access-key-id", KmsSettings.ACCESS_KEY_ID, "--secret-access-key", KmsSettings.SECRET_ACCESS_KEY,
            "--session-token", KmsSettings.SESSION_TOKEN, "--max-attempts", KmsSettings.MAX_ATTEMPTS);

    /** A usage problem; the tool prints it with the usage and exits 2. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message, null, false, false);
        }
    }

    static WrapArguments parse(List<String> args) throws UsageException {
        Map<String, String> options = new LinkedHashMap<>();
        List<Path> keystores = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                keystores.add(Path.of(arg));
                continue;
            }
            if (!CONNECTION_OPTIONS.containsKey(arg) && !List.of("--kms-key-id", "--out", "--batch", "--password-file").contains(arg)) {
                throw new UsageException("unknown option " + arg);
            }
            if (i + 1 >= args.size()) {
                throw new UsageException(arg + " needs a value");
            }
            if (options.put(arg, args.get(++i)) != null) {
                throw new UsageException(arg + " is given twice");
            }
        }
        String kmsKeyId = require(options, "--kms-key-id");
        Path out = Path.of(require(options, "--out"));
        if (keystores.isEmpty()) {
            throw new UsageException("no keystore given");
        }
        Map<String, Object> connection = new LinkedHashMap<>();
        CONNECTION_OPTIONS.forEach((option, key) -> {
            if (options.containsKey(option)) {
                connection.put(key, options.get(option));
            }
        });
        Optional<String> batch = Optional.ofNullable(options.get("--batch"));
        if (batch.isPresent() && !batch.get().matches("[A-Za-z0-9._-]+")) {
            throw new UsageException("--batch must be a plain file name (letters, digits, . _ -)");
        }
        return new WrapArguments(kmsKeyId, out, batch, Optional.ofNullable(options.get("--password-file")).map(Path::of),
                connection, keystores);
    }

    /** A configuration message about {@code wrap-kms.access_key_id} etc. in terms of this tool's options. */
    static String asOptions(String message) {
        String result = message;
        for (Map.Entry<String, String> option : CONNECTION_OPTIONS.entrySet()) {
            result = result.replace("wrap-kms." + option.getValue(), option.getKey())
                    .replace(" with " + option.getValue(), " with " + option.getKey());
        }
        return result;
    }

    private static String require(Map<String, String> options, String option) throws UsageException {
        String value = options.get(option);
        if (value == null || value.isBlank()) {
            throw new UsageException(option + " is required");
        }
        return value;
    }
}
