/**
 * Consensus-layer value types, named as in the consensus specs. Each validates in its compact
 * constructor and copies byte arrays in and out, so an instance can be shared freely.
 */
package io.containment.api.consensus;
