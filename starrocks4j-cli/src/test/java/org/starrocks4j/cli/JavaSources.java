package org.starrocks4j.cli;

import java.io.File;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.starrocks4j.annotations.StarRocksTable;

/** Test helper: compiles Java sources with javax.tools in this JVM. */
final class JavaSources {

    private JavaSources() {
    }

    /** Writes {@code relative path -> source} under {@code sourceRoot} and compiles them into {@code classes}. */
    static void compile(Map<String, String> sources, Path sourceRoot, Path classes) throws Exception {
        List<File> files = new ArrayList<>();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Path file = sourceRoot.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
            files.add(file.toFile());
        }
        compileFiles(files, classes);
    }

    /** Compiles the files into {@code classes}; javac's diagnostics in the failure. */
    static void compileFiles(List<File> files, Path classes) throws Exception {
        Files.createDirectories(classes);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter output = new StringWriter();
        String core = Path.of(StarRocksTable.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
        try (StandardJavaFileManager fm = compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            List<String> options = List.of("-d", classes.toString(), "-classpath",
                    core + File.pathSeparator + System.getProperty("java.class.path"), "-encoding", "UTF-8",
                    "-Xlint:all", "-Werror", "-proc:none");
            boolean ok = compiler.getTask(output, fm, diagnostics, options, null, fm.getJavaFileObjectsFromFiles(files))
                    .call();
            if (!ok) {
                StringBuilder message = new StringBuilder("does not compile:\n");
                diagnostics.getDiagnostics().forEach(d -> message.append(d).append('\n'));
                throw new AssertionError(message.append(output).toString());
            }
        }
    }

    /** Every .java file below the folder. */
    static List<File> javaFiles(Path root) throws Exception {
        try (var walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).toList();
        }
    }
}
