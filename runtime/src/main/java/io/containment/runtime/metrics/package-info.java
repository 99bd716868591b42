/**
 * Prometheus metrics (Micrometer): the {@code MeterRegistry} bean, the separate metrics listener
 * serving {@code GET /metrics} on {@code metrics.listen_address:listen_port}, and the
 * {@code containment_*} meters of the signing path, the slashing store, the key sources, the seal
 * state and plugins. JVM and process metrics come from Micrometer's binders.
 */
package io.containment.runtime.metrics;
