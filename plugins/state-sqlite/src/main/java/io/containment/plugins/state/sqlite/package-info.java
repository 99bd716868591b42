/** {@code signer_state.backend: sqlite}: the seal record in one SQLite file (the embedded default). */
package io.containment.plugins.state.sqlite;
