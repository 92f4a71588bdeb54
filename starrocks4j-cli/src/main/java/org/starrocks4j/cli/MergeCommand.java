package org.starrocks4j.cli;

import java.util.ArrayList;
import java.util.List;
import org.starrocks4j.migrate.MigrationException;
import org.starrocks4j.migrate.Revision;
import org.starrocks4j.migrate.RevisionGraph;
import org.starrocks4j.migrate.RevisionRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code starrocks4j merge [REV...] -m MSG}: joins branches. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Write a merge revision whose parents are the given revisions (default: all heads), so the "
                + "history has one head again. It holds no SQL unless you add some.")
final class MergeCommand extends ProjectCommand {

    @Parameters(paramLabel = "REV", arity = "0..*", description = "Revisions to merge (default: all heads).")
    List<String> revisions = new ArrayList<>();

    @Option(names = {"-m", "--message"}, required = true, paramLabel = "MSG", description = "What the merge is for.")
    String message;

    @Option(names = "--rev-id", paramLabel = "ID", description = "Use this revision id instead of a random one.")
    String revId;

    @Override
    public Integer call() {
        RevisionGraph graph = graph();
        List<String> parents = new ArrayList<>();
        if (revisions.isEmpty()) {
            graph.heads().forEach(h -> parents.add(h.id()));
        } else {
            for (String r : revisions) {
                parents.add(graph.resolve(r).id());
            }
        }
        if (parents.size() < 2) {
            throw new MigrationException("nothing to merge: " + (parents.isEmpty() ? "there are no revisions"
                    : "there is one head (" + parents.get(0) + ")") + "; a merge needs two or more revisions");
        }
        Revision written = starRocks4j().revision(RevisionRequest.of(message).withId(revId).withParents(parents))
                .written().orElseThrow();
        out().println("wrote " + written.file() + " (merges " + String.join(", ", parents) + ")");
        return 0;
    }
}
