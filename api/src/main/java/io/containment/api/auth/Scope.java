package io.containment.api.auth;

import java.util.Locale;
import java.util.Optional;

/** What a policy rule grants or denies: one area of the HTTP API (SPEC §7). */
public enum Scope {
    /** {@code POST /api/v1/eth2/sign/{pubkey}} and its dry run {@code /api/v1/eth2/slashing/check/{pubkey}}. */
    SIGN,
    /** {@code GET /api/v1/eth2/publicKeys}. */
    PUBLIC_KEYS,
    /** Listing keys through the Key Manager API and reading the reload status. */
    LIST_KEYS,
    /** Importing keystores (Key Manager API) and triggering a reload. */
    IMPORT_KEYSTORES,
    /** Deleting keystores (Key Manager API). */
    DELETE_KEYS,
    /** Init, unseal and seal of the signer state. */
    CHAMBER_SEAL,
    /** Reading the signer state and health. */
    CHAMBER_STATUS,
    /** Managing policies and tokens ({@code /api/v1/auth/*}). */
    AUTH_MANAGE;

    /** The name used in configuration and JSON, e.g. {@code public_keys}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The scope with this wire name (case-insensitive), if any. */
    public static Optional<Scope> fromWireName(String name) {
        for (Scope scope : values()) {
            if (scope.wireName().equalsIgnoreCase(name)) {
                return Optional.of(scope);
            }
        }
        return Optional.empty();
    }
}
