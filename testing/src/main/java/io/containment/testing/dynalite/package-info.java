/**
 * A dynalite harness: the npm package {@code dynalite} (a DynamoDB-compatible server) installed
 * once into a cache folder and run as a child {@code node} process on 127.0.0.1 for tests —
 * {@link io.containment.testing.dynalite.Dynalite} (AutoCloseable) or
 * {@link io.containment.testing.dynalite.DynaliteExtension} (JUnit 5).
 */
package io.containment.testing.dynalite;
