package org.starrocks4j.cli;

import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.starrocks4j.migrate.Direction;
import org.starrocks4j.migrate.MigrationPlanner;
import org.starrocks4j.migrate.MigrationStep;
import org.starrocks4j.migrate.OfflineScript;
import org.starrocks4j.migrate.Revision;
import org.starrocks4j.migrate.RevisionGraph;
import org.starrocks4j.migrate.VersionTable;
import picocli.CommandLine.Option;

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

    int migrate(String target) throws Exception {
        RevisionGraph graph = graph();
        String start = from;
        String end = target;
        int colon = target.indexOf(':');
        if (colon >= 0) {
            if (!sql) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "'FROM:TARGET' only works with --sql; online, the database says where it is");
            }
            start = target.substring(0, colon);
            end = target.substring(colon + 1);
        }
        if (!sql) {
            if (start != null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--from only works with --sql; online, the database says where it is");
            }
            try (Connection connection = connect()) {
                var runner = runner(connection);
                List<MigrationStep> ran = direction() == Direction.UPGRADE ? runner.upgrade(graph, end)
                        : runner.downgrade(graph, end, acceptIrreversible());
                if (!ran.isEmpty()) {
                    out().println(direction().name().toLowerCase() + " done: the database is at "
                            + runner.state(graph).describeCurrent());
                }
            }
            return 0;
        }
        String assumed = start == null || start.isBlank() ? defaultFrom() : start;
        Set<String> applied = assumedApplied(graph, assumed);
        List<MigrationStep> plan = direction() == Direction.UPGRADE ? MigrationPlanner.upgrade(graph, applied, end)
                : MigrationPlanner.downgrade(graph, applied, end);
        out().print(OfflineScript.render(plan, assumed, noVersionTable ? null : VersionTable.of(config()),
                Clock.systemUTC(), "offline script"));
        out().flush();
        return 0;
    }

    private static Set<String> assumedApplied(RevisionGraph graph, String state) {
        String s = state.strip();
        if (s.equalsIgnoreCase("base")) {
            return Set.of();
        }
        if (s.equalsIgnoreCase("heads")) {
            return graph.ancestorsOf(graph.heads().stream().map(Revision::id).toList());
        }
        if (s.equalsIgnoreCase("head")) {
            return graph.isEmpty() ? Set.of() : graph.ancestorsOf(graph.head().id());
        }
        return graph.ancestorsOf(graph.resolve(s).id());
    }
}
