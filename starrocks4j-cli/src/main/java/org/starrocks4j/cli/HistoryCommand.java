package org.starrocks4j.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.starrocks4j.json.JsonWriter;
import org.starrocks4j.migrate.AppliedRevision;
import org.starrocks4j.migrate.DatabaseState;
import org.starrocks4j.migrate.Revision;
import org.starrocks4j.migrate.RevisionDrift;
import org.starrocks4j.migrate.RevisionGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code starrocks4j history}: the revisions, newest first. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"List the revisions, newest first: id, parents, message and creation time.",
                "With --indicate-current, connect and mark what the database has applied; with --verbose, also "
                        + "show each revision's statements."})
final class HistoryCommand extends DatabaseCommand {

    @Option(names = {"-i", "--indicate-current"}, description = "Connect and mark applied, partial and edited revisions.")
    boolean indicateCurrent;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        RevisionGraph graph = graph();
        boolean verbose = StarRocks4jCommand.of(spec).verbose;
        Map<String, AppliedRevision> applied = new LinkedHashMap<>();
        List<RevisionDrift> drifts = List.of();
        if (indicateCurrent) {
            DatabaseState state = starRocks4j().info().state();
            state.rows().forEach(r -> applied.put(r.revision(), r));
            drifts = state.drifts();
        }
        List<Revision> newestFirst = new ArrayList<>(graph.revisions());
        Collections.reverse(newestFirst);
        if (format.json()) {
            out().print(JsonWriter.write(StatusJson.revisions(newestFirst, graph, indicateCurrent ? applied : null,
                    verbose, indicateCurrent ? drifts : null)));
            out().flush();
            return drifts.isEmpty() ? 0 : 1;
        }
        if (graph.isEmpty()) {
            out().println("no revisions yet in " + configuration().locations().stream().map(Object::toString)
                    .collect(Collectors.joining(", ")));
        }
        for (Revision r : newestFirst) {
            out().println(line(r, graph, indicateCurrent ? applied.get(r.id()) : null)
                    + (indicateCurrent && !applied.containsKey(r.id()) ? "  [pending]" : ""));
            if (verbose) {
                r.upgradeStatements().forEach(s -> out().println("      up:   " + s.replace("\n", "\n            ")));
                r.downgradeStatements().forEach(s -> out().println("      down: " + s.replace("\n", "\n            ")));
            }
        }
        for (RevisionDrift drift : drifts) {
            out().println("WARNING: " + drift.detail());
        }
        if (!drifts.isEmpty()) {
            out().println(RevisionDrift.remedy());
        }
        return drifts.isEmpty() ? 0 : 1;
    }

    /** e.g. {@code bbb111 <- aaa111 (head), Add column  [2026-11-25T05:30:00Z]  [applied]}. */
    static String line(Revision r, RevisionGraph graph, AppliedRevision applied) {
        StringBuilder out = new StringBuilder(r.id()).append(" <- ")
                .append(r.parents().isEmpty() ? "base" : String.join(", ", r.parents()));
        List<String> tags = new ArrayList<>();
        if (graph.childrenOf(r.id()).isEmpty()) {
            tags.add("head");
        }
        if (r.isMerge()) {
            tags.add("merge");
        }
        if (graph.childrenOf(r.id()).size() > 1) {
            tags.add("branchpoint");
        }
        if (!tags.isEmpty()) {
            out.append(" (").append(String.join(", ", tags)).append(")");
        }
        out.append(", ").append(r.message().isEmpty() ? "(no message)" : r.message()).append("  [")
                .append(r.created()).append("]");
        if (applied != null) {
            out.append("  [").append(switch (applied.state()) {
                case APPLIED -> "applied " + applied.updatedAt();
                case STAMPED -> "stamped " + applied.updatedAt();
                case UPGRADING -> "PARTIAL: " + applied.step() + " of " + r.upgradeStatements().size()
                        + " statements applied";
                case DOWNGRADING -> "PARTIAL: " + applied.step() + " of " + r.downgradeStatements().size()
                        + " downgrade statements applied";
            }).append("]");
        }
        return out.toString();
    }
}
