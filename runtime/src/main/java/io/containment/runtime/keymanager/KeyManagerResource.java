package io.containment.runtime.keymanager;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;

/**
 * {@code /eth/v1/keystores}: the Ethereum Key Manager API (list, import, delete local keystores),
 * served when {@code http.key_manager_api.enabled}. Auth scopes: {@code list_keys},
 * {@code import_keystores}, {@code delete_keys}.
 */
@ApplicationScoped
@Path("/eth/v1/keystores")
public class KeyManagerResource {
    private final KeyManagerService service;

    @Inject
    public KeyManagerResource(KeyManagerService service) {
        this.service = service;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String list() {
        return KeyManagerJson.list(service.list());
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public String importKeystores(InputStream body) {
        return KeyManagerJson.imported(service.importKeystores(body));
    }

    @DELETE
    @Produces(MediaType.APPLICATION_JSON)
    public String deleteKeys(InputStream body) {
        return KeyManagerJson.deleted(service.deleteKeys(body));
    }
}
