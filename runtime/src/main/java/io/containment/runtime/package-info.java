/**
 * The Containment Chamber runtime: a Helidon MP application that loads PF4J plugins behind the
 * SPI of {@code io.containment.api} and serves the Web3Signer HTTP API.
 */
package io.containment.runtime;
