package io.containment.runtime.http;

import io.containment.api.auth.Policy;
import io.containment.runtime.auth.AuthAdministration;
import io.containment.runtime.auth.CallerPrincipal;
import io.containment.runtime.auth.PolicyJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** {@code /api/v1/auth/policies}: create, list, read and delete policies (scope {@code auth_manage}). */
@ApplicationScoped
@Path("/api/v1/auth/policies")
@Produces(MediaType.APPLICATION_JSON)
public class AuthPoliciesResource {
    private final AuthAdministration administration;

    @Inject
    public AuthPoliciesResource(AuthAdministration administration) {
        this.administration = administration;
    }

    @POST
    public Response create(@Context SecurityContext security, byte[] body) {
        Policy created = administration.createPolicy(PolicyJson.parse(body), by(security));
        return Response.status(Response.Status.CREATED).entity(PolicyJson.write(created).toString()).build();
    }

    @GET
    public String list() {
        JsonArrayBuilder policies = Json.createArrayBuilder();
        administration.policies().forEach(policy -> policies.add(PolicyJson.write(policy)));
        return Json.createObjectBuilder().add("policies", policies).build().toString();
    }

    @GET
    @Path("{name}")
    public String get(@PathParam("name") String name) {
        return PolicyJson.write(administration.policy(name)).toString();
    }

    @DELETE
    @Path("{name}")
    public String delete(@Context SecurityContext security, @PathParam("name") String name) {
        administration.deletePolicy(name, by(security));
        return Json.createObjectBuilder().add("deleted", name).build().toString();
    }

    static String by(SecurityContext security) {
        return CallerPrincipal.callerOf(security).map(caller -> caller.describe()).orElse("unknown");
    }
}
