package io.containment.plugins.keys.awskms;

import io.containment.api.plugin.ConfigProperty;
import io.containment.api.plugin.ConfigProperty.Type;
import io.containment.api.plugin.PluginConfig;
import io.containment.api.plugin.PluginConfigException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;

/** The connection keys every user of KMS in this plugin shares: region, endpoint, credentials, attempts. */
final class KmsSettings {
    static final String REGION = "region";
    static final String ENDPOINT = "endpoint";
    static final String ACCESS_KEY_ID = "access_key_id";
    static final String SECRET_ACCESS_KEY = "secret_access_key";
    static final String SESSION_TOKEN = "session_token";
    static final String MAX_ATTEMPTS = "max_attempts";

    private KmsSettings() {
    }

    static List<ConfigProperty> properties() {
        return List.of(
                ConfigProperty.optional(REGION, Type.STRING, "AWS region of the KMS keys; default: the SDK's region chain (AWS_REGION, profile)"),
                ConfigProperty.optional(ENDPOINT, Type.STRING, "KMS endpoint override (VPC endpoint, tests), e.g. https://kms.eu-west-1.amazonaws.com"),
                ConfigProperty.optional(ACCESS_KEY_ID, Type.SECRET, "static access key id (env:/file: allowed); default: the SDK's credentials chain"),
                ConfigProperty.optional(SECRET_ACCESS_KEY, Type.SECRET, "static secret access key (env:/file: allowed), with access_key_id"),
                ConfigProperty.optional(SESSION_TOKEN, Type.SECRET, "session token of temporary static credentials (env:/file: allowed)"),
                ConfigProperty.withDefault(MAX_ATTEMPTS, Type.INTEGER, "3", "attempts per KMS call, retries included (≥ 1)"));
    }

    /**
     * @throws PluginConfigException naming the key when a value is unusable
     */
    static KmsConnection connection(PluginConfig config) {
        int attempts = config.integer(MAX_ATTEMPTS).orElse(3);
        if (attempts < 1) {
            throw new PluginConfigException(config.fullKey(MAX_ATTEMPTS), "must be at least 1, got " + attempts);
        }
        return new KmsConnection(config.string(REGION).map(String::trim), config.string(ENDPOINT).map(e -> endpoint(config, e)),
                credentials(config), attempts);
    }

    private static URI endpoint(PluginConfig config, String text) {
        try {
            URI uri = new URI(text.trim());
            if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                throw new PluginConfigException(config.fullKey(ENDPOINT), "must be an http(s) URL, got '" + text + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new PluginConfigException(config.fullKey(ENDPOINT), "is not a URL: '" + text + "'");
        }
    }

    private static Optional<KmsConnection.StaticKeys> credentials(PluginConfig config) {
        Optional<byte[]> id = config.secret(ACCESS_KEY_ID);
        Optional<byte[]> secret = config.secret(SECRET_ACCESS_KEY);
        Optional<byte[]> token = config.secret(SESSION_TOKEN);
        if (id.isPresent() != secret.isPresent() || (token.isPresent() && id.isEmpty())) {
            id.ifPresent(Wipe::bytes);
            secret.ifPresent(Wipe::bytes);
            token.ifPresent(Wipe::bytes);
            String missing = id.isEmpty() ? ACCESS_KEY_ID : SECRET_ACCESS_KEY;
            throw new PluginConfigException(config.fullKey(missing), "is required with "
                    + (id.isEmpty() ? (secret.isPresent() ? SECRET_ACCESS_KEY : SESSION_TOKEN) : ACCESS_KEY_ID)
                    + " (or leave all static credentials out to use the SDK's default chain)");
        }
        return id.map(accessKeyId -> new KmsConnection.StaticKeys(accessKeyId, secret.orElseThrow(), token));
    }
}
