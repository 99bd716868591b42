/**
 * Configuration: YAML through Helidon Config, {@code CONTAINMENT_} environment overrides and CLI
 * flags (CLI &gt; env &gt; file &gt; defaults), parsed once into the immutable {@link io.containment.runtime.config.Settings}.
 * Any unusable value is a {@link io.containment.runtime.config.ConfigException} naming the key (exit 2).
 */
package io.containment.runtime.config;
