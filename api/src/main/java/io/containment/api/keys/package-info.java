/**
 * Key sources: where validator keys come from. A {@link io.containment.api.keys.ValidatorKey}
 * signs without exposing its secret, so a remote HSM or KMS can implement it as well as a file.
 */
package io.containment.api.keys;
