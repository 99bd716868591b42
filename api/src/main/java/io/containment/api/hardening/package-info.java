/** Process hardening measures applied at startup, before any key is loaded. */
package io.containment.api.hardening;
