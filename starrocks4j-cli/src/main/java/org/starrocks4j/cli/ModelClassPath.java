package org.starrocks4j.cli;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The class loader for model classes: the tool's own class path plus {@code --classpath} entries. */
final class ModelClassPath {

    private ModelClassPath() {
    }

    /** A loader over the entries ({@link File#pathSeparator}-separated folders and jars); missing entries fail. */
    static ClassLoader loader(String classPath) throws MalformedURLException {
        ClassLoader parent = ModelClassPath.class.getClassLoader();
        if (classPath == null || classPath.isBlank()) {
            return parent;
        }
        List<URL> urls = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path path = Path.of(entry.strip());
            if (!Files.exists(path)) {
                throw new IllegalArgumentException("--classpath entry '" + entry + "' does not exist; give folders "
                        + "of compiled classes or jars, separated by '" + File.pathSeparator + "'");
            }
            urls.add(path.toUri().toURL());
        }
        return new URLClassLoader(urls.toArray(URL[]::new), parent);
    }
}
