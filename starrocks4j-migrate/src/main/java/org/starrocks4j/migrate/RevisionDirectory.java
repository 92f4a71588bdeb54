package org.starrocks4j.migrate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The migrations folder: every {@code *.sql} file in it is a revision file. */
public final class RevisionDirectory {

    private final Path folder;

    public RevisionDirectory(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    public Path folder() {
        return folder;
    }

    /** True when the folder exists. */
    public boolean exists() {
        return Files.isDirectory(folder);
    }

    /** Reads every revision file; a missing folder fails with what to do. */
    public List<Revision> load() throws IOException {
        if (!exists()) {
            throw new MigrationException(ErrorCode.CONFIGURATION, "revision folder " + folder + " does not exist; "
                    + "create a project with 'starrocks4j init', or set '" + StarRocks4jConfiguration.LOCATIONS
                    + "' in " + StarRocks4jConfiguration.FILE_NAME);
        }
        List<Revision> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                if (Files.isRegularFile(file) && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".sql")) {
                    out.add(RevisionFile.parse(SqlFileText.read(file), file));
                }
            }
        }
        return out;
    }

    /** The revision graph of this folder. */
    public RevisionGraph graph() throws IOException {
        return new RevisionGraph(load());
    }

    /** Writes a new revision as {@code <id>_<slug>.sql}; never overwrites. Returns the revision with its file. */
    public Revision write(Revision revision) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(fileName(revision));
        try {
            Files.writeString(file, RevisionFile.render(revision), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new MigrationException(file + " already exists; choose another revision id");
        }
        return revision.withFile(file);
    }

    /** {@code <id>_<slug>.sql}, the slug made of the message's first words. */
    public static String fileName(Revision revision) {
        String slug = slug(revision.message());
        return revision.id() + (slug.isEmpty() ? "" : "_" + slug) + ".sql";
    }

    /** Lower-case ASCII words joined by {@code _}, at most 40 characters. */
    public static String slug(String message) {
        String s = message.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (s.length() > 40) {
            s = s.substring(0, 40).replaceAll("_[^_]*$", "");
        }
        return s;
    }
}
