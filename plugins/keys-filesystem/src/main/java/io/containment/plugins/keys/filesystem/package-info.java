/**
 * The {@code filesystem} key source: Web3Signer key-config YAML files ({@code file-raw},
 * {@code file-keystore}) and bare EIP-2335 keystores with password files, read from folders,
 * decrypted in parallel with bounded concurrency and memory.
 *
 * <p>Secrets (private keys, passwords, derived keys) live only in byte or char arrays that are
 * wiped in {@code finally} blocks; they never enter a String, a log line or an exception message.
 * Where a library forces a copy out of reach (noted at the call), the copy is left to the garbage
 * collector.
 */
package io.containment.plugins.keys.filesystem;
