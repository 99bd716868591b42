package io.containment.runtime.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import io.containment.api.slashing.ExternalHistoryReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Extensions that are not factories (an {@link ExternalHistoryReader}) are found in plugin zips too. */
class PluginHostExtensionsTest {
    @TempDir
    Path work;

    @Test
    void findsAHistoryReaderInAPluginZip() throws IOException {
        new PluginZipBuilder(work, "reader-plugin").source("test.reader.Reader", """
                package test.reader;

                import io.containment.api.plugin.PluginContext;
                import io.containment.api.slashing.*;

                public class Reader implements ExternalHistoryReader {
                    public String name() { return "other-signer-db"; }
                    public boolean accepts(String location) { return location.startsWith("other:"); }
                    public ExternalHistory read(String location, PluginContext context) {
                        throw new InvalidInterchangeException("not in this test");
                    }
                }
                """, true).buildInto(work.resolve("plugins"));

        try (PluginHost host = PluginHost.start(work.resolve("plugins"))) {
            List<ExternalHistoryReader> readers = host.extensions(ExternalHistoryReader.class);
            assertThat(readers).extracting(ExternalHistoryReader::name).containsExactly("other-signer-db");
            assertThat(readers.getFirst().accepts("other:db")).isTrue();
        }
    }
}
