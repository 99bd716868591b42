/**
 * The Containment Chamber SPI: everything a plugin may compile against. JDK only.
 * <ul>
 *   <li>{@link io.containment.api.consensus} value types named as in the consensus specs;</li>
 *   <li>{@link io.containment.api.plugin} configuration and context handed to every plugin;</li>
 *   <li>{@link io.containment.api.keys}, {@link io.containment.api.slashing},
 *       {@link io.containment.api.auth}, {@link io.containment.api.hardening}: extension points.</li>
 * </ul>
 */
package io.containment.api;
