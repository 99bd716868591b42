/**
 * The signer's lifecycle around the HTTP server: its seal state as seen by health checks and
 * metrics ({@link io.containment.runtime.lifecycle.SignerStatus}) and the graceful shutdown that
 * drains in-flight signing ({@link io.containment.runtime.lifecycle.ShutdownDrain}).
 */
package io.containment.runtime.lifecycle;
