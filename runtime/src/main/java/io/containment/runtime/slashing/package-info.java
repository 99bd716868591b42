/** Slashing protection on the signing path, and the EIP-3076 interchange JSON format. */
package io.containment.runtime.slashing;
