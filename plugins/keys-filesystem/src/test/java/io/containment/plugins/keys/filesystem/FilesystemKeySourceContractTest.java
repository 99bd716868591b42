package io.containment.plugins.keys.filesystem;

import io.containment.api.contract.KeySourceContract;
import io.containment.api.keys.KeySource;
import io.containment.api.plugin.PluginConfig;
import io.containment.api.plugin.PluginContext;
import io.containment.plugins.keys.filesystem.TestKeystores.LightKdf;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The key-source contract over every way this source reads a key: file-raw documents in one
 * multi-document YAML file, file-keystore documents (scrypt and PBKDF2) and bare keystores with
 * {@code .txt} and {@code .password} files, created through the factory as the runtime does.
 */
class FilesystemKeySourceContractTest extends KeySourceContract {
    @Override
    protected KeySource createSourceWith(List<byte[]> secrets, Path dir, PluginContext context) {
        KeyFolder folder = KeyFolder.at(dir.resolve("keystores"));
        folder.write("raw.yaml", KeyFolder.documents(KeyFolder.fileRaw(secrets.get(0)), KeyFolder.fileRaw(secrets.get(1))));
        for (int i = 2; i < secrets.size(); i++) {
            LightKdf kdf = i % 2 == 0 ? LightKdf.SCRYPT : LightKdf.PBKDF2;
            switch (i % 3) {
                case 0 -> {
                    folder.write("keystores/k" + i + ".json", TestKeystores.encrypt(secrets.get(i), TestKeystores.PASSWORD, kdf));
                    folder.write("passwords/k" + i + ".pass", TestKeystores.PASSWORD);
                    folder.write("k" + i + ".yml", KeyFolder.fileKeystore("keystores/k" + i + ".json", "passwords/k" + i + ".pass"));
                }
                case 1 -> folder.bareKeystore("bare" + i, secrets.get(i), kdf, "txt");
                default -> folder.bareKeystore("bare" + i, secrets.get(i), kdf, "password");
            }
        }
        FilesystemKeySourceFactory factory = new FilesystemKeySourceFactory();
        PluginConfig config = PluginConfig.of("key_sources.filesystem", Map.of("paths", List.of("keystores")),
                factory.configProperties(), dir);
        return factory.create(config, context);
    }
}
