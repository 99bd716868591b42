package io.containment.runtime.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/** Test only: marks every answer JAX-RS produced, so a test can tell which way a request was served. */
@Provider
public class JaxRsMarker implements ContainerResponseFilter {
    static final String HEADER = "X-Test-Served-By";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(HEADER, "jax-rs");
    }
}
