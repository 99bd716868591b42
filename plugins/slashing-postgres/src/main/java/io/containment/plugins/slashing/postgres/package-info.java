/**
 * The PostgreSQL slashing protection store ({@code anti_slashing.backend: postgres}): several signer
 * processes share one database; a check-and-record is one transaction under a per-validator
 * advisory lock. Also reads Web3Signer's slashing database for {@code slashing import
 * --from-web3signer-db}.
 */
package io.containment.plugins.slashing.postgres;
