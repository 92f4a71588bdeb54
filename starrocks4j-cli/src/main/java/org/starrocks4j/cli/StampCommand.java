package org.starrocks4j.cli;

import org.starrocks4j.migrate.StarRocks4j;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code starrocks4j stamp TARGET}: records a state without running SQL. */
@Command(name = "stamp", mixinStandardHelpOptions = true,
        description = {"Record TARGET (and every revision before it) as applied without running any SQL; "
                + "'base' records nothing applied. For adopting an existing database, or after fixing it by hand.",
                "With --repair, accept edited revision files instead: record their new checksums, and forget "
                        + "applied revisions whose files are gone."})
final class StampCommand extends DatabaseCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "TARGET",
            description = "head, heads, base, or revision id(s)/prefix(es).")
    String target;

    @Option(names = "--repair", description = "Record the current checksums of edited applied revisions.")
    boolean repair;

    @Override
    public Integer call() {
        if (!repair && target == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give a TARGET, or --repair");
        }
        StarRocks4j starRocks4j = starRocks4j();
        if (repair && starRocks4j.repair().isEmpty()) {
            out().println("nothing to repair: the applied revisions match their files");
        }
        if (target != null) {
            starRocks4j.stamp(target);
        }
        return 0;
    }
}
