/**
 * The signing pipeline, in this order: network guard → resolve key → signing root (compared with
 * a supplied one) → slashing check-and-record → sign → audit. Every refusal is a
 * {@link io.containment.runtime.signing.SigningRefusal}; no step ever lets a signature out after
 * a failure.
 */
package io.containment.runtime.signing;
