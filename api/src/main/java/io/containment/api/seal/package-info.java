/**
 * Seal and unseal (SPI 1.6): {@link io.containment.api.seal.ShareWrapper} wraps master-key shares
 * with external keys (KMS), {@link io.containment.api.seal.SignerStateStore} persists the seal
 * state and the wrapped shares.
 */
package io.containment.api.seal;
