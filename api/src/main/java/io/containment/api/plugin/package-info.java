/**
 * What every plugin receives: its configuration section ({@link io.containment.api.plugin.PluginConfig}),
 * the runtime services it may use ({@link io.containment.api.plugin.PluginContext}) and the
 * exception family it reports failures with.
 */
package io.containment.api.plugin;
