/**
 * The DynamoDB auth backend: policies and token records (HMAC hashes only) as items of one
 * partition of one table. Every write is serialised through the table's head item: a conditional
 * update that moves the revision and records the write as pending; the write's items are then
 * applied (idempotently, ordered by revision) and the pending mark cleared — by the writer, or by
 * any instance that finds it (so a writer that dies half-way never leaves a half-visible write).
 */
package io.containment.plugins.auth.dynamodb;
