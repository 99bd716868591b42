package io.containment.runtime.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.api.keys.KeySourceFactory;
import io.containment.api.slashing.SlashingStoreFactory;
import io.containment.runtime.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loads real plugin zips compiled in a temp dir. */
class PluginHostTest {
    @TempDir
    Path work;

    private Path plugins() {
        return work.resolve("plugins");
    }

    private PluginZipBuilder keySourcePlugin(String id, String name) {
        String pkg = "test." + id.replace('-', '_');
        return new PluginZipBuilder(work, id).source(pkg + ".Factory",
                PluginZipBuilder.emptyKeySourceFactory(pkg, "Factory", name), true);
    }

    @Test
    void findsAFactoryFromAPluginZipByItsConfiguredName() throws IOException {
        keySourcePlugin("zipped-keys", "zipped").buildInto(plugins());
        try (PluginHost host = PluginHost.start(plugins())) {
            Map<String, KeySourceFactory> factories = host.factories(KeySourceFactory.class);
            assertThat(factories).containsKey("zipped").containsKey("test-raw");
            assertThat(factories.get("zipped").getClass().getClassLoader()).isNotSameAs(getClass().getClassLoader());
        }
    }

    @Test
    void refusesAPluginBuiltForAnotherSpiMajor() throws IOException {
        keySourcePlugin("future-keys", "future").requires("2.x").buildInto(plugins());
        assertThatThrownBy(() -> PluginHost.start(plugins()))
                .isInstanceOf(PluginHostException.class)
                .hasMessageContaining("future-keys").hasMessageContaining("SPI 2.x").hasMessageContaining(io.containment.api.SpiVersion.asString());
    }

    @Test
    void refusesAPluginThatDeclaresNoSpiVersion() throws IOException {
        keySourcePlugin("unversioned", "unversioned").requires("*").buildInto(plugins());
        assertThatThrownBy(() -> PluginHost.start(plugins()))
                .isInstanceOf(PluginHostException.class).hasMessageContaining("declares no SPI version");
    }

    @Test
    void refusesTwoFactoriesWithOneName() throws IOException {
        keySourcePlugin("first", "twin").buildInto(plugins());
        keySourcePlugin("second", "twin").buildInto(plugins());
        try (PluginHost host = PluginHost.start(plugins())) {
            assertThatThrownBy(() -> host.factories(KeySourceFactory.class))
                    .isInstanceOf(PluginHostException.class).hasMessageContaining("'twin'")
                    .hasMessageContaining("plugin first").hasMessageContaining("plugin second");
        }
    }

    @Test
    void aConfiguredBackendWithoutFactoryNamesTheKeyAndWhatIsAvailable() {
        try (PluginHost host = PluginHost.start(plugins())) {
            assertThatThrownBy(() -> ConfiguredFactories.select(host.factories(SlashingStoreFactory.class), "postgres",
                    "anti_slashing.backend", "slashing store"))
                    .isInstanceOf(ConfigException.class)
                    .hasMessageStartingWith("anti_slashing.backend: no slashing store named 'postgres'")
                    .hasMessageContaining("memory");
        }
    }

    @Test
    void theSpiAlwaysComesFromTheHostEvenWhenAPluginBundlesACopy() throws IOException {
        Path fakeApi = bundledApiCopy();
        keySourcePlugin("bundles-api", "bundled").libJar(fakeApi).buildInto(plugins());
        try (PluginHost host = PluginHost.start(plugins())) {
            KeySourceFactory factory = host.factories(KeySourceFactory.class).get("bundled");
            assertThat(factory).isInstanceOf(KeySourceFactory.class);
            assertThat(factory.create(null, null).keys()).isEmpty();
        }
    }

    /** A jar with a copy of the SPI's KeySourceFactory class file, as a careless plugin might bundle. */
    private Path bundledApiCopy() throws IOException {
        String entry = KeySourceFactory.class.getName().replace('.', '/') + ".class";
        Path jar = work.resolve("containment-api-copy.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             var in = KeySourceFactory.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
            out.closeEntry();
        }
        return jar;
    }
}
