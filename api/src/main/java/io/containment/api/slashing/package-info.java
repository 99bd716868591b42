/**
 * Slashing protection stores. A store checks a proposal or vote against the validator's complete
 * signing history (EIP-3076 rules) and records it in one atomic, durable step before the runtime
 * lets a signature out. Refusals are {@link io.containment.api.slashing.SlashingVerdict.Refused}
 * values carrying the conflicting record; an unreachable database is a
 * {@link io.containment.api.slashing.StoreUnavailableException}. Both mean: no signature.
 */
package io.containment.api.slashing;
