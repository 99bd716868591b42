/** {@code /reload}: background re-scan of the key sources, one at a time, with a status. */
package io.containment.runtime.reload;
