/** Signing roots of signing requests: compute_domain, compute_fork_data_root and compute_signing_root of the specs. */
package io.containment.runtime.signing.root;
