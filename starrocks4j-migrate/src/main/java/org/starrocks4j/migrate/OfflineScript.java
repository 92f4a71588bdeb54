package org.starrocks4j.migrate;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The SQL of a plan as one script, without connecting: for review, or for a DBA to run by hand. With
 * bookkeeping, the script also creates the version table and records each revision, so running it by hand
 * leaves the database in the state {@code upgrade} would have.
 */
public final class OfflineScript {

    private static final DateTimeFormatter DATETIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private OfflineScript() {
    }

    /**
     * @param plan         the steps, in order
     * @param from         what the script assumes is applied before it, for the header (e.g. {@code base})
     * @param versionTable the version table, or {@code null} to leave bookkeeping out
     */
    public static String render(List<MigrationStep> plan, String from, VersionTable versionTable, Clock clock,
                                String who) {
        StringBuilder out = new StringBuilder();
        String direction = plan.isEmpty() ? "upgrade" : plan.get(0).direction().name().toLowerCase();
        out.append("-- starrocks4j ").append(direction).append(" from ").append(from).append(": ")
                .append(plan.size()).append(" revision(s). Offline SQL: review it before running it.\n")
                .append("-- StarRocks DDL is not transactional, and ALTER TABLE column, DISTRIBUTED BY and ORDER BY\n")
                .append("-- changes run as asynchronous jobs: run one statement at a time and wait for each job\n")
                .append("-- (SHOW ALTER TABLE COLUMN / OPTIMIZE) before changing the same table again.\n");
        if (versionTable != null && !plan.isEmpty()) {
            out.append('\n').append(versionTable.createStatement()).append(";\n");
        }
        for (MigrationStep step : plan) {
            Revision r = step.revision();
            out.append("\n-- ").append(step.direction() == Direction.UPGRADE ? "Running upgrade " : "Running downgrade ")
                    .append(r.parents().isEmpty() ? "base" : String.join(", ", r.parents()))
                    .append(step.direction() == Direction.UPGRADE ? " -> " : " <- ").append(r.id());
            if (!r.message().isEmpty()) {
                out.append(": ").append(r.message());
            }
            out.append('\n');
            List<String> statements = step.statements();
            if (step.direction() == Direction.DOWNGRADE && statements.isEmpty() && !r.upgradeStatements().isEmpty()) {
                out.append("-- WARNING: revision ").append(r.id()).append(" has no downgrade statements\n");
            }
            if (step.direction() == Direction.DOWNGRADE) {
                for (String why : r.notUndone()) {
                    out.append("-- WARNING: revision ").append(r.id()).append(" cannot undo: ").append(why)
                            .append('\n');
                }
            }
            for (String statement : statements) {
                out.append(statement).append(";\n");
                AsyncJob.of(statement).ifPresent(job -> out.append(job.note()).append('\n'));
            }
            if (versionTable != null) {
                if (step.direction() == Direction.UPGRADE) {
                    AppliedRevision row = new AppliedRevision(r.id(), r.parents(), r.message(), RevisionState.APPLIED,
                            statements.size(), r.checksum(), "", DATETIME.format(clock.instant()), who);
                    out.append(versionTable.insertStatement(row)).append(";\n");
                } else {
                    out.append(versionTable.deleteStatement(r.id())).append(";\n");
                }
            }
        }
        return out.toString();
    }
}
