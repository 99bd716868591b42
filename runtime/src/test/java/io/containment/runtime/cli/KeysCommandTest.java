package io.containment.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code containment-chamber keys}: dispatch to the plugin tools (here the test tool on the class path). */
class KeysCommandTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void capture() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    @Test
    void theToolGetsEveryArgumentAfterItsNameOptionsIncluded() {
        int code = Main.execute("keys", "--plugins-directory", dir.resolve("none").toString(), "--data-dir",
                dir.resolve("data").toString(), "test-echo", "--kms-key-id", "alias/x", "-c", "ignored");

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("args=[--kms-key-id, alias/x, -c, ignored] keystores=RuntimeKeystores");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void theToolsExitCodeIsTheCommandsExitCode() {
        int code = Main.execute("keys", "--plugins-directory", dir.toString(), "test-echo", "--fail");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("told to fail");
    }

    @Test
    void withoutAToolTheToolsAreListed() {
        int code = Main.execute("keys", "--plugins-directory", dir.toString());

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("test-echo").contains("prints its arguments");
    }

    @Test
    void anUnknownToolIsBadUsageNamingTheAvailableOnes() {
        int code = Main.execute("keys", "--plugins-directory", dir.toString(), "wrap-kms");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no tool named 'wrap-kms'").contains("test-echo");
    }
}
