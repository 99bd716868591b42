package io.containment.distribution;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Sign requests made up for the slashing tests: blocks and attestations of the test keys (mainnet,
 * Electra fork info as in e2e/cases.json) at chosen slots and target epochs, where each
 * {@code variant} changes the signed data (so two variants of one slot conflict).
 */
final class SigningRequests {
    private static final JsonObject VECTORS = load();
    static final String GENESIS_VALIDATORS_ROOT = VECTORS.getString("genesis_validators_root");
    /** Slots and epochs well inside Electra on mainnet, as the fork info below says. */
    static final long FIRST_SLOT = 11_900_000L;
    static final long FIRST_TARGET = 371_000L;
    private static final String FORK_INFO = """
            "fork_info": {"fork": {"previous_version": "0x04000000", "current_version": "0x05000000", "epoch": "364032"},
             "genesis_validators_root": "%s"}""".formatted(GENESIS_VALIDATORS_ROOT);

    private SigningRequests() {
    }

    private static JsonObject load() {
        try (InputStream in = SigningRequests.class.getResourceAsStream("/e2e/cases.json"); var reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public keys the test keystore folder holds. */
    static List<String> pubkeys() {
        return List.of(VECTORS.getJsonObject("slashing_key").getString("pubkey"),
                VECTORS.getJsonArray("keys").getJsonObject(0).getString("pubkey"));
    }

    /** A folder with one raw-keys file holding the keys of {@link #pubkeys()}. */
    static Path keystores(Path folder) throws IOException {
        Files.createDirectories(folder);
        String yaml = "---\ntype: file-raw\nprivateKey: \"" + VECTORS.getJsonObject("slashing_key").getString("secret_key")
                + "\"\n---\ntype: file-raw\nprivateKey: \"" + VECTORS.getJsonArray("keys").getJsonObject(0).getString("secret_key") + "\"\n";
        Files.writeString(folder.resolve("raw-keys.yaml"), yaml);
        return folder;
    }

    static String block(long slot, int variant) {
        return """
                {"type": "BLOCK_V2", %s,
                 "beacon_block": {"version": "ELECTRA", "block_header": {"slot": "%d", "proposer_index": "7",
                   "parent_root": "%s", "state_root": "%s", "body_root": "%s"}}}"""
                .formatted(FORK_INFO, slot, root(1, variant), root(2, variant), root(3, variant));
    }

    static String attestation(long target, int variant) {
        return """
                {"type": "ATTESTATION", %s,
                 "attestation": {"slot": "%d", "index": "0", "beacon_block_root": "%s",
                   "source": {"epoch": "%d", "root": "%s"}, "target": {"epoch": "%d", "root": "%s"}}}"""
                .formatted(FORK_INFO, target * 32, root(4, variant), target - 1, root(5, 0), target, root(6, 0));
    }

    /** A 32-byte hex root, different for each (field, variant). */
    private static String root(int field, int variant) {
        return "0x%02x%062x".formatted(field, variant);
    }
}
