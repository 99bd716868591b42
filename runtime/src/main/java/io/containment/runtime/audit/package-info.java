/** Security events as one JSON line each on logger {@code audit}, routable by logging config alone. */
package io.containment.runtime.audit;
