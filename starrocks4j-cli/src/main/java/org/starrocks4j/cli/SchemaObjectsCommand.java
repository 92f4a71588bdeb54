package org.starrocks4j.cli;

import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.starrocks4j.migrate.StarRocks4jConfiguration;
import picocli.CommandLine.Option;

/** Options and run of {@code create-all} and {@code drop-all}: the script with {@code --sql}, else the report. */
abstract class SchemaObjectsCommand extends DatabaseCommand {

    @Option(names = "--to", paramLabel = "SOURCE", split = ",",
            description = "The models: models:CLASS|PACKAGE, sql:FILE, or classes and packages (default: 'models' "
                    + "from the settings file).")
    List<String> models;

    @Option(names = "--classpath", paramLabel = "PATH",
            description = "Folders and jars of compiled model classes for a models: source (default: 'classpath' "
                    + "from the settings file).")
    String classPath;

    @Option(names = "--sql", description = "Print the SQL instead of running it; needs no server.")
    boolean sql;

    @Option(names = "--server-version", paramLabel = "VERSION", converter = OptionValues.Version.class,
            description = "With --sql: the StarRocks version to write the SQL for (online the server tells).")
    String serverVersion;

    /** The statements, for {@code --sql}. */
    abstract String script();

    /** Runs them on the database; what was done, for the user. */
    abstract String runAndDescribe();

    @Override
    public Integer call() {
        if (sql) {
            out().print(script());
            out().flush();
            return 0;
        }
        requireDatabase(PRINT_SQL_INSTEAD);
        out().println(runAndDescribe());
        return 0;
    }

    /** The report or the script goes to standard output; reading the models is reported apart. */
    @Override
    PrintWriter progress() {
        return err();
    }

    @Override
    StarRocks4jConfiguration adjust(StarRocks4jConfiguration loaded) {
        StarRocks4jConfiguration configuration = super.adjust(loaded);
        if (models != null && !models.isEmpty()) {
            configuration.models(models.toArray(String[]::new));
        }
        if (classPath != null && !classPath.isBlank()) {
            configuration.classpath(Arrays.stream(classPath.split(File.pathSeparator)).filter(e -> !e.isBlank())
                    .map(Path::of).toArray(Path[]::new));
        }
        return serverVersion == null ? configuration : configuration.serverVersion(serverVersion);
    }
}
