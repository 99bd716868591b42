package io.containment.runtime.plugins;

import io.containment.api.SpiVersion;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds a real PF4J plugin zip in a temp dir: compiles Java sources against the host class path
 * with javac, writes {@code classes/} with the manifest and {@code META-INF/extensions.idx}, and
 * optional {@code lib/} jars.
 */
final class PluginZipBuilder {
    private final Path workDir;
    private final String pluginId;
    private String requires = SpiVersion.MAJOR + ".x";
    private final Map<String, String> sources = new java.util.LinkedHashMap<>();
    private final List<String> extensions = new ArrayList<>();
    private final List<Path> libJars = new ArrayList<>();

    PluginZipBuilder(Path workDir, String pluginId) {
        this.workDir = workDir;
        this.pluginId = pluginId;
    }

    /** Adds a source file; {@code extension} marks a class to list in extensions.idx. */
    PluginZipBuilder source(String className, String code, boolean extension) {
        sources.put(className, code);
        if (extension) {
            extensions.add(className);
        }
        return this;
    }

    PluginZipBuilder requires(String expression) {
        this.requires = expression;
        return this;
    }

    PluginZipBuilder libJar(Path jar) {
        libJars.add(jar);
        return this;
    }

    /** Compiles and zips into {@code directory}; returns the zip. */
    Path buildInto(Path directory) throws IOException {
        Path classes = Files.createDirectories(workDir.resolve(pluginId + "-build/classes"));
        compile(classes);
        Files.createDirectories(classes.resolve("META-INF"));
        Files.writeString(classes.resolve("META-INF/extensions.idx"), String.join("\n", extensions) + "\n");
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Plugin-Id", pluginId);
        main.putValue("Plugin-Version", "1.0.0");
        main.putValue("Plugin-Requires", requires);
        try (OutputStream out = Files.newOutputStream(classes.resolve("META-INF/MANIFEST.MF"))) {
            manifest.write(out);
        }
        Path zip = Files.createDirectories(directory).resolve(pluginId + ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip)); Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new ZipEntry("classes/" + classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
            for (Path jar : libJars) {
                out.putNextEntry(new ZipEntry("lib/" + jar.getFileName()));
                Files.copy(jar, out);
                out.closeEntry();
            }
        }
        return zip;
    }

    private void compile(Path classes) throws IOException {
        Path src = Files.createDirectories(workDir.resolve(pluginId + "-build/src"));
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-proc:none",
                "-cp", System.getProperty("java.class.path")));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = src.resolve(source.getKey().replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
            arguments.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int result = javac.run(null, null, null, arguments.toArray(String[]::new));
        if (result != 0) {
            throw new IllegalStateException("javac failed for plugin " + pluginId);
        }
    }

    /** Source of a key-source factory named {@code name} in package {@code pkg}, with no keys. */
    static String emptyKeySourceFactory(String pkg, String className, String name) {
        return """
                package %s;

                import io.containment.api.keys.*;
                import io.containment.api.plugin.*;
                import java.util.List;

                public class %s implements KeySourceFactory {
                    public String name() { return "%s"; }
                    public List<ConfigProperty> configProperties() { return List.of(); }
                    public KeySource create(PluginConfig config, PluginContext context) {
                        return new KeySource() {
                            public List<ValidatorKey> keys() { return List.of(); }
                            public void close() { }
                        };
                    }
                }
                """.formatted(pkg, className, name);
    }
}
