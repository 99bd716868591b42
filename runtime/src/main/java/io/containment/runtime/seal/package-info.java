/**
 * Sealing: the master key that protects validator keys held under it, split with Shamir's scheme
 * over GF(256) so that no single KMS key, host or operator can recover it alone.
 */
package io.containment.runtime.seal;
