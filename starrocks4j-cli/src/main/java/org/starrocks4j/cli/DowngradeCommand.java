package org.starrocks4j.cli;

import org.starrocks4j.migrate.Direction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code starrocks4j downgrade TARGET}. */
@Command(name = "downgrade", mixinStandardHelpOptions = true,
        description = {"Revert revisions down to TARGET (which stays applied), newest first, one statement at a "
                + "time, under the migration lock.",
                "With --sql, print the SQL instead (assuming the database is at --from, default head)."})
final class DowngradeCommand extends MigrateCommand {

    @Parameters(index = "0", paramLabel = "TARGET",
            description = "base, -n, or a revision id or unique prefix to go back to.")
    String target;

    @Option(names = "--accept-irreversible",
            description = "Run downgrades whose revision says (-- IRREVERSIBLE:) it cannot undo all of its upgrade, "
                    + "e.g. a widened column StarRocks cannot narrow back; what they cannot undo stays as it is. "
                    + "Without it such a downgrade is refused and nothing runs.")
    boolean acceptIrreversible;

    @Override
    boolean acceptIrreversible() {
        return acceptIrreversible;
    }

    @Override
    Direction direction() {
        return Direction.DOWNGRADE;
    }

    @Override
    String defaultFrom() {
        return "heads";
    }

    @Override
    public Integer call() {
        return migrate(target);
    }
}
