package org.starrocks4j.cli;

import java.util.Locale;
import org.starrocks4j.migrate.Direction;
import org.starrocks4j.migrate.MigrateResult;
import org.starrocks4j.migrate.SqlScript;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Shared by upgrade and downgrade: online runs, or offline SQL with {@code --sql}. */
abstract class MigrateCommand extends DatabaseCommand {

    @Option(names = "--sql", description = "Print the SQL instead of running it; does not connect.")
    boolean sql;

    @Option(names = "--from", paramLabel = "REV",
            description = "With --sql: the state the database is assumed to be at (base, head, or a revision; "
                    + "'FROM:TARGET' also works).")
    String from;

    @Option(names = "--no-version-table",
            description = "With --sql: leave out the version table statements (bookkeeping).")
    boolean noVersionTable;

    abstract Direction direction();

    abstract String defaultFrom();

    /** Whether a downgrade runs even though a revision says it cannot undo all of it. */
    boolean acceptIrreversible() {
        return false;
    }

    int migrate(String target) {
        String start = from;
        String end = target;
        int colon = target.indexOf(':');
        if (colon >= 0) {
            if (!sql) {
                throw new ParameterException(spec.commandLine(),
                        "'FROM:TARGET' only works with --sql; online, the database says where it is");
            }
            start = target.substring(0, colon);
            end = target.substring(colon + 1);
        }
        if (!sql) {
            if (start != null) {
                throw new ParameterException(spec.commandLine(),
                        "--from only works with --sql; online, the database says where it is");
            }
            requireDatabase(PRINT_SQL_INSTEAD);
            MigrateResult result = direction() == Direction.UPGRADE ? starRocks4j().upgrade(end)
                    : starRocks4j().downgrade(end, acceptIrreversible());
            if (!result.nothingToDo()) {
                out().println(direction().name().toLowerCase(Locale.ROOT) + " done: the database is at "
                        + result.current());
            }
            return 0;
        }
        String assumed = start == null || start.isBlank() ? defaultFrom() : start;
        SqlScript script = starRocks4j().sql(direction(), assumed, end);
        out().print(noVersionTable ? script.textWithoutBookkeeping() : script.text());
        out().flush();
        return 0;
    }
}
