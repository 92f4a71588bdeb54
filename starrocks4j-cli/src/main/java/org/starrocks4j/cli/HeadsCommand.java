package org.starrocks4j.cli;

import org.starrocks4j.json.JsonWriter;
import org.starrocks4j.migrate.Revision;
import org.starrocks4j.migrate.RevisionGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code starrocks4j heads}: the revisions nothing follows yet. */
@Command(name = "heads", mixinStandardHelpOptions = true,
        description = "Show the head revisions (more than one means the history has branches; see 'merge').")
final class HeadsCommand extends ProjectCommand {

    @Mixin
    FormatOption format;

    @Override
    public Integer call() throws Exception {
        RevisionGraph graph = graph();
        if (format.json()) {
            out().print(JsonWriter.write(StatusJson.revisions(graph.heads(), graph, null, false, null)));
            out().flush();
            return 0;
        }
        if (graph.isEmpty()) {
            out().println("no revisions yet");
        }
        for (Revision head : graph.heads()) {
            out().println(HistoryCommand.line(head, graph, null));
        }
        return 0;
    }
}
