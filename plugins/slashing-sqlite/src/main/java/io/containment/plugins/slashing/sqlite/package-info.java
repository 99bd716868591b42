/**
 * The SQLite slashing protection store, the embedded default: one database file (0600, WAL,
 * {@code synchronous=FULL}) holding every signed block and attestation of every validator, the low
 * watermarks set by imports, and the genesis validators root the file belongs to. Each
 * check-and-record is one {@code BEGIN IMMEDIATE} transaction, committed before the verdict is
 * returned.
 */
package io.containment.plugins.slashing.sqlite;
