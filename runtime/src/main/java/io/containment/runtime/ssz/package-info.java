/**
 * SSZ hash_tree_root of the consensus containers a validator signs, one record per container named as
 * in the consensus specs, with the mainnet preset's list limits. uint64 fields are Java {@code long}s
 * holding the unsigned value.
 */
package io.containment.runtime.ssz;
