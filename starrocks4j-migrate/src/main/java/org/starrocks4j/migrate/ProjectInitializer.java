package org.starrocks4j.migrate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Creates a migration project: {@code starrocks4j.properties} and an empty {@code migrations/} folder. */
public final class ProjectInitializer {

    private ProjectInitializer() {
    }

    /**
     * Writes the project files into {@code dir} (created if needed). Refuses to overwrite an existing
     * {@code starrocks4j.properties}. Never writes credentials.
     *
     * @param url       the JDBC URL, or {@code null} to write a commented example
     * @param models    model classes or packages, or empty to write a commented example
     * @param classpath where the model classes are compiled to, or empty for the Maven default
     * @return the files created
     */
    public static List<Path> init(Path dir, String url, List<String> models, List<String> classpath)
            throws IOException {
        for (Path folder = dir.toAbsolutePath(); folder != null; folder = folder.getParent()) {
            if (Files.exists(folder)) {
                if (!Files.isDirectory(folder)) {
                    throw new MigrationException(ErrorCode.CONFIGURATION, folder + " is a file, not a folder: init "
                            + "creates the project in folder DIR (new or existing, default: the current folder); "
                            + "give a folder, e.g. 'starrocks4j init my_project'");
                }
                break;
            }
        }
        Files.createDirectories(dir);
        Path config = dir.resolve(StarRocks4jConfiguration.FILE_NAME);
        if (Files.exists(config)) {
            throw new MigrationException(ErrorCode.CONFIGURATION, config + " already exists: this folder already holds "
                    + "a project; edit that file, or give another folder");
        }
        Path migrations = dir.resolve("migrations");
        Files.createDirectories(migrations);
        Files.writeString(config, properties(url, models, classpath), StandardCharsets.UTF_8);
        Path readme = migrations.resolve("README.md");
        if (!Files.exists(readme)) {
            Files.writeString(readme, MIGRATIONS_README, StandardCharsets.UTF_8);
        }
        return List.of(config, migrations);
    }

    static String properties(String url, List<String> models, List<String> classpath) {
        return """
                # starrocks4j migration project.
                #
                # The database to migrate. User and password are NOT kept here: set STARROCKS_USER and
                # STARROCKS_PASSWORD in the environment (or pass --user; the password only from the environment).
                %s
                
                # The target schema: model classes or packages (comma-separated); a value may also be any
                # schema source, e.g. sql:schema.sql. Loaded from 'classpath' (comma-separated, relative to
                # this file).
                %s
                classpath = %s
                
                # Where revision files are kept: folders relative to this file (filesystem:DIR), or folders on
                # the application's class path (classpath:db/starrocks); new revisions go to the first folder.
                locations = migrations
                
                # The version table records applied revisions; it is created on first use with these PROPERTIES.
                # replication_num = 1 suits a single-backend cluster; remove it to use the server default.
                version_table = %s
                version_table.properties.replication_num = 1
                
                # Waiting for asynchronous schema changes (ALTER TABLE column, DISTRIBUTED BY, ORDER BY jobs).
                wait.poll_interval = 2s
                wait.timeout = 30m
                """.formatted(
                url == null || url.isBlank() ? "# url = jdbc:starrocks://localhost:9030/mydatabase" : "url = " + url,
                models.isEmpty() ? "# models = com.example.models" : "models = " + String.join(", ", models),
                classpath.isEmpty() ? "target/classes" : String.join(", ", classpath),
                StarRocks4jConfiguration.DEFAULT_VERSION_TABLE);
    }

    private static final String MIGRATIONS_README = """
            # Revision files

            Each `*.sql` file here is one revision: a header (id, parents, message, created) and an
            `-- @upgrade` and a `-- @downgrade` section of plain SQL. Create them with
            `starrocks4j revision -m "message" [--autogenerate]`, apply them with `starrocks4j upgrade`.
            Do not edit a revision after it was applied to a database: starrocks4j detects it by checksum.
            """;
}
