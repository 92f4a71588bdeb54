package org.starrocks4j.migrate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a database has applied (the version table's rows) seen against the revision files.
 *
 * @param graph the revision files
 * @param rows  the version table's rows
 */
public record DatabaseState(RevisionGraph graph, List<AppliedRevision> rows) {

    public DatabaseState {
        rows = List.copyOf(rows);
    }

    /** Revisions whose upgrade is done (applied, stamped, or part-way through a downgrade). */
    public Set<String> appliedIds() {
        Set<String> out = new LinkedHashSet<>();
        rows.stream().filter(r -> r.state().isApplied()).forEach(r -> out.add(r.revision()));
        return out;
    }

    /** Revisions whose upgrade stopped part-way. */
    public List<AppliedRevision> partial() {
        return rows.stream().filter(r -> r.state() == RevisionState.UPGRADING).toList();
    }

    /** Missing or edited applied revisions. */
    public List<RevisionDrift> drifts() {
        return RevisionDrift.check(graph, rows);
    }

    /** The applied heads, e.g. {@code 3f2a9c1d7e4b}, or {@code base} when nothing is applied. */
    public String describeCurrent() {
        Set<String> known = new LinkedHashSet<>(appliedIds());
        known.retainAll(graph.revisions().stream().map(Revision::id).toList());
        return MigrationPlanner.describeHeads(graph, known);
    }
}
