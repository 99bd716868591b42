/**
 * The only place that knows HTTP statuses: one {@link jakarta.ws.rs.ext.ExceptionMapper} per
 * exception family, each answering the JSON body {@code {"code": <status>, "message": "…"}}.
 */
package io.containment.runtime.http.error;
