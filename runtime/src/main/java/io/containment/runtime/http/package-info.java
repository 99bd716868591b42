/** Thin JAX-RS resources of the Web3Signer-compatible API; all logic lives in the packages they call. */
package io.containment.runtime.http;
