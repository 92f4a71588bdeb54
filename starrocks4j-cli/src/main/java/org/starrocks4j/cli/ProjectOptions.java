package org.starrocks4j.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.starrocks4j.migrate.Location;
import org.starrocks4j.migrate.StarRocks4j;
import org.starrocks4j.migrate.StarRocks4jConfiguration;
import picocli.CommandLine.Option;

/** Where the project is: {@code starrocks4j.properties} in the current folder, or {@code --config}; overrides. */
final class ProjectOptions {

    @Option(names = "--config", paramLabel = "FILE",
            description = "The project settings file (default: ./" + StarRocks4jConfiguration.FILE_NAME + ").")
    Path config;

    @Option(names = "--migrations", paramLabel = "DIR",
            description = "The folder of revision files (default: 'locations' from the settings file, else "
                    + "./migrations).")
    Path migrations;

    /**
     * The settings: the file when there is one (required when named with --config), else a project in the current
     * folder with its revisions in ./migrations; then --migrations.
     */
    StarRocks4jConfiguration configuration() {
        Path file = config != null ? config : Path.of(StarRocks4jConfiguration.FILE_NAME);
        StarRocks4jConfiguration configuration = StarRocks4j.configure();
        if (config != null || Files.exists(file)) {
            configuration.configurationFile(file);
        } else {
            configuration.baseDir(Path.of("")).locations(StarRocks4jConfiguration.PROJECT_FILE_DEFAULT_LOCATIONS
                    .toArray(String[]::new));
        }
        return migrations == null ? configuration
                : configuration.locations(Location.filesystem(migrations.toAbsolutePath()).toString());
    }
}
