/**
 * The JSON wire format of the signing API: {@link io.containment.runtime.http.wire.SignRequestParser} reads a
 * request body into one {@link io.containment.runtime.http.wire.SignRequest} record per signing type, or throws
 * {@link io.containment.runtime.http.wire.MalformedRequestException} with a message fit for a 400.
 */
package io.containment.runtime.http.wire;
