package org.starrocks4j.migrate;

import java.util.List;

/**
 * Renders revisions as one Liquibase formatted-SQL changelog: one changeset per revision (author
 * {@code starrocks4j}, id = revision id), in the graph's order, with the downgrade statements as
 * {@code --rollback} lines. A revision whose downgrade cannot undo all of it ({@link Revision#notUndone()}) gets no
 * rollback, so that Liquibase refuses to roll it back, as starrocks4j does; a comment says why.
 */
public final class LiquibaseExport {

    private LiquibaseExport() {
    }

    public static String render(RevisionGraph graph) {
        StringBuilder out = new StringBuilder("--liquibase formatted sql\n");
        for (Revision r : graph.revisions()) {
            out.append("\n--changeset starrocks4j:").append(r.id()).append(" splitStatements:true endDelimiter:;\n");
            if (!r.message().isEmpty()) {
                out.append("--comment: ").append(r.message()).append('\n');
            }
            List<String> upgrade = r.upgradeStatements();
            for (String statement : upgrade) {
                out.append(statement).append(";\n");
            }
            if (upgrade.isEmpty()) {
                // Liquibase needs SQL in a changeset; a merge or empty revision becomes a no-op statement.
                out.append("SELECT 1;\n");
            }
            List<String> downgrade = r.notUndone().isEmpty() ? r.downgradeStatements() : List.of();
            r.notUndone().forEach(why -> out.append(RevisionFile.IRREVERSIBLE_MARKER).append(" (no rollback) ")
                    .append(why).append('\n'));
            if (downgrade.isEmpty() && upgrade.isEmpty()) {
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
}
