package org.starrocks4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.starrocks4j.migrate.ProjectConfig;
import picocli.CommandLine.Option;

/** Where the project is: {@code starrocks4j.properties} in the current folder, or {@code --config}; overrides. */
final class ProjectOptions {

    @Option(names = "--config", paramLabel = "FILE",
            description = "The project settings file (default: ./" + ProjectConfig.FILE_NAME + ").")
    Path config;

    @Option(names = "--migrations", paramLabel = "DIR",
            description = "The folder of revision files (default: 'migrations' from the settings file).")
    Path migrations;

    /** The settings: the file when there is one (required when named with --config), then the overrides. */
    ProjectConfig load() throws IOException {
        Path file = config != null ? config : Path.of(ProjectConfig.FILE_NAME);
        ProjectConfig loaded;
        if (config != null || Files.exists(file)) {
            loaded = ProjectConfig.load(file);
        } else {
            loaded = ProjectConfig.defaults(Path.of(""));
        }
        return migrations == null ? loaded : loaded.withMigrations(migrations);
    }
}
