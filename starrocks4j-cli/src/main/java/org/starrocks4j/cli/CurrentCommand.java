package org.starrocks4j.cli;

import java.sql.Connection;
import java.util.Optional;
import org.starrocks4j.migrate.AppliedRevision;
import org.starrocks4j.migrate.DatabaseState;
import org.starrocks4j.migrate.LockHolder;
import org.starrocks4j.migrate.MigrationLock;
import org.starrocks4j.migrate.RevisionDrift;
import org.starrocks4j.migrate.RevisionGraph;
import org.starrocks4j.migrate.SqlSession;
import org.starrocks4j.migrate.VersionTable;
import picocli.CommandLine.Command;

/** {@code starrocks4j current}: what the database has applied. */
@Command(name = "current", mixinStandardHelpOptions = true,
        description = {"Show the revision(s) the database is at, partly applied revisions, edited or missing "
                + "revision files, and who holds the migration lock.",
                "Exit code 1 when something needs attention."})
final class CurrentCommand extends DatabaseCommand {

    @Override
    public Integer call() throws Exception {
        RevisionGraph graph = graph();
        try (Connection connection = connect()) {
            DatabaseState state = runner(connection).state(graph);
            boolean attention = false;
            out().println("current: " + state.describeCurrent());
            for (AppliedRevision partial : state.rows()) {
                switch (partial.state()) {
                    case UPGRADING -> {
                        out().println("partial: " + partial.revision() + " stopped after " + partial.step()
                                + " upgrade statement(s) (" + partial.updatedBy() + ", " + partial.updatedAt()
                                + "); 'starrocks4j upgrade' resumes it");
                        attention = true;
                    }
                    case DOWNGRADING -> {
                        out().println("partial: " + partial.revision() + " stopped after " + partial.step()
                                + " downgrade statement(s) (" + partial.updatedBy() + ", " + partial.updatedAt()
                                + "); 'starrocks4j downgrade' resumes it");
                        attention = true;
                    }
                    default -> { }
                }
            }
            for (RevisionDrift drift : state.drifts()) {
                out().println("WARNING: " + drift.detail());
                attention = true;
            }
            if (!state.drifts().isEmpty()) {
                out().println(RevisionDrift.remedy());
            }
            Optional<LockHolder> lock = MigrationLock.holder(new SqlSession(connection),
                    VersionTable.of(config()).lockView());
            if (lock.isPresent()) {
                out().println("locked by " + lock.get() + " (if no run is in progress, release it with "
                        + "'starrocks4j unlock')");
                attention = true;
            }
            return attention ? 1 : 0;
        }
    }
}
