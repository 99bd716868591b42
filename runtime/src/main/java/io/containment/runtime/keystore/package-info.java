/**
 * EIP-2335 keystore decryption offered to plugins and plugin tools through
 * {@link io.containment.api.plugin.PluginContext#keystores()}: JDK cryptography only
 * (scrypt written out over the JDK's HMAC-SHA256), every intermediate secret wiped.
 */
package io.containment.runtime.keystore;
