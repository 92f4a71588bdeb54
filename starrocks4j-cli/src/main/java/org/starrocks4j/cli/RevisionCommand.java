package org.starrocks4j.cli;

import java.util.List;
import org.starrocks4j.migrate.Autogenerate;
import org.starrocks4j.migrate.Revision;
import org.starrocks4j.migrate.RevisionRequest;
import org.starrocks4j.migrate.RevisionResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code starrocks4j revision -m MSG [--autogenerate [--offline]]}. */
@Command(name = "revision", mixinStandardHelpOptions = true,
        description = {"Write a new revision file after the current head.",
                "Without --autogenerate the sections are empty, for SQL you write yourself.",
                "With --autogenerate the file holds the statements that turn the current state (the database, or "
                        + "with --offline the replayed revision files) into the models, and the statements that "
                        + "undo them; destructive and non-alterable changes are flagged in comments. When there is "
                        + "nothing to do, it says so and writes nothing (unless --empty)."})
final class RevisionCommand extends CompareCommand {

    @Option(names = {"-m", "--message"}, required = true, paramLabel = "MSG", description = "What the revision does.")
    String message;

    @Option(names = "--rev-id", paramLabel = "ID", description = "Use this revision id instead of a random one.")
    String revId;

    @Option(names = "--parent", paramLabel = "REV",
            description = "The revision to follow (default: the single head; 'base' starts a new branch).")
    String parent;

    @Option(names = "--autogenerate",
            description = "Fill the revision with the changes from the current state to the models.")
    boolean autogenerate;

    @Option(names = "--empty",
            description = "With --autogenerate: write the revision even when there is nothing to do.")
    boolean empty;

    @Override
    public Integer call() {
        RevisionRequest request = RevisionRequest.of(message).withId(revId).writeEmpty(empty)
                .withParents(parent == null ? null : parent.equalsIgnoreCase("base") ? List.of() : List.of(parent));
        if (autogenerate) {
            request = request.autogenerate(comparedWith());
        }
        RevisionResult result = starRocks4j().revision(request);
        if (result.changes().isPresent()) {
            Autogenerate changes = result.changes().get();
            printWarnings(changes);
            if (result.written().isEmpty()) {
                out().println("no changes: the models match " + comparedWith().describe() + "; no revision written");
                return 0;
            }
            if (!changes.notAltered().isEmpty()) {
                err().println("WARNING: " + changes.notAltered().size() + " change(s) StarRocks cannot ALTER are "
                        + "only listed as comments in the revision (see NOT ALTERABLE); --allow-rebuild generates "
                        + "rebuilds");
            }
            if (changes.destructive()) {
                err().println("WARNING: the revision drops tables, columns or views (see DESTRUCTIVE); review it");
            }
        }
        Revision written = result.written().orElseThrow();
        out().println("wrote " + written.file());
        return 0;
    }
}
