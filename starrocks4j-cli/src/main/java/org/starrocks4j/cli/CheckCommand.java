package org.starrocks4j.cli;

import java.util.Set;
import org.starrocks4j.migrate.Autogenerate;
import org.starrocks4j.migrate.Revision;
import org.starrocks4j.migrate.RevisionGraph;
import picocli.CommandLine.Command;

/** {@code starrocks4j check}: the models and the database (or the migration history) must not differ. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Compare the models with the database (or with --offline the replayed revision files) "
                + "and print what a new revision would hold. For CI.",
                "Exit code 0 when they match, 1 when they differ, 2 when the comparison fails."})
final class CheckCommand extends CompareCommand {

    @Override
    public Integer call() throws Exception {
        RevisionGraph graph = graph();
        Set<String> all = graph.ancestorsOf(graph.heads().stream().map(Revision::id).toList());
        Autogenerate changes = offline ? compareWithHistory(graph, all) : compareWithDatabase(graph, all);
        changes.warnings().forEach(w -> err().println("WARNING: " + w));
        String against = offline ? "the migration history" : "the database";
        if (changes.isEmpty()) {
            out().println("ok: the models match " + against);
            return 0;
        }
        out().println("the models differ from " + against + ": " + changes.changes().size() + " change(s); "
                + "write them with 'starrocks4j revision --autogenerate" + (offline ? " --offline" : "")
                + " -m \"...\"'");
        out().println();
        out().print(changes.body().upgrade());
        out().flush();
        return 1;
    }
}
