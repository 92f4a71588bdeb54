package org.starrocks4j.migrate;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where revision files are: {@code classpath:db/starrocks} (a folder on the class path, so an application ships its
 * revisions inside its jar) or {@code filesystem:migrations} (a folder, relative to the project folder unless
 * absolute). A location without a prefix is a folder.
 *
 * @param kind class path or file system
 * @param path the folder: a resource path ({@code db/starrocks}) or a file path
 */
public record Location(Kind kind, String path) {

    /** The two kinds of location. */
    public enum Kind {
        CLASSPATH("classpath:"), FILESYSTEM("filesystem:");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }
    }

    public Location {
        Objects.requireNonNull(kind, "kind");
        path = Objects.requireNonNull(path, "path").strip();
        if (kind == Kind.CLASSPATH) {
            path = path.replaceAll("^/+|/+$", "");
        }
        if (path.isEmpty()) {
            throw new StarRocks4jException(ErrorCode.CONFIGURATION, "location '" + kind.prefix + "' names no folder; "
                    + "write e.g. classpath:db/starrocks or filesystem:migrations");
        }
    }

    /** Reads {@code classpath:PATH}, {@code filesystem:PATH} or a plain folder. */
    public static Location parse(String text) {
        String t = Objects.requireNonNull(text, "location").strip();
        for (Kind kind : Kind.values()) {
            if (t.regionMatches(true, 0, kind.prefix, 0, kind.prefix.length())) {
                return new Location(kind, t.substring(kind.prefix.length()));
            }
        }
        if (t.matches("(?i)[a-z][a-z0-9+.-]+:.*")) {
            throw new StarRocks4jException(ErrorCode.CONFIGURATION, "location '" + t + "' has an unknown prefix; "
                    + "write classpath:FOLDER or filesystem:FOLDER");
        }
        return new Location(Kind.FILESYSTEM, t);
    }

    /** A folder on the class path. */
    public static Location classpath(String path) {
        return new Location(Kind.CLASSPATH, path);
    }

    /** A folder of the file system. */
    public static Location filesystem(Path folder) {
        return new Location(Kind.FILESYSTEM, folder.toString());
    }

    public boolean isFilesystem() {
        return kind == Kind.FILESYSTEM;
    }

    /** The folder of a file system location, resolved against {@code baseDir} when relative. */
    public Path folder(Path baseDir) {
        if (kind != Kind.FILESYSTEM) {
            throw new IllegalStateException(this + " is not a file system location");
        }
        return baseDir.resolve(path).toAbsolutePath().normalize();
    }

    @Override
    public String toString() {
        return kind.prefix + path;
    }

    /** For messages: {@code classpath:db/starrocks}, or the folder's absolute path. */
    String describe(Path baseDir) {
        return kind == Kind.FILESYSTEM ? folder(baseDir).toString() : toString();
    }
}
