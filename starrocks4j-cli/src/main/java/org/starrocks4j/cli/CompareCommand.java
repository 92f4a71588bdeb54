package org.starrocks4j.cli;

import java.io.PrintWriter;
import java.util.List;
import org.starrocks4j.migrate.Autogenerate;
import org.starrocks4j.migrate.CompareWith;
import org.starrocks4j.migrate.StarRocks4jConfiguration;
import picocli.CommandLine.Option;

/**
 * Base of the commands that compare the current state with the models ({@code revision --autogenerate},
 * {@code check}): the current state is the live database, or with {@code --offline} the migration history (the
 * revision files' upgrade SQL, parsed and replayed), so no server is needed.
 */
abstract class CompareCommand extends DatabaseCommand {

    @Option(names = "--offline",
            description = "Compare with the migration history (the revision files, replayed) instead of the "
                    + "database; needs no server.")
    boolean offline;

    @Option(names = "--models", paramLabel = "CLASS|PACKAGE|SOURCE", split = ",",
            description = "The models to compare with (default: 'models' from the settings file).")
    List<String> models;

    @Option(names = "--allow-rebuild",
            description = "For table changes StarRocks cannot ALTER (key model, partitioning, ENGINE, ...) generate a "
                    + "rebuild (new table, INSERT INTO ... SELECT, SWAP WITH, drop) instead of a flagged comment.")
    boolean allowRebuild;

    @Option(names = "--reset-properties",
            description = "Reset properties the models leave unset but the current state has at a non-default "
                    + "value to the server default (by default they are only reported).")
    boolean resetProperties;

    @Option(names = "--server-version", paramLabel = "VERSION", converter = OptionValues.Version.class,
            description = "The target server version, e.g. 3.5.2 (decides default PROPERTIES and spellings; "
                    + "online the server tells).")
    String serverVersion;

    @Option(names = "--run-mode", paramLabel = "MODE", converter = OptionValues.Mode.class,
            description = "shared_nothing (default) or shared_data (online the server tells).")
    String runMode;

    @Override
    StarRocks4jConfiguration adjust(StarRocks4jConfiguration loaded) {
        StarRocks4jConfiguration configuration = super.adjust(loaded);
        if (models != null && !models.isEmpty()) {
            configuration.models(models.toArray(String[]::new));
        }
        if (allowRebuild) {
            configuration.allowRebuild(true);
        }
        if (resetProperties) {
            configuration.resetProperties(true);
        }
        if (serverVersion != null) {
            configuration.serverVersion(serverVersion);
        }
        return runMode == null ? configuration : configuration.runMode(runMode);
    }

    /** The comparison's result goes to standard output; reading the models and the database is reported apart. */
    @Override
    PrintWriter progress() {
        return err();
    }

    /** The migration history with --offline, else the database (which must then be configured). */
    CompareWith comparedWith() {
        if (offline) {
            return CompareWith.HISTORY;
        }
        requireDatabase("compare with the migration history without connecting: --offline");
        return CompareWith.DATABASE;
    }

    void printWarnings(Autogenerate changes) {
        changes.warnings().forEach(w -> err().println("WARNING: " + w));
    }
}
