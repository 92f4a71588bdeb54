package org.starrocks4j.migrate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.starrocks4j.schema.ObjectName;

/**
 * The revisions as the steps another migration tool runs one after the other, without waiting for StarRocks'
 * schema-change jobs: Flyway and Liquibase run the next statement at once, and StarRocks refuses a change of a table
 * while a job runs on it. Every statement that changes a table on which an earlier statement (of this revision or
 * an earlier one) started a job that may still run begins a step of its own, so that when the tool fails there,
 * nothing of the step has run and the tool can simply run it again once the job finished (it records each step as
 * done). A revision is thus cut into parts where needed. Its downgrade is cut the same way and the parts given to
 * the upgrade parts in reverse, so undoing every part of a revision, last part first, runs the downgrade in order.
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
     * A step whose first statement changes a table on which an earlier step started a job that may still run.
     *
     * @param step  the step that must wait
     * @param after the step that started the job
     * @param job   the job, on the table both change
     */
    record Wait(Step step, Step after, AsyncJob job) {
    }

    /** Where a job that may still run was started: the index of the step, and the job. */
    private record Started(int step, AsyncJob job) {
    }

    /** A wait by step indexes, before the steps exist. */
    private record WaitAt(int step, Started started) {
    }

    private final List<Step> steps;
    private final List<Wait> waits;

    private ExportPlan(List<Step> steps, List<Wait> waits) {
        this.steps = List.copyOf(steps);
        this.waits = List.copyOf(waits);
    }

    /** The steps of every revision, in the graph's order. */
    static ExportPlan of(RevisionGraph graph) {
        List<Step> steps = new ArrayList<>();
        List<WaitAt> waitsAt = new ArrayList<>();
        Map<ObjectName, Started> running = new HashMap<>();
        int number = 0;
        for (Revision r : graph.revisions()) {
            number++;
            List<List<String>> upgrade = cut(r.upgradeStatements(), running, steps.size(), waitsAt);
            List<List<String>> downgrade = cut(r.downgradeStatements(), new HashMap<>(), 0, new ArrayList<>());
            int parts = upgrade.size();
            for (int i = 0; i < parts; i++) {
                steps.add(new Step(r, number, i + 1, parts, upgrade.get(i), undoOfPart(downgrade, i, parts)));
            }
        }
        List<Wait> waits = waitsAt.stream()
                .map(w -> new Wait(steps.get(w.step()), steps.get(w.started().step()), w.started().job())).toList();
        return new ExportPlan(steps, waits);
    }

    List<Step> steps() {
        return steps;
    }

    /** Every step that must wait for a job an earlier step started, in order. */
    List<Wait> waits() {
        return waits;
    }

    /** Warnings for the user: each wait, named the way the tool names steps, and what to do about it. */
    List<String> warnings(String tool, Function<Step, String> stepName) {
        return waits.stream().map(w -> stepName.apply(w.step()) + " changes table " + w.job().table().toSql()
                + " while the schema-change job " + stepName.apply(w.after()) + " starts on it may still run, and "
                + tool + " does not wait for it: if " + stepName.apply(w.step()) + " fails because the table is not "
                + "NORMAL, run " + tool + " again once SHOW ALTER TABLE " + w.job().kind() + " shows the job "
                + "FINISHED ('starrocks4j upgrade' waits by itself)").toList();
    }

    /**
     * A step's upgrade as a script's lines: first what it waits for, then the statements, each one that starts a job
     * followed by the note saying what to wait for.
     */
    void appendUpgrade(StringBuilder out, Step step, Function<Step, String> stepName) {
        for (Wait w : waits) {
            if (w.step() == step) {
                out.append("-- runs once the schema-change job ").append(stepName.apply(w.after()))
                        .append(" starts on ").append(w.job().table().toSql()).append(" is FINISHED (SHOW ALTER TABLE ")
                        .append(w.job().kind()).append("): if it fails because the table is not NORMAL, run it again "
                                + "then\n");
            }
        }
        appendStatements(out, step.upgrade());
    }

    /** The statements, each one that starts a job followed by the note saying what to wait for. */
    static void appendStatements(StringBuilder out, List<String> statements) {
        for (String statement : statements) {
            out.append(statement).append(";\n");
            AsyncJob.of(statement).ifPresent(job -> out.append(job.note()).append('\n'));
        }
    }

    /**
     * Cuts {@code statements} so that each statement that changes a table with a job in {@code running} begins a group
     * (recorded in {@code waits}, with the step index {@code firstStep} + group); {@code running} is updated with the
     * jobs the statements start. Never empty: no statements make one empty group.
     */
    private static List<List<String>> cut(List<String> statements, Map<ObjectName, Started> running, int firstStep,
                                          List<WaitAt> waits) {
        List<List<String>> groups = new ArrayList<>();
        List<String> group = new ArrayList<>();
        for (String statement : statements) {
            Optional<Started> started = AsyncJob.alteredTable(statement).map(running::remove);
            if (started.isPresent()) {
                if (!group.isEmpty()) {
                    groups.add(group);
                    group = new ArrayList<>();
                }
                waits.add(new WaitAt(firstStep + groups.size(), started.get()));
            }
            group.add(statement);
            int step = firstStep + groups.size();
            AsyncJob.of(statement).ifPresent(job -> running.put(job.table(), new Started(step, job)));
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
