/**
 * The only place that knows HTTP statuses: {@link io.containment.runtime.http.error.ErrorReplies} maps
 * every exception family to a status and the JSON body {@code {"code": <status>, "message": "…"}};
 * one JAX-RS {@link jakarta.ws.rs.ext.ExceptionMapper} per family and the Helidon signing route
 * ({@code http.SigningRoute}) both answer through it.
 */
package io.containment.runtime.http.error;
