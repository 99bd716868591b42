/** Starting the Helidon MP server and the startup checks that run before it serves. */
package io.containment.runtime.server;
