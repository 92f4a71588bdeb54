package org.starrocks4j.cli;

import picocli.CommandLine.Command;

/** {@code starrocks4j unlock}: removes a stale migration lock. */
@Command(name = "unlock", mixinStandardHelpOptions = true,
        description = {"Release the migration lock left by a run that crashed or was killed.",
                "Only do this when no migration is running: the lock is what keeps two runs apart. "
                        + "Check the state afterwards with 'starrocks4j current'."})
final class UnlockCommand extends DatabaseCommand {

    @Override
    public Integer call() {
        out().println(starRocks4j().unlock().map(h -> "released the lock held by " + h)
                .orElse("the database was not locked"));
        return 0;
    }
}
