/**
 * The Ethereum Key Manager API ({@code /eth/v1/keystores}): thin resource, request parsing that
 * keeps passwords as bytes, and the import and delete flows over the key registry, the writable
 * key source and the slashing store.
 */
package io.containment.runtime.keymanager;
