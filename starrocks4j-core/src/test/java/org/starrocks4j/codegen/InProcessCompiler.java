package org.starrocks4j.codegen;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.starrocks4j.annotations.StarRocksTable;

/** Compiles generated sources with javax.tools in this JVM and loads the classes. */
final class InProcessCompiler {

    private InProcessCompiler() {
    }

    /** Compiles the sources into {@code workDir} (failing with javac's diagnostics and the source) and loads every class. */
    static List<Class<?>> compileAndLoad(List<GeneratedSource> sources, Path workDir) throws Exception {
        Path src = Files.createDirectories(workDir.resolve("src"));
        Path out = Files.createDirectories(workDir.resolve("classes"));
        List<File> files = new ArrayList<>();
        for (GeneratedSource s : sources) {
            Path file = src.resolve(s.relativePath());
            Files.createDirectories(file.getParent() == null ? src : file.getParent());
            Files.writeString(file, s.source(), StandardCharsets.UTF_8);
            files.add(file.toFile());
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter output = new StringWriter();
        try (StandardJavaFileManager fm = compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            List<String> options = List.of("-d", out.toString(), "-classpath", classPath(), "-encoding", "UTF-8",
                    "-Xlint:all", "-Werror", "-proc:none");
            boolean ok = compiler.getTask(output, fm, diagnostics, options, null,
                    fm.getJavaFileObjectsFromFiles(files)).call();
            if (!ok) {
                StringBuilder message = new StringBuilder("generated code does not compile:\n");
                diagnostics.getDiagnostics().forEach(d -> message.append(d).append('\n'));
                message.append(output);
                for (GeneratedSource s : sources) {
                    message.append("\n--- ").append(s.relativePath()).append('\n').append(s.source());
                }
                throw new AssertionError(message.toString());
            }
        }
        URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()},
                InProcessCompiler.class.getClassLoader());
        List<Class<?>> classes = new ArrayList<>();
        for (GeneratedSource s : sources) {
            classes.add(loader.loadClass(s.qualifiedName()));
        }
        return classes;
    }

    private static String classPath() throws URISyntaxException, IOException {
        String core = Path.of(StarRocksTable.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
        return core + File.pathSeparator + System.getProperty("java.class.path");
    }
}
