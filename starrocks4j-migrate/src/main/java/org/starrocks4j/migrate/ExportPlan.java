package org.starrocks4j.migrate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.starrocks4j.schema.ObjectName;

/**
 * The revisions as the steps another migration tool runs one after the other, without waiting for StarRocks'
 * schema-change jobs: Flyway and Liquibase run the next statement at once, and StarRocks refuses a change of a table
 * while a job runs on it. A revision whose statements would change a table again after starting a job on it is cut
 * into parts there, so that a part that fails for that reason can simply be run again once the job has finished
 * (the tools record each part as done). The downgrade is cut the same way and its parts given to the upgrade parts
 * in reverse, so undoing every part of a revision, last part first, runs the downgrade in its order.
 */
final class ExportPlan {

    /**
     * One step of the export.
     *
     * @param revision  the revision it comes from
     * @param number    1-based number of the revision in the graph's order
     * @param part      1-based part of the revision
     * @param parts     how many parts the revision has
     * @param upgrade   its upgrade statements
     * @param downgrade the statements that undo it (for the last part, the first part of the downgrade)
     */
    record Step(Revision revision, int number, int part, int parts, List<String> upgrade, List<String> downgrade) {

        boolean isPart() {
            return parts > 1;
        }
    }

    /**
     * A step that changes a table on which an earlier step started a schema-change job that may still run.
     *
     * @param step  the step that must wait
     * @param after the step that started the job
     * @param job   the job, on the table both change
     */
    record Wait(Step step, Step after, AsyncJob job) {
    }

    private final List<Step> steps;

    private ExportPlan(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    /** The steps of every revision, in the graph's order. */
    static ExportPlan of(RevisionGraph graph) {
        List<Step> steps = new ArrayList<>();
        int number = 0;
        for (Revision r : graph.revisions()) {
            number++;
            List<List<String>> upgrade = cut(r.upgradeStatements());
            List<List<String>> downgrade = cut(r.downgradeStatements());
            int parts = upgrade.size();
            for (int i = 0; i < parts; i++) {
                steps.add(new Step(r, number, i + 1, parts, upgrade.get(i), undoOfPart(downgrade, i, parts)));
            }
        }
        return new ExportPlan(steps);
    }

    List<Step> steps() {
        return steps;
    }

    /**
     * Where a step changes a table on which an earlier step started a job that may still run: within a revision at
     * every cut, and between revisions when one starts a job and a later one changes the same table.
     */
    List<Wait> waits() {
        List<Wait> out = new ArrayList<>();
        record Started(Step step, AsyncJob job) {
        }
        Map<ObjectName, Started> running = new HashMap<>();
        for (Step step : steps) {
            for (String statement : step.upgrade()) {
                AsyncJob.alteredTable(statement).map(running::remove)
                        .ifPresent(started -> out.add(new Wait(step, started.step(), started.job())));
                AsyncJob.of(statement).ifPresent(job -> running.put(job.table(), new Started(step, job)));
            }
        }
        return out;
    }

    /** Warnings for the user: each wait, named the way the tool names steps, and what to do about it. */
    List<String> warnings(String tool, Function<Step, String> stepName) {
        return waits().stream().map(w -> stepName.apply(w.step()) + " changes table " + w.job().table().toSql()
                + " while "
                + "the schema-change job " + stepName.apply(w.after()) + " starts on it may still run, and " + tool
                + " does not wait for it: if " + stepName.apply(w.step()) + " fails because the table is not NORMAL, "
                + "run " + tool + " again once SHOW ALTER TABLE " + w.job().kind() + " shows the job FINISHED ("
                + "'starrocks4j upgrade' waits by itself)").toList();
    }

    /** The statements with the note after each one that starts a job, as a script's lines. */
    static void appendStatements(StringBuilder out, List<String> statements) {
        for (String statement : statements) {
            out.append(statement).append(";\n");
            AsyncJob.of(statement).ifPresent(job -> out.append(job.note()).append('\n'));
        }
    }

    /**
     * The statements in groups that each change a table at most until they start a job on it: a statement that
     * changes a table on which the group already started a job begins the next group. Never empty: a revision
     * without statements is one empty group.
     */
    static List<List<String>> cut(List<String> statements) {
        List<List<String>> groups = new ArrayList<>();
        List<String> group = new ArrayList<>();
        Set<ObjectName> busy = new HashSet<>();
        for (String statement : statements) {
            Optional<ObjectName> table = AsyncJob.alteredTable(statement);
            if (table.isPresent() && busy.contains(table.get())) {
                groups.add(group);
                group = new ArrayList<>();
                busy.clear();
            }
            group.add(statement);
            AsyncJob.of(statement).ifPresent(job -> busy.add(job.table()));
        }
        groups.add(group);
        return groups.stream().map(List::copyOf).toList();
    }

    /**
     * The downgrade statements that undo upgrade part {@code index} of {@code parts}: the last part gets the first
     * downgrade group, the one before it the second, and so on; the first part also gets any groups left over, and
     * parts beyond the downgrade's groups get none.
     */
    private static List<String> undoOfPart(List<List<String>> downgrade, int index, int parts) {
        int group = parts - 1 - index;
        if (group >= downgrade.size()) {
            return List.of();
        }
        if (index > 0) {
            return downgrade.get(group);
        }
        List<String> rest = new ArrayList<>();
        downgrade.subList(group, downgrade.size()).forEach(rest::addAll);
        return List.copyOf(rest);
    }
}
