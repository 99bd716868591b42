/** The keys the signer can use: an immutable snapshot across all key sources, swapped on reload. */
package io.containment.runtime.keys;
