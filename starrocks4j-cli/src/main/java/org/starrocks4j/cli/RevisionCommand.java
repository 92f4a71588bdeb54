package org.starrocks4j.cli;

import java.time.Instant;
import java.util.List;
import org.starrocks4j.migrate.Revision;
import org.starrocks4j.migrate.RevisionGraph;
import org.starrocks4j.migrate.RevisionIds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code starrocks4j revision -m MSG [--autogenerate [--offline]]}. */
@Command(name = "revision", mixinStandardHelpOptions = true,
        description = {"Write a new revision file after the current head.",
                "Without --autogenerate the sections are empty, for SQL you write yourself."})
final class RevisionCommand extends DatabaseCommand {

    @Option(names = {"-m", "--message"}, required = true, paramLabel = "MSG", description = "What the revision does.")
    String message;

    @Option(names = "--rev-id", paramLabel = "ID", description = "Use this revision id instead of a random one.")
    String revId;

    @Option(names = "--parent", paramLabel = "REV",
            description = "The revision to follow (default: the single head; 'base' starts a new branch).")
    String parent;

    @Override
    public Integer call() throws Exception {
        RevisionGraph graph = graph();
        List<String> parents = parents(graph);
        Revision revision = new Revision(revId == null ? RevisionIds.generate() : revId, parents, message,
                Instant.now(), "-- Write the upgrade statements here, each ending with ';'.\n",
                "-- Write the statements that revert the upgrade, in reverse order.\n", null);
        Revision written = directory().write(revision);
        out().println("wrote " + written.file());
        return 0;
    }

    List<String> parents(RevisionGraph graph) {
        if (parent != null) {
            return parent.equalsIgnoreCase("base") ? List.of() : List.of(graph.resolve(parent).id());
        }
        return graph.isEmpty() ? List.of() : List.of(graph.head().id());
    }
}
