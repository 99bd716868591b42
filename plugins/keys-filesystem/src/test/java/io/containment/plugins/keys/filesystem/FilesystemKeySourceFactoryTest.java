package io.containment.plugins.keys.filesystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.api.contract.TestPluginContext;
import io.containment.api.keys.KeySource;
import io.containment.api.plugin.ConfigProperty;
import io.containment.api.plugin.ConfigProperty.Type;
import io.containment.api.plugin.PluginConfig;
import io.containment.api.plugin.PluginConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.Extension;

/** The factory as the runtime sees it: its name, its declared keys, its PF4J index entry. */
class FilesystemKeySourceFactoryTest {
    private static final String SECTION = "key_sources.filesystem";
    private final FilesystemKeySourceFactory factory = new FilesystemKeySourceFactory();

    @TempDir
    Path dir;

    @Test
    void isNamedFilesystem() {
        assertThat(factory.name()).isEqualTo("filesystem");
    }

    @Test
    void declaresPathsLoadConcurrencyKeyCacheAndManagedPathWithTheirDefaults() {
        assertThat(factory.configProperties())
                .extracting(ConfigProperty::name, ConfigProperty::type, ConfigProperty::defaultValue, ConfigProperty::required)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("paths", Type.PATH_LIST, Optional.of("./keystores"), false),
                        org.assertj.core.groups.Tuple.tuple("keystore_load_concurrency", Type.INTEGER, Optional.of("0"), false),
                        org.assertj.core.groups.Tuple.tuple("key_cache", Type.BOOLEAN, Optional.of("true"), false),
                        org.assertj.core.groups.Tuple.tuple("managed_path", Type.PATH, Optional.empty(), false));
        assertThat(factory.configProperties()).allSatisfy(property -> assertThat(property.description()).isNotBlank());
    }

    @Test
    void defaultFolderIsKeystoresNextToTheConfigFile() {
        KeyFolder.at(dir.resolve("keystores")).write("key.yaml", KeyFolder.fileRaw(TestKeystores.randomSecret()));

        try (KeySource source = factory.create(config(Map.of()), new TestPluginContext(dir))) {
            assertThat(source.keys()).singleElement()
                    .satisfies(key -> assertThat(key.origin()).isEqualTo(dir.resolve("keystores/key.yaml").toString()));
        }
    }

    @Test
    void severalFoldersAndAnExplicitConcurrencyAreAccepted() {
        KeyFolder.at(dir.resolve("a")).write("key.yaml", KeyFolder.fileRaw(TestKeystores.randomSecret()));
        KeyFolder.at(dir.resolve("b")).write("key.yaml", KeyFolder.fileRaw(TestKeystores.randomSecret()));

        try (KeySource source = factory.create(config(Map.of("paths", List.of("a", dir.resolve("b").toString()),
                "keystore_load_concurrency", "3")), new TestPluginContext(dir))) {
            assertThat(source.keys()).hasSize(2);
        }
    }

    @Test
    void negativeConcurrencyIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> factory.create(config(Map.of("keystore_load_concurrency", "-1")), new TestPluginContext(dir)))
                .isInstanceOfSatisfying(PluginConfigException.class,
                        e -> assertThat(e.key()).isEqualTo(SECTION + ".keystore_load_concurrency"))
                .hasMessageContaining("must be 0 (automatic) or a positive number, got -1");
    }

    @Test
    void emptyPathListIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> factory.create(config(Map.of("paths", List.of())), new TestPluginContext(dir)))
                .isInstanceOfSatisfying(PluginConfigException.class, e -> assertThat(e.key()).isEqualTo(SECTION + ".paths"));
    }

    @Test
    void unknownKeyIsRefusedBeforeCreation() {
        assertThatThrownBy(() -> config(Map.of("path", "./keystores")))
                .isInstanceOfSatisfying(PluginConfigException.class, e -> assertThat(e.key()).isEqualTo(SECTION + ".path"));
    }

    @Test
    void isAPf4jExtensionListedInTheExtensionIndex() throws IOException {
        assertThat(FilesystemKeySourceFactory.class.isAnnotationPresent(Extension.class)).isTrue();
        StringBuilder indexes = new StringBuilder();
        for (URL index : Collections.list(getClass().getClassLoader().getResources("META-INF/extensions.idx"))) {
            try (InputStream in = index.openStream()) {
                indexes.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(indexes.toString().lines()).contains(FilesystemKeySourceFactory.class.getName());
    }

    private PluginConfig config(Map<String, ?> values) {
        return PluginConfig.of(SECTION, values, factory.configProperties(), dir);
    }
}
