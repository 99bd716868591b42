/** Metrics: the meter registry and what is counted on it. */
package io.containment.runtime.metrics;
