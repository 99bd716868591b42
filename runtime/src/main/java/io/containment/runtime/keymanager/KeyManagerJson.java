package io.containment.runtime.keymanager;

import io.containment.runtime.slashing.InterchangeJson;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Locale;

/** The Key Manager API's response bodies. */
final class KeyManagerJson {
    private KeyManagerJson() {
    }

    static String list(List<ListedKey> keys) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (ListedKey key : keys) {
            JsonObjectBuilder entry = Json.createObjectBuilder().add("validating_pubkey", key.validatingPubkey().toHex());
            key.derivationPath().ifPresent(path -> entry.add("derivation_path", path));
            data.add(entry.add("readonly", key.readonly()));
        }
        return Json.createObjectBuilder().add("data", data).build().toString();
    }

    static String imported(List<ImportResult> results) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (ImportResult result : results) {
            JsonObjectBuilder entry = Json.createObjectBuilder().add("status", result.status().name().toLowerCase(Locale.ROOT));
            result.message().ifPresent(message -> entry.add("message", message));
            data.add(entry);
        }
        return Json.createObjectBuilder().add("data", data).build().toString();
    }

    static String deleted(KeystoreDelete.Outcome outcome) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (DeleteResult result : outcome.results()) {
            JsonObjectBuilder entry = Json.createObjectBuilder().add("status", result.status().name().toLowerCase(Locale.ROOT));
            result.message().ifPresent(message -> entry.add("message", message));
            data.add(entry);
        }
        return Json.createObjectBuilder().add("data", data)
                .add("slashing_protection", InterchangeJson.write(outcome.slashingProtection())).build().toString();
    }
}
