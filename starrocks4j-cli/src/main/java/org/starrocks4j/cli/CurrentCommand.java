package org.starrocks4j.cli;

import org.starrocks4j.json.JsonWriter;
import org.starrocks4j.migrate.AppliedRevision;
import org.starrocks4j.migrate.MigrationInfo;
import org.starrocks4j.migrate.RevisionDrift;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code starrocks4j current}: what the database has applied. */
@Command(name = "current", mixinStandardHelpOptions = true,
        description = {"Show the revision(s) the database is at, partly applied revisions, edited or missing "
                + "revision files, and who holds the migration lock.",
                "Exit code 1 when something needs attention."})
final class CurrentCommand extends DatabaseCommand {

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        MigrationInfo info = starRocks4j().info();
        if (format.json()) {
            out().print(JsonWriter.write(StatusJson.current(info)));
            out().flush();
            return info.needsAttention() ? 1 : 0;
        }
        out().println("current: " + info.current());
        for (AppliedRevision partial : info.state().rows()) {
            switch (partial.state()) {
                case UPGRADING -> out().println("partial: " + partial.revision() + " stopped after " + partial.step()
                        + " upgrade statement(s) (" + partial.updatedBy() + ", " + partial.updatedAt()
                        + "); 'starrocks4j upgrade' resumes it");
                case DOWNGRADING -> out().println("partial: " + partial.revision() + " stopped after "
                        + partial.step() + " downgrade statement(s) (" + partial.updatedBy() + ", "
                        + partial.updatedAt() + "); 'starrocks4j downgrade' resumes it");
                default -> { }
            }
        }
        for (RevisionDrift drift : info.state().drifts()) {
            out().println("WARNING: " + drift.detail());
        }
        if (!info.state().drifts().isEmpty()) {
            out().println(RevisionDrift.remedy());
        }
        info.lock().ifPresent(holder -> out().println("locked by " + holder + " (if no run is in progress, release "
                + "it with 'starrocks4j unlock')"));
        return info.needsAttention() ? 1 : 0;
    }
}
