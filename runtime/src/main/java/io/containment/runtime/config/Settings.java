package io.containment.runtime.config;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.runtime.network.Network;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The signer's whole configuration, validated.
 *
 * @param configFile       the YAML file read, if any
 * @param baseDirectory    relative paths resolve against this (the config file's folder, else the working dir)
 * @param server           the signing API listener
 * @param tls              TLS on the signing API listener
 * @param metrics          the metrics listener
 * @param dataDir          SQLite files, managed keystores, key cache
 * @param network          the chain we sign for
 * @param keySources       key-source name → its plugin values, in configuration order
 * @param antiSlashing     the slashing store and its plugin values
 * @param pluginsDirectory where plugin zips are loaded from
 * @param keyManagerApi    whether {@code /eth/v1/keystores} is served
 * @param canaryKeys       keys whose use signals an intrusion
 * @param backpressure     signing concurrency limits
 * @param hardening        the {@code server} keys handed to the hardening measures
 * @param auth             the auth backend and how requests are authenticated
 * @param keyManagerLimits request limits of the Key Manager API
 * @param signerState      {@code signer_state}: seal state backend, unseal mode, share wrapper
 */
public record Settings(Optional<Path> configFile, Path baseDirectory, Listener server, TlsSettings tls, Listener metrics, Path dataDir,
                       Network network, Map<String, Map<String, Object>> keySources, AntiSlashing antiSlashing,
                       Path pluginsDirectory, boolean keyManagerApi, List<BlsPublicKey> canaryKeys,
                       Backpressure backpressure, Hardening hardening, Auth auth, KeyManagerLimits keyManagerLimits,
                       SignerState signerState) {

    /** An address and port to listen on. */
    public record Listener(String listenAddress, int listenPort) {
    }

    /** {@code anti_slashing}: the backend's factory name and the rest of the section for the plugin. */
    public record AntiSlashing(String backend, Map<String, Object> options) {
    }

    /**
     * {@code auth}: the backend's factory name, the runtime's own keys, and the rest of the section for the plugin.
     *
     * @param backend                the auth backend factory name
     * @param required               refuse to start (and never serve) while no policy exists
     * @param refreshIntervalSeconds how often the cache polls the backend's revision
     * @param hashKeyFile            the HMAC key tokens are hashed under
     * @param options                the plugin's values
     */
    public record Auth(String backend, boolean required, int refreshIntervalSeconds, Path hashKeyFile,
                       Map<String, Object> options) {
    }

    /**
     * {@code http.key_manager_api} limits: keystores or pubkeys per request, import/delete
     * requests running at once, and the size of a request body.
     */
    public record KeyManagerLimits(int maxItemsPerRequest, int maxConcurrentWrites, int maxRequestBytes) {
        /** The defaults: 100 items, 1 write at a time, 32 MiB. */
        public static final KeyManagerLimits DEFAULT = new KeyManagerLimits(100, 1, 32 * 1024 * 1024);
    }

    /** {@code backpressure}: bounded signing concurrency, bounded queue, request timeout. */
    public record Backpressure(int maxConcurrentSigning, int queue, int requestTimeoutSeconds) {
    }

    /**
     * {@code signer_state}; {@code configured} is false when the section is absent (no master key).
     *
     * @param backend        the state store's factory name
     * @param options        the rest of the section for the store
     * @param mode           {@code kms_only} or {@code operator_quorum}
     * @param unsealTimeoutMinutes how long submitted operator shares stay valid
     * @param refreshIntervalSeconds how often the chamber re-reads the shared record, expires shares and retries KMS
     * @param sealAllKeys    whether keys outside the master key (filesystem, KMS envelopes) also answer 503 while not unsealed
     * @param wrapper        the share wrapper's factory name ({@code share_wrapper.type})
     * @param wrapperOptions the rest of {@code share_wrapper} for the wrapper
     */
    public record SignerState(boolean configured, String backend, Map<String, Object> options, String mode,
                              int unsealTimeoutMinutes, int refreshIntervalSeconds, boolean sealAllKeys, String wrapper,
                              Map<String, Object> wrapperOptions) {
        /** No {@code signer_state} section. */
        public static final SignerState NONE = new SignerState(false, "", Map.of(), "kms_only", 15, 10, false, "", Map.of());
    }

    /** The {@code server} keys the hardening measures read: {@code server.seccomp}. */
    public record Hardening(boolean seccomp) {
        /** As plugin values of the {@code server} section (key → string). */
        public Map<String, Object> pluginValues() {
            return Map.of("seccomp", Boolean.toString(seccomp));
        }
    }
}
