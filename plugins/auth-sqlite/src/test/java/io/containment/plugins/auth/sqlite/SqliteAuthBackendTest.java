package io.containment.plugins.auth.sqlite;

import io.containment.api.auth.AuthBackend;
import io.containment.api.contract.AuthBackendContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite backend against the whole auth contract; the instances of one test share one file. */
class SqliteAuthBackendTest extends AuthBackendContract {
    @TempDir
    Path directory;

    @Override
    protected AuthBackend openBackend() {
        return SqliteAuthBackend.open(directory.resolve("auth.sqlite"), 10_000);
    }
}
