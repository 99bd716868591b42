package com.example.containment;

import io.containment.api.contract.KeySourceContract;
import io.containment.api.keys.KeySource;
import io.containment.api.plugin.PluginConfig;
import io.containment.api.plugin.PluginContext;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The SPI's contract suite (known-answer signatures, wiping, problems) run against this source:
 * provision the secrets the way the source reads them, hand the suite the source.
 */
class HexFileKeySourceTest extends KeySourceContract {
    @Override
    protected KeySource createSourceWith(List<byte[]> secrets, Path dir, PluginContext context) throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write("# test keys\n".getBytes(StandardCharsets.US_ASCII));
        for (byte[] secret : secrets) {
            file.write(("0x" + HexFormat.of().formatHex(secret) + "\n").getBytes(StandardCharsets.US_ASCII));
        }
        Path keys = Files.write(dir.resolve("keys.txt"), file.toByteArray());
        HexFileKeySourceFactory factory = new HexFileKeySourceFactory();
        PluginConfig config = PluginConfig.of("key_sources.hex-file", Map.of("file", keys.toString()),
                factory.configProperties(), dir);
        return factory.create(config, context);
    }
}
