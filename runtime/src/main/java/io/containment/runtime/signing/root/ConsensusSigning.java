package io.containment.runtime.signing.root;

import io.containment.api.consensus.Domain;
import io.containment.api.consensus.Root;
import io.containment.api.consensus.Version;
import io.containment.runtime.ssz.ForkData;
import io.containment.runtime.ssz.SigningData;

/** The consensus specs' compute_fork_data_root, compute_domain and compute_signing_root. */
public final class ConsensusSigning {
    private ConsensusSigning() {
    }

    /** compute_fork_data_root(current_version, genesis_validators_root). */
    public static Root computeForkDataRoot(Version currentVersion, Root genesisValidatorsRoot) {
        return new ForkData(currentVersion, genesisValidatorsRoot).hashTreeRoot();
    }

    /** compute_domain(domain_type, fork_version, genesis_validators_root): the type ‖ fork_data_root[:28]. */
    public static Domain computeDomain(DomainType domainType, Version forkVersion, Root genesisValidatorsRoot) {
        byte[] domain = new byte[Domain.LENGTH];
        System.arraycopy(domainType.bytes(), 0, domain, 0, 4);
        System.arraycopy(computeForkDataRoot(forkVersion, genesisValidatorsRoot).bytes(), 0, domain, 4, 28);
        return new Domain(domain);
    }

    /** compute_signing_root(object, domain), given the object's hash_tree_root. */
    public static Root computeSigningRoot(Root objectRoot, Domain domain) {
        return new SigningData(objectRoot, domain).hashTreeRoot();
    }
}
