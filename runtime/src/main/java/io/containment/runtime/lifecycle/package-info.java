/**
 * The signer's lifecycle around the HTTP server: the graceful shutdown that drains in-flight
 * signing ({@link io.containment.runtime.lifecycle.ShutdownDrain}). The seal state lives in
 * {@code io.containment.runtime.seal}.
 */
package io.containment.runtime.lifecycle;
