package org.starrocks4j.cli;

import org.starrocks4j.migrate.Direction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code starrocks4j upgrade [TARGET]}. */
@Command(name = "upgrade", mixinStandardHelpOptions = true,
        description = {"Apply revisions up to TARGET, one statement at a time, under the migration lock, waiting "
                + "for asynchronous schema changes.",
                "A failure stops with the revision, the statement, the server's message and what was applied; "
                        + "after fixing the cause, run upgrade again: it resumes at the failed statement.",
                "With --sql, print the SQL instead (assuming the database is at --from, default base)."})
final class UpgradeCommand extends MigrateCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "TARGET", defaultValue = "head",
            description = "head (default), heads, +n, or a revision id or unique prefix.")
    String target;

    @Override
    Direction direction() {
        return Direction.UPGRADE;
    }

    @Override
    String defaultFrom() {
        return "base";
    }

    @Override
    public Integer call() {
        return migrate(target);
    }
}
