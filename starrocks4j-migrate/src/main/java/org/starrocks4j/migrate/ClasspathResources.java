package org.starrocks4j.migrate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Lists the resources under a folder of a class loader's class path, from directories and jars: the classes of a
 * model package, the revision files of a {@code classpath:} location. The JDK has no such listing; this covers the
 * two kinds of class path entries Java applications use.
 */
final class ClasspathResources {

    private ClasspathResources() {
    }

    /**
     * Resource names (such as {@code db/starrocks/3f2a_init.sql}) under {@code folder} that end with
     * {@code suffix}, sorted.
     *
     * @param recursive whether sub-folders count too
     */
    static List<String> list(String folder, String suffix, boolean recursive, ClassLoader loader)
            throws IOException {
        String path = folder.replaceAll("^/+|/+$", "");
        TreeSet<String> names = new TreeSet<>();
        Enumeration<URL> roots = loader.getResources(path);
        while (roots.hasMoreElements()) {
            URL root = roots.nextElement();
            if ("file".equals(root.getProtocol())) {
                fromDirectory(root, path, suffix, recursive, names);
            } else if ("jar".equals(root.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) root.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    addEntries(jar, path, suffix, recursive, names);
                }
            }
        }
        // Jars written without directory entries are invisible to getResources(folder): read such jars directly.
        if (loader instanceof URLClassLoader urlLoader) {
            for (URL url : urlLoader.getURLs()) {
                if ("file".equals(url.getProtocol()) && url.getPath().endsWith(".jar")) {
                    try (JarFile jar = new JarFile(Path.of(url.toURI()).toFile())) {
                        addEntries(jar, path, suffix, recursive, names);
                    } catch (URISyntaxException e) {
                        throw new IOException("cannot read the jar " + url, e);
                    }
                }
            }
        }
        return new ArrayList<>(names);
    }

    private static void fromDirectory(URL root, String path, String suffix, boolean recursive, TreeSet<String> names)
            throws IOException {
        Path dir;
        try {
            dir = Path.of(root.toURI());
        } catch (URISyntaxException e) {
            throw new IOException("cannot read the class path folder " + root, e);
        }
        try (Stream<Path> files = recursive ? Files.walk(dir) : Files.list(dir)) {
            files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(suffix)).forEach(f -> {
                String relative = dir.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/");
                names.add(path.isEmpty() ? relative : path + "/" + relative);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void addEntries(JarFile jar, String path, String suffix, boolean recursive, TreeSet<String> names) {
        String prefix = path.isEmpty() ? "" : path + "/";
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            if (name.startsWith(prefix) && name.endsWith(suffix)
                    && (recursive || name.indexOf('/', prefix.length()) < 0)) {
                names.add(name);
            }
        }
    }
}
