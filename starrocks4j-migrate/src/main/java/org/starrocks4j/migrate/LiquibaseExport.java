package org.starrocks4j.migrate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Renders revisions as one Liquibase formatted-SQL changelog: one changeset per revision (author
 * {@code starrocks4j}, id = revision id), in the graph's order, with the downgrade statements as
 * {@code --rollback} lines. A revision whose downgrade cannot undo all of it ({@link Revision#notUndone()}) gets no
 * rollback, so that Liquibase refuses to roll it back, as starrocks4j does; a comment says why.
 *
 * <p>Liquibase runs one statement after the other without waiting for StarRocks' schema-change jobs, and StarRocks
 * refuses to change a table while a job runs on it. A statement that changes a table on which an earlier statement
 * started a job begins a changeset of its own ({@link ExportPlan}), so a revision may become several changesets,
 * {@code <id>.1}, {@code <id>.2}, ...: a changeset refused for that reason is then simply run again once the job
 * finished, and rolling the revision back runs its downgrade in order, last changeset first. The review notes saying
 * what to wait for stay in the changelog as comments, which Liquibase strips before running
 * ({@code stripComments:true}).
 */
public final class LiquibaseExport {

    private LiquibaseExport() {
    }

    /** The changelog text. */
    public static String render(RevisionGraph graph) {
        StringBuilder out = new StringBuilder("--liquibase formatted sql\n");
        ExportPlan plan = ExportPlan.of(graph);
        for (ExportPlan.Step step : plan.steps()) {
            Revision r = step.revision();
            out.append("\n--changeset starrocks4j:").append(changeset(step))
                    .append(" splitStatements:true endDelimiter:; stripComments:true\n");
            if (!r.message().isEmpty() || step.isPart()) {
                out.append("--comment: ").append(r.message().isEmpty() ? r.id() : r.message())
                        .append(step.isPart() ? " (part " + step.part() + " of " + step.parts() + ")" : "")
                        .append('\n');
            }
            plan.appendUpgrade(out, step, LiquibaseExport::name);
            if (step.upgrade().isEmpty()) {
                // Liquibase needs SQL in a changeset; a merge or empty revision becomes a no-op statement.
                out.append("SELECT 1;\n");
            }
            boolean undoable = r.notUndone().isEmpty();
            r.notUndone().forEach(why -> out.append(RevisionFile.IRREVERSIBLE_MARKER).append(" (no rollback) ")
                    .append(why).append('\n'));
            List<String> downgrade = undoable ? step.downgrade() : List.of();
            if (undoable && downgrade.isEmpty()
                    && (r.upgradeStatements().isEmpty() || !r.downgradeStatements().isEmpty())) {
                out.append("--rollback empty\n");
            }
            // A revision with upgrade statements but no downgrade gets no rollback: Liquibase then refuses to
            // roll it back, as starrocks4j does.
            for (String statement : downgrade) {
                for (String line : (statement + ";").split("\n")) {
                    out.append("--rollback ").append(line).append('\n');
                }
            }
        }
        return out.toString();
    }

    /** Where Liquibase would change a table while a schema-change job on it may still run, and what to do. */
    public static List<String> warnings(RevisionGraph graph) {
        return ExportPlan.of(graph).warnings("Liquibase", LiquibaseExport::name);
    }

    /**
     * Writes the changelog to {@code file}.
     *
     * @param overwrite replace a file with other content
     * @throws MigrationException before writing, when the file exists with other content and not {@code overwrite}
     */
    public static ExportResult write(RevisionGraph graph, Path file, boolean overwrite) throws IOException {
        String changelog = render(graph);
        if (!overwrite && Files.exists(file) && !Files.readString(file, StandardCharsets.UTF_8).equals(changelog)) {
            throw new MigrationException(ErrorCode.CONFIGURATION, file + " exists with other content; give "
                    + "--overwrite to replace it, or another --output; nothing was written");
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, changelog, StandardCharsets.UTF_8);
        return new ExportResult(List.of(file), List.of(), warnings(graph));
    }

    private static String name(ExportPlan.Step step) {
        return "changeset starrocks4j:" + changeset(step);
    }

    private static String changeset(ExportPlan.Step step) {
        return step.isPart() ? step.revision().id() + "." + step.part() : step.revision().id();
    }
}
