/** BLS12-381 signing with supranational blst (jblst), the proof-of-possession scheme of the consensus specs. */
package io.containment.runtime.bls;
