package org.starrocks4j.cli;

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

/** Lists the classes of a package (and its sub-packages) visible to a class loader, from directories and jars. */
final class ModelClassScanner {

    private ModelClassScanner() {
    }

    /** Binary names of the package's named classes (anonymous and local classes left out), sorted. */
    static List<String> classNames(String packageName, ClassLoader loader) throws IOException {
        String path = packageName.replace('.', '/');
        TreeSet<String> names = new TreeSet<>();
        Enumeration<URL> roots = loader.getResources(path);
        while (roots.hasMoreElements()) {
            URL root = roots.nextElement();
            if ("file".equals(root.getProtocol())) {
                fromDirectory(root, packageName, names);
            } else if ("jar".equals(root.getProtocol())) {
                fromJar(root, path, names);
            }
        }
        // Jars written without directory entries are invisible to getResources(folder): read --classpath jars directly.
        if (loader instanceof URLClassLoader urlLoader) {
            for (URL url : urlLoader.getURLs()) {
                if ("file".equals(url.getProtocol()) && url.getPath().endsWith(".jar")) {
                    fromJarFile(url, path, names);
                }
            }
        }
        return new ArrayList<>(names);
    }

    private static void fromJarFile(URL jarUrl, String path, TreeSet<String> names) throws IOException {
        try (JarFile jar = new JarFile(Path.of(jarUrl.toURI()).toFile())) {
            addEntries(jar, path, names);
        } catch (URISyntaxException e) {
            throw new IOException("cannot read the jar " + jarUrl, e);
        }
    }

    private static void fromDirectory(URL root, String packageName, TreeSet<String> names) throws IOException {
        Path dir;
        try {
            dir = Path.of(root.toURI());
        } catch (URISyntaxException e) {
            throw new IOException("cannot read the class folder " + root, e);
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(f -> f.toString().endsWith(".class")).forEach(f -> {
                String relative = dir.relativize(f).toString().replace(f.getFileSystem().getSeparator(), ".");
                add(packageName + "." + relative.substring(0, relative.length() - ".class".length()), names);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void fromJar(URL root, String path, TreeSet<String> names) throws IOException {
        JarURLConnection connection = (JarURLConnection) root.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            addEntries(jar, path, names);
        }
    }

    private static void addEntries(JarFile jar, String path, TreeSet<String> names) {
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            if (name.startsWith(path + "/") && name.endsWith(".class")) {
                add(name.substring(0, name.length() - ".class".length()).replace('/', '.'), names);
            }
        }
    }

    private static void add(String binaryName, TreeSet<String> names) {
        String simple = binaryName.substring(binaryName.lastIndexOf('.') + 1);
        if (simple.equals("package-info") || simple.equals("module-info")) {
            return;
        }
        // Anonymous and local classes ($1, $1Local) declare no model.
        for (String part : simple.split("\\$")) {
            if (!part.isEmpty() && Character.isDigit(part.charAt(0))) {
                return;
            }
        }
        names.add(binaryName);
    }
}
