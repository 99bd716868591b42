package io.containment.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Version;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** YAML + CONTAINMENT_ environment + CLI flags into Settings, and the errors that name their key. */
class SettingsParserTest {
    @TempDir
    Path dir;

    private Settings parse(String yaml, Map<String, String> cli, Map<String, String> env) throws IOException {
        Path file = dir.resolve("config.yaml");
        Files.writeString(file, yaml);
        return SettingsParser.parse(ConfigLoader.load(Optional.of(file), cli, env), Optional.of(file), Path.of("/opt/cc"));
    }

    @Test
    void embeddedDefaultsWithoutAFile() {
        Settings settings = SettingsParser.parse(ConfigLoader.load(Optional.empty(), Map.of(), Map.of()), Optional.empty(),
                Path.of("/opt/cc"));
        assertThat(settings.server()).isEqualTo(new Settings.Listener("127.0.0.1", 9000));
        assertThat(settings.metrics()).isEqualTo(new Settings.Listener("127.0.0.1", 3000));
        assertThat(settings.network().name()).isEqualTo("mainnet");
        assertThat(settings.keySources()).containsOnlyKeys("filesystem");
        assertThat(settings.antiSlashing().backend()).isEqualTo("sqlite");
        assertThat(settings.pluginsDirectory()).isEqualTo(Path.of("/opt/cc/plugins"));
        assertThat(settings.dataDir()).isEqualTo(Path.of("").toAbsolutePath().resolve("data"));
    }

    @Test
    void cliBeatsEnvironmentBeatsFile() throws IOException {
        String yaml = "server: { listen_port: 9100, listen_address: 10.0.0.1 }\nanti_slashing: { backend: sqlite, path: a.db }\n";
        Settings settings = parse(yaml, Map.of("server.listen_port", "9300"),
                Map.of("CONTAINMENT_SERVER__LISTEN_PORT", "9200", "CONTAINMENT_ANTI_SLASHING__PATH", "/env.db",
                        "OTHER_VARIABLE", "ignored"));
        assertThat(settings.server().listenPort()).isEqualTo(9300);
        assertThat(settings.server().listenAddress()).isEqualTo("10.0.0.1");
        assertThat(settings.antiSlashing().options()).containsEntry("path", "/env.db");
    }

    @Test
    void theLaunchersAndOperatorCommandsOwnVariablesAreNotConfigurationKeys() throws IOException {
        // docs/configuration.md tells operators to set CONTAINMENT_LOGGING_CONFIG; it once stopped the
        // signer with "logging_config: unknown key"
        Settings settings = parse("server: { listen_port: 9100 }\n", Map.of(),
                Map.of("CONTAINMENT_LOGGING_CONFIG", "/etc/containment/logging.properties", "CONTAINMENT_TOKEN", "not-config"));
        assertThat(settings.server().listenPort()).isEqualTo(9100);
    }

    @Test
    void relativePathsResolveAgainstTheConfigFilesFolder() throws IOException {
        Settings settings = parse("data_dir: state\nplugins: { directory: ../plugins }\n", Map.of(), Map.of());
        assertThat(settings.dataDir()).isEqualTo(dir.resolve("state"));
        assertThat(settings.pluginsDirectory()).isEqualTo(dir.getParent().resolve("plugins"));
    }

    @Test
    void aCustomDevnetOnTheMinimalPreset() throws IOException {
        Settings settings = parse("""
                network:
                  name: devnet
                  genesis_validators_root: "0x83431ec7fcf92cfc44947fc0418e831c25e1d0806590231c439830db7ad54fda"
                  slots_per_epoch: 8
                  forks:
                    - { name: phase0, version: "0x00000001", epoch: 0 }
                    - { name: altair, version: "0x01000001", epoch: 0 }
                    - { name: bellatrix, version: "0x02000001", epoch: 0 }
                    - { name: capella, version: "0x03000001", epoch: 2 }
                """, Map.of(), Map.of());
        assertThat(settings.network().name()).isEqualTo("devnet");
        assertThat(settings.network().slotsPerEpoch()).isEqualTo(8);
        assertThat(settings.network().genesisForkVersion()).isEqualTo(Version.fromHex("0x00000001"));
        assertThat(settings.network().fork("capella").orElseThrow().epoch()).isEqualTo(new Epoch(2));
        assertThat(settings.network().fork("deneb")).isEmpty();
    }

    @Test
    void builtInNetworksByName() throws IOException {
        assertThat(parse("network: hoodi\n", Map.of(), Map.of()).network().name()).isEqualTo("hoodi");
        assertThat(parse("network: SEPOLIA\n", Map.of(), Map.of()).network().name()).isEqualTo("sepolia");
    }

    @Test
    void errorsNameTheKey() {
        assertThatThrownBy(() -> parse("serverr: {}\n", Map.of(), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("serverr: unknown key");
        assertThatThrownBy(() -> parse("server: { listen_port: nine }\n", Map.of(), Map.of()))
                .hasMessageStartingWith("server.listen_port: expected an integer");
        assertThatThrownBy(() -> parse("server: { listen_port: 70000 }\n", Map.of(), Map.of()))
                .hasMessageStartingWith("server.listen_port: must be between");
        assertThatThrownBy(() -> parse("network: goerli\n", Map.of(), Map.of()))
                .hasMessageStartingWith("network: unknown network 'goerli'");
        assertThatThrownBy(() -> parse("network: { name: x, genesis_validators_root: \"0x12\", forks: [] }\n", Map.of(), Map.of()))
                .hasMessageStartingWith("network.genesis_validators_root:");
        assertThatThrownBy(() -> parse("canary_keys: [\"0x1234\"]\n", Map.of(), Map.of()))
                .hasMessageStartingWith("canary_keys:");
        assertThatThrownBy(() -> parse("server: { tls: { mode: files } }\n", Map.of(), Map.of()))
                .hasMessageStartingWith("server.tls.mode:");
        assertThatThrownBy(() -> SettingsParser.parse(ConfigLoader.load(Optional.of(dir.resolve("missing.yaml")), Map.of(),
                Map.of()), Optional.empty(), dir)).hasMessageContaining("missing.yaml");
    }
}
