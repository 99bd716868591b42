/**
 * Test support shared by modules: servers that speak the real wire protocols of services with no
 * local implementation here, started on 127.0.0.1 by the tests that need them. Test scope only.
 */
package io.containment.testing;
