/** Consensus networks: genesis constants and fork schedules, built-in (mainnet, sepolia, hoodi, holesky) or custom. */
package io.containment.runtime.network;
