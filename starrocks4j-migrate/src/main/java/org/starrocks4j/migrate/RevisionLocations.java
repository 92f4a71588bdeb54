package org.starrocks4j.migrate;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The revision files of all configured {@link Location}s, read in order: file system folders and class path folders
 * (directories or jars). New revisions are written to the first file system location.
 */
final class RevisionLocations {

    private final List<Location> locations;
    private final Path baseDir;
    private final Supplier<ClassLoader> classLoader;

    /** @param classLoader the class loader of {@code classpath:} locations, asked for only when there is one */
    RevisionLocations(List<Location> locations, Path baseDir, Supplier<ClassLoader> classLoader) {
        this.locations = List.copyOf(locations);
        this.baseDir = Objects.requireNonNull(baseDir, "baseDir");
        this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
    }

    /** Every revision of every location; a location that does not exist holds none. */
    List<Revision> load() throws IOException {
        List<Revision> out = new ArrayList<>();
        for (Location location : locations) {
            if (location.isFilesystem()) {
                RevisionDirectory directory = new RevisionDirectory(location.folder(baseDir));
                if (directory.exists()) {
                    out.addAll(directory.load());
                }
            } else {
                for (String resource : ClasspathResources.list(location.path(), ".sql", false, classLoader.get())) {
                    out.add(read(resource));
                }
            }
        }
        return out;
    }

    RevisionGraph graph() throws IOException {
        return new RevisionGraph(load());
    }

    /** The locations, for messages: {@code classpath:db/starrocks, /home/ann/project/migrations}. */
    String describe() {
        return locations.stream().map(l -> l.describe(baseDir)).collect(Collectors.joining(", "));
    }

    /** Where new revisions are written: the first file system location. */
    RevisionDirectory writable() {
        for (Location location : locations) {
            if (location.isFilesystem()) {
                return new RevisionDirectory(location.folder(baseDir));
            }
        }
        throw new StarRocks4jException(ErrorCode.CONFIGURATION, "no file system location to write the revision to "
                + "(the locations are " + describe() + "); add one, e.g. filesystem:src/main/resources/db/starrocks");
    }

    private Revision read(String resource) throws IOException {
        URL url = classLoader.get().getResource(resource);
        if (url == null) {
            throw new IOException("class path resource " + resource + " disappeared while reading it");
        }
        String text;
        try (InputStream in = url.openStream()) {
            text = SqlFileText.decode(in.readAllBytes(), "classpath:" + resource);
        }
        if ("file".equals(url.getProtocol())) {
            try {
                return RevisionFile.parse(text, Path.of(url.toURI()));
            } catch (URISyntaxException e) {
                throw new IOException("cannot read " + url, e);
            }
        }
        return RevisionFile.parseEntry(text, "classpath:" + resource + " (" + url + ")");
    }
}
