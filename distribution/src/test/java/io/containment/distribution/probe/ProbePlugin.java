package io.containment.distribution.probe;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Zips the compiled {@link ProcessProbeFactory} into a PF4J plugin for the distribution's plugins folder. */
public final class ProbePlugin {
    private ProbePlugin() {
    }

    /** Writes {@code process-probe.zip} into {@code pluginsFolder}. */
    public static Path writeInto(Path pluginsFolder) throws IOException {
        String classFile = ProcessProbeFactory.class.getName().replace('.', '/') + ".class";
        Path compiled;
        try {
            compiled = Path.of(ProcessProbeFactory.class.getClassLoader().getResource(classFile).toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Plugin-Id", "process-probe");
        main.putValue("Plugin-Version", "1.0.0");
        main.putValue("Plugin-Requires", "1.x");
        Path zip = pluginsFolder.resolve("process-probe.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
             var classes = Files.newDirectoryStream(compiled.getParent(), "ProcessProbeFactory*.class")) {
            out.putNextEntry(new ZipEntry("classes/META-INF/MANIFEST.MF"));
            manifest.write(out);
            out.closeEntry();
            out.putNextEntry(new ZipEntry("classes/META-INF/extensions.idx"));
            out.write((ProcessProbeFactory.class.getName() + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.closeEntry();
            for (Path file : classes) {
                out.putNextEntry(new ZipEntry("classes/" + ProcessProbeFactory.class.getPackageName().replace('.', '/')
                        + "/" + file.getFileName()));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return zip;
    }
}
