/**
 * The SQLite auth backend, the embedded default: policies and token records (HMAC hashes only)
 * in one database file (0600, WAL, {@code synchronous=FULL}); every write is one
 * {@code BEGIN IMMEDIATE} transaction that also bumps the revision.
 */
package io.containment.plugins.auth.sqlite;
