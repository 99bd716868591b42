/**
 * Authentication backends: storage of {@link io.containment.api.auth.Policy policies} and
 * {@link io.containment.api.auth.TokenRecord token records} (hashes only), with conditional writes
 * and a revision counter so several signer instances share one store. Since SPI 1.3.
 */
package io.containment.api.auth;
