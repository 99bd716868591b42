/**
 * The {@code containment-chamber} command line (picocli): {@code server}, {@code slashing export|import}.
 * Exit codes: 0 ok, 1 runtime failure, 2 bad usage or bad configuration (one line naming the key).
 */
package io.containment.runtime.cli;
