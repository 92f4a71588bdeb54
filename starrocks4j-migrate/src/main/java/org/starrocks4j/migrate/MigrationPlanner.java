package org.starrocks4j.migrate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a target ({@code head}, {@code heads}, {@code base}, {@code +n}, {@code -n}, a revision id or a unique
 * prefix of one) and the set of applied revisions into the ordered steps that reach it.
 */
public final class MigrationPlanner {

    private static final Pattern RELATIVE = Pattern.compile("([+-])(\\d+)");

    private MigrationPlanner() {
    }

    /**
     * The revisions to apply, parents first.
     *
     * @param applied revisions the database has (fully) applied
     * @param target  {@code head}, {@code heads}, {@code +n}, or a revision id/prefix
     */
    public static List<MigrationStep> upgrade(RevisionGraph graph, Set<String> applied, String target) {
        String t = target.strip();
        Matcher relative = RELATIVE.matcher(t);
        List<Revision> pending;
        if (relative.matches()) {
            if (relative.group(1).equals("-")) {
                throw new MigrationException("'" + t + "' goes back; use 'downgrade " + t + "'");
            }
            int n = Integer.parseInt(relative.group(2));
            List<Revision> all = missing(graph, applied, graph.ancestorsOf(ids(graph.heads())));
            if (n > all.size()) {
                throw new MigrationException("cannot upgrade " + t + ": only " + all.size()
                        + " revision(s) are not applied yet");
            }
            pending = all.subList(0, n);
        } else if (t.equalsIgnoreCase("base")) {
            throw new MigrationException("'base' is the state before any revision; use 'downgrade base'");
        } else {
            Set<String> wanted;
            if (t.equalsIgnoreCase("heads")) {
                wanted = graph.ancestorsOf(ids(graph.heads()));
            } else if (t.equalsIgnoreCase("head")) {
                wanted = graph.ancestorsOf(graph.head().id());
            } else {
                wanted = graph.ancestorsOf(graph.resolve(t).id());
            }
            pending = missing(graph, applied, wanted);
        }
        return pending.stream().map(r -> new MigrationStep(r, Direction.UPGRADE)).toList();
    }

    /**
     * The revisions to revert, children first.
     *
     * @param applied revisions the database has applied
     * @param target  {@code base}, {@code -n}, or the revision id/prefix to go back to (it stays applied)
     */
    public static List<MigrationStep> downgrade(RevisionGraph graph, Set<String> applied, String target) {
        String t = target.strip();
        List<Revision> appliedInOrder = new ArrayList<>(graph.inOrder(applied));
        Collections.reverse(appliedInOrder);
        Matcher relative = RELATIVE.matcher(t);
        List<Revision> revert;
        if (relative.matches()) {
            if (relative.group(1).equals("+")) {
                throw new MigrationException("'" + t + "' goes forward; use 'upgrade " + t + "'");
            }
            int n = Integer.parseInt(relative.group(2));
            if (n > appliedInOrder.size()) {
                throw new MigrationException("cannot downgrade " + t + ": only " + appliedInOrder.size()
                        + " revision(s) are applied");
            }
            revert = appliedInOrder.subList(0, n);
        } else if (t.equalsIgnoreCase("base")) {
            revert = appliedInOrder;
        } else if (t.equalsIgnoreCase("head") || t.equalsIgnoreCase("heads")) {
            throw new MigrationException("'" + t + "' is not behind the current state; use 'upgrade " + t + "'");
        } else {
            Revision keep = graph.resolve(t);
            if (!applied.contains(keep.id())) {
                throw new MigrationException("cannot downgrade to " + keep.id() + ": it is not applied (applied heads: "
                        + describeHeads(graph, applied) + ")");
            }
            Set<String> kept = graph.ancestorsOf(keep.id());
            revert = appliedInOrder.stream().filter(r -> !kept.contains(r.id())).toList();
        }
        return revert.stream().map(r -> new MigrationStep(r, Direction.DOWNGRADE)).toList();
    }

    /** The applied heads as text, {@code base} when nothing is applied. */
    public static String describeHeads(RevisionGraph graph, Set<String> applied) {
        List<Revision> heads = graph.headsOf(applied);
        return heads.isEmpty() ? "base" : RevisionGraph.ids(heads);
    }

    private static List<Revision> missing(RevisionGraph graph, Set<String> applied, Set<String> wanted) {
        Set<String> todo = new LinkedHashSet<>(wanted);
        todo.removeAll(applied);
        return graph.inOrder(todo);
    }

    private static List<String> ids(List<Revision> revisions) {
        return revisions.stream().map(Revision::id).toList();
    }
}
