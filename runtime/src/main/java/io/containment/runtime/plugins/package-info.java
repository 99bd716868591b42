/**
 * The PF4J bridge. {@link io.containment.runtime.plugins.PluginHost} owns the plugin manager, loads
 * plugin zips with an api-first class loader (the SPI always comes from the host), refuses plugins
 * built for another SPI major and duplicate factory names, and finds factories by configured name.
 * {@link io.containment.runtime.plugins.PluginBeans} turns the configured factories into CDI beans;
 * plugins never see CDI or Helidon.
 */
package io.containment.runtime.plugins;
