package io.containment.runtime.config;

import java.util.Set;

/** Parses {@code signer_state}: the seal state backend, the unseal mode and the share wrapper. */
final class SignerStateParser {
    static final String DEFAULT_BACKEND = "sqlite";
    static final String DEFAULT_WRAPPER = "aws_kms";
    private static final Set<String> OWN_KEYS = Set.of("backend", "mode", "unseal_timeout_minutes", "share_wrapper",
            "refresh_interval_seconds", "seal_all_keys");
    private static final Set<String> MODES = Set.of("kms_only", "operator_quorum");

    private SignerStateParser() {
    }

    static Settings.SignerState parse(Section root) {
        if (!root.has("signer_state")) {
            return Settings.SignerState.NONE;
        }
        Section section = root.section("signer_state");
        String mode = section.string("mode", "kms_only");
        if (!MODES.contains(mode)) {
            throw new ConfigException(section.key("mode"), "must be kms_only or operator_quorum, got '" + mode + "'");
        }
        Section wrapper = section.section("share_wrapper");
        return new Settings.SignerState(true, section.string("backend", DEFAULT_BACKEND),
                section.pluginValues(OWN_KEYS), mode, section.integer("unseal_timeout_minutes", 15, 1, 24 * 60),
                section.integer("refresh_interval_seconds", 10, 1, 3600), section.bool("seal_all_keys", false),
                wrapper.string("type", DEFAULT_WRAPPER), wrapper.pluginValues(Set.of("type")));
    }
}
