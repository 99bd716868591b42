package io.containment.runtime.keymanager;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

/** With {@code http.key_manager_api.enabled: false} (the default) the Key Manager routes answer 404 JSON. */
@HelidonTest
@AddConfig(key = "containment.config_file", value = "src/test/resources/http/signer-test.yaml")
class KeyManagerDisabledHttpTest {
    @Inject
    WebTarget target;

    @Test
    void keystoreRoutesAre404WhenTheApiIsDisabled() {
        Response list = target.path("/eth/v1/keystores").request().get();
        assertThat(list.getStatus()).isEqualTo(404);
        assertThat(list.readEntity(String.class)).contains("\"code\":404").contains("key_manager_api");
        Response imported = target.path("/eth/v1/keystores").request()
                .post(Entity.json("{\"keystores\":[],\"passwords\":[]}"));
        assertThat(imported.getStatus()).isEqualTo(404);
    }
}
