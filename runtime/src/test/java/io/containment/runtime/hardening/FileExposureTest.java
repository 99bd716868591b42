package io.containment.runtime.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.containment.api.plugin.ConfigProperty;
import io.containment.api.plugin.PluginConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileExposureTest {
    private static final List<ConfigProperty> KEY_SOURCE_KEYS = List.of(
            ConfigProperty.optional("paths", ConfigProperty.Type.PATH_LIST, "folders"),
            ConfigProperty.optional("label", ConfigProperty.Type.STRING, "not a path"));

    @TempDir
    Path work;

    private Path file(String name, String mode) throws Exception {
        Path file = Files.writeString(work.resolve(name), "x");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
        return file;
    }

    private Path folder(String name, String mode) throws Exception {
        Path folder = Files.createDirectories(work.resolve(name));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString(mode));
        return folder;
    }

    @Test
    void aConfigFileReadableByOthersGetsAWarningWithTheFix() throws Exception {
        Path config = file("config.yaml", "rw-r--r--");
        assertThat(FileExposure.checkConfigFile(config))
                .containsExactly("config file " + config + " is readable by group/other (rw-r--r--); run: chmod 600 " + config);
    }

    @Test
    void anOwnerOnlyConfigFileOfOurOwnUserIsFine() throws Exception {
        assertThat(FileExposure.checkConfigFile(file("config.yaml", "rw-------"))).isEmpty();
    }

    @Test
    void anOpenDataDirectoryGetsAWarning() throws Exception {
        Path data = folder("data", "rwxr-x---");
        assertThat(FileExposure.checkDataDirectory(data)).singleElement().asString()
                .contains("data directory " + data + " is accessible by group/other").endsWith("chmod 700 " + data);
        assertThat(FileExposure.checkDataDirectory(folder("tight", "rwx------"))).isEmpty();
    }

    @Test
    void keyFoldersAndTheKeystoresInThemAreCheckedThroughTheSourcesPathKeys() throws Exception {
        Path open = folder("open-keys", "rwxr-xr-x");
        Files.writeString(open.resolve("k.json"), "{}");
        Files.setPosixFilePermissions(open.resolve("k.json"), PosixFilePermissions.fromString("rw-r--r--"));
        Path tight = folder("tight-keys", "rwx------");
        Files.writeString(tight.resolve("k.json"), "{}");
        Files.setPosixFilePermissions(tight.resolve("k.json"), PosixFilePermissions.fromString("rw-------"));
        PluginConfig config = PluginConfig.of("key_sources.filesystem",
                Map.of("paths", List.of(open.toString(), tight.toString()), "label", "/etc/passwd"), KEY_SOURCE_KEYS, work);
        assertThat(FileExposure.checkKeySource(config, KEY_SOURCE_KEYS)).containsExactly(
                "key folder " + open + " is accessible by group/other (rwxr-xr-x); run: chmod 700 " + open,
                "1 file(s) in key folder " + open + " are readable by group/other (e.g. k.json); run: chmod 600 " + open + "/*");
    }

    @Test
    void aFileOwnedByAnotherUserGetsAWarning() throws Exception {
        Path config = file("config.yaml", "rw-------");
        int self = ProcessUser.uid().orElseThrow();
        Files.setAttribute(config, "unix:uid", self + 4242);
        assertThat(FileExposure.checkConfigFile(config)).containsExactly("config file " + config + " is owned by uid "
                + (self + 4242) + ", not by the signer's user (uid " + self + "); run: chown " + self + " " + config);
    }
}
