/**
 * Backpressure on the signing path: {@link io.containment.runtime.backpressure.SigningLimiter}
 * bounds concurrent signing and the queue in front of it; past either bound, or past the request
 * timeout while queued, a request is refused at once with an
 * {@link io.containment.runtime.backpressure.OverloadedException} (503 with Retry-After).
 * {@code /upcheck} and everything but signing never pass through it.
 */
package io.containment.runtime.backpressure;
