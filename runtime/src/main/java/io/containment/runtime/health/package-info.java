/** {@code /healthcheck}: keys loaded, slashing store reachable, signer unsealed — per-check JSON. */
package io.containment.runtime.health;
