/**
 * Process hardening at startup: every {@code HardeningMeasureFactory} the plugin host finds is
 * created and applied, before any key source exists ({@link HardeningBeans}); and warnings about
 * configuration and key files that other users can read ({@link FileExposure}).
 */
package io.containment.runtime.hardening;
