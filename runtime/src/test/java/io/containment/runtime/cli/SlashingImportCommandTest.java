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

/** {@code slashing import}: one source, a file or a Web3Signer database read by a plugin. */
class SlashingImportCommandTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @BeforeEach
    void capture() {
        originalErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(originalErr);
    }

    @Test
    void neitherOrBothSourcesIsBadUsage() {
        assertThat(Main.execute("slashing", "import", "--data-dir", dir.toString())).isEqualTo(2);
        assertThat(Main.execute("slashing", "import", "--data-dir", dir.toString(), "--from", "history.json",
                "--from-web3signer-db", "jdbc:postgresql://db/web3signer")).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("give exactly one of --from FILE and --from-web3signer-db");
    }

    @Test
    void withoutAPluginThatReadsWeb3SignerDatabasesItExitsTwoSayingWhichPluginDoes() {
        int code = Main.execute("slashing", "import", "--data-dir", dir.resolve("data").toString(),
                "--plugins-directory", dir.resolve("no-plugins").toString(),
                "--from-web3signer-db", "jdbc:postgresql://db/web3signer?password=hunter2");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--from-web3signer-db").contains("slashing-postgres")
                .doesNotContain("hunter2");
    }
}
