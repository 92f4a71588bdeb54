package org.starrocks4j.migrate;

import java.net.InetAddress;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.starrocks4j.lexical.SqlParseException;
import org.starrocks4j.operation.Operation;
import org.starrocks4j.operation.TableOperation;
import org.starrocks4j.schema.ModelValidator;
import org.starrocks4j.sql.DdlParser;

/**
 * Applies and reverts revisions on a live database, one statement at a time, under the migration lock. After
 * every statement it waits for any asynchronous schema-change job ({@link StatementWait}) and records its
 * progress in the version table, so that a failure leaves an exact record: the revision, the statement, the
 * server's message and what was applied. StarRocks DDL is not transactional and this runner never pretends it
 * is: after the user fixes the cause, the next run resumes at the failed statement.
 */
final class MigrationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationRunner.class);
    private static final DateTimeFormatter DATETIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final SqlSession session;
    private final VersionTable versionTable;
    private final StatementWait wait;
    private final Consumer<String> progress;
    private final Clock clock;
    private final String who;

    /**
     * @param session  the connection to the database to migrate
     * @param settings the version table, the wait after each statement, progress, clock and who runs it
     */
    MigrationRunner(SqlSession session, StarRocks4jConfiguration settings) {
        this.session = Objects.requireNonNull(session, "session");
        this.versionTable = settings.versionTableModel();
        this.wait = settings.statementWait();
        this.progress = settings.progress();
        this.clock = settings.clock();
        this.who = settings.runBy();
    }

    /** {@code user@host:pid} of this process. */
    static String currentProcess() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "unknown-host";
        }
        return System.getProperty("user.name", "unknown") + "@" + host + ":" + ProcessHandle.current().pid();
    }

    /**
     * The version table's rows, without creating it or taking the lock: an absent table means nothing applied.
     */
    List<AppliedRevision> appliedRevisions() throws SQLException {
        try {
            return session.query(versionTable.selectStatement()).stream().map(VersionTable::fromRow).toList();
        } catch (SQLException e) {
            if (MigrationLock.isUnknownTable(e)) {
                return List.of();
            }
            throw e;
        }
    }

    /** What the database has applied, compared with the revision files. */
    DatabaseState state(RevisionGraph graph) throws SQLException {
        return new DatabaseState(graph, appliedRevisions());
    }

    /** Applies the revisions that reach {@code target}; returns the steps it ran. */
    List<MigrationStep> upgrade(RevisionGraph graph, String target) throws SQLException {
        try (MigrationLock lock = lock()) {
            DatabaseState state = prepare(graph);
            for (AppliedRevision row : state.rows()) {
                if (row.state() == RevisionState.DOWNGRADING) {
                    throw new MigrationException("revision " + row.revision() + " was being downgraded (" + row.step()
                            + " downgrade statement(s) ran) when the last run stopped; finish that first with "
                            + "'starrocks4j downgrade' to a revision before it");
                }
            }
            List<MigrationStep> plan = MigrationPlanner.upgrade(graph, state.appliedIds(), target);
            for (AppliedRevision partial : state.partial()) {
                if (plan.stream().noneMatch(s -> s.revision().id().equals(partial.revision()))) {
                    throw new MigrationException("revision " + partial.revision() + " is partly applied ("
                            + partial.step() + " statement(s) ran) and is not on the way to " + target
                            + "; resume it first with 'starrocks4j upgrade " + partial.revision() + "'");
                }
            }
            return run(plan, state);
        }
    }

    /**
     * Reverts the revisions above {@code target}; returns the steps it ran.
     *
     * @param acceptIrreversible run downgrades that say they cannot undo all of their revision (what they leave out
     *                           stays as the upgrade made it); otherwise such a downgrade is refused and nothing runs
     */
    List<MigrationStep> downgrade(RevisionGraph graph, String target, boolean acceptIrreversible) throws SQLException {
        try (MigrationLock lock = lock()) {
            DatabaseState state = prepare(graph);
            for (AppliedRevision row : state.partial()) {
                throw new MigrationException("revision " + row.revision() + " is partly applied (" + row.step()
                        + " of its upgrade statements ran); its downgrade section reverts the whole revision, so it "
                        + "cannot run now. Finish the revision with 'starrocks4j upgrade', or revert the applied "
                        + "statements by hand and record the state with 'starrocks4j stamp'");
            }
            List<MigrationStep> plan = MigrationPlanner.downgrade(graph, state.appliedIds(), target);
            List<String> incomplete = new ArrayList<>();
            for (MigrationStep step : plan) {
                Revision r = step.revision();
                if (r.downgradeStatements().isEmpty() && !r.upgradeStatements().isEmpty() && r.notUndone().isEmpty()) {
                    throw new MigrationException("revision " + r.describe() + " has no downgrade statements, so it "
                            + "cannot be reverted; write its downgrade section, or record the state you want with "
                            + "'starrocks4j stamp'. Nothing was run");
                }
                r.notUndone().forEach(why -> incomplete.add("revision " + r.describe() + ": " + why));
            }
            if (!incomplete.isEmpty() && !acceptIrreversible) {
                throw new MigrationException("the downgrade cannot undo everything the upgrade did:\n  "
                        + String.join("\n  ", incomplete) + "\nWrite the statements that undo it in the downgrade "
                        + "section and delete its IRREVERSIBLE line, or run the downgrade anyway with "
                        + "--accept-irreversible (what it cannot undo stays as the upgrade made it), or record the "
                        + "state you want with 'starrocks4j stamp'. Nothing was run");
            }
            incomplete.forEach(line -> progress.accept("accepted: " + line));
            return run(plan, state);
        }
    }

    /**
     * Records {@code target} (and everything before it) as applied without running any SQL; {@code base} records
     * nothing applied. For adopting an existing database or after fixing things by hand.
     */
    void stamp(RevisionGraph graph, String target) throws SQLException {
        try (MigrationLock lock = lock()) {
            session.execute(versionTable.createStatement());
            Map<String, AppliedRevision> rows = byId(appliedRevisions());
            Set<String> wanted = graph.appliedAt(target);
            for (AppliedRevision row : rows.values()) {
                if (!wanted.contains(row.revision())) {
                    session.execute(versionTable.deleteStatement(row.revision()));
                    progress.accept("unstamped " + row.revision());
                }
            }
            for (Revision r : graph.inOrder(wanted)) {
                AppliedRevision row = rows.get(r.id());
                if (row != null && (row.state() == RevisionState.APPLIED || row.state() == RevisionState.STAMPED)) {
                    continue;
                }
                AppliedRevision stamped = new AppliedRevision(r.id(), r.parents(), r.message(), RevisionState.STAMPED,
                        r.upgradeStatements().size(), r.checksum(), "", now(), who);
                session.execute(row == null ? versionTable.insertStatement(stamped)
                        : versionTable.updateStatement(stamped));
                progress.accept("stamped " + r.id() + (r.message().isEmpty() ? "" : " (" + r.message() + ")"));
            }
        }
    }

    /**
     * Accepts edited revision files: records their current checksums, and forgets rows of revisions whose files
     * are gone. Returns what it changed.
     */
    List<RevisionDrift> repair(RevisionGraph graph) throws SQLException {
        try (MigrationLock lock = lock()) {
            session.execute(versionTable.createStatement());
            List<AppliedRevision> rows = appliedRevisions();
            List<RevisionDrift> drifts = RevisionDrift.check(graph, rows);
            Map<String, AppliedRevision> byId = byId(rows);
            for (RevisionDrift drift : drifts) {
                AppliedRevision row = byId.get(drift.revision());
                if (drift.kind() == RevisionDrift.Kind.MISSING) {
                    session.execute(versionTable.deleteStatement(row.revision()));
                    progress.accept("forgot " + row.revision() + " (no file)");
                } else {
                    Revision r = graph.get(row.revision());
                    int ran = row.state() == RevisionState.UPGRADING ? row.step() : r.upgradeStatements().size();
                    String downChecksum = row.state() == RevisionState.DOWNGRADING
                            ? Checksums.ofFirst(r.downgradeStatements(), row.step()) : "";
                    session.execute(versionTable.updateStatement(row.with(row.state(),
                            row.state() == RevisionState.DOWNGRADING ? row.step() : ran,
                            Checksums.ofFirst(r.upgradeStatements(), ran), downChecksum, now(), who)));
                    progress.accept("recorded the new checksum of " + r.describe());
                }
            }
            return drifts;
        }
    }

    private MigrationLock lock() throws SQLException {
        return MigrationLock.acquire(session, versionTable.lockView(), who, clock);
    }

    /** Creates the version table if needed, reads it, and refuses to go on when files drifted. */
    private DatabaseState prepare(RevisionGraph graph) throws SQLException {
        session.execute(versionTable.createStatement());
        DatabaseState state = state(graph);
        if (!state.drifts().isEmpty()) {
            throw new MigrationException(ErrorCode.REVISIONS, "the revision files do not match what the database applied:\n  "
                    + state.drifts().stream().map(RevisionDrift::detail).collect(Collectors.joining("\n  "))
                    + "\n" + RevisionDrift.remedy() + " Nothing was run.");
        }
        return state;
    }

    private List<MigrationStep> run(List<MigrationStep> plan, DatabaseState state) throws SQLException {
        if (plan.isEmpty()) {
            progress.accept("nothing to do: the database is at " + state.describeCurrent());
            return plan;
        }
        Map<String, AppliedRevision> rows = byId(state.rows());
        requireRunnableNow(plan, rows);
        List<String> done = new ArrayList<>();
        for (MigrationStep step : plan) {
            runStep(step, rows.get(step.revision().id()), done);
            done.add(step.describe() + ": " + step.statements().size() + " statement(s)");
        }
        return plan;
    }

    private void runStep(MigrationStep step, AppliedRevision existing, List<String> doneBefore) throws SQLException {
        Revision revision = step.revision();
        boolean up = step.direction() == Direction.UPGRADE;
        List<String> statements = step.statements();
        RevisionState running = running(step);
        int start = resumeAt(step, existing);
        AppliedRevision row;
        if (existing != null && existing.state() == running) {
            row = existing;
            progress.accept(step.describe() + ": resuming at statement " + (start + 1) + " of " + statements.size());
        } else {
            row = up
                    ? new AppliedRevision(revision.id(), revision.parents(), revision.message(), running, 0,
                            Checksums.ofFirst(statements, 0), "", now(), who)
                    : existing.with(running, 0, existing.checksum(), Checksums.ofFirst(statements, 0), now(), who);
            session.execute(up && existing == null ? versionTable.insertStatement(row)
                    : versionTable.updateStatement(row));
            progress.accept(step.describe() + ": " + statements.size() + " statement(s)");
        }
        for (int i = start; i < statements.size(); i++) {
            String statement = statements.get(i);
            progress.accept("  [" + (i + 1) + "/" + statements.size() + "] " + summary(statement));
            try {
                session.execute(statement);
            } catch (SQLException e) {
                throw failure(step, statements, i, i, start, doneBefore, "The server said: " + serverMessage(e), e);
            }
            try {
                wait.afterStatement(session.connection(), statement, line -> progress.accept("        " + line));
            } catch (StatementWait.JobFailedException e) {
                // The job was cancelled: the change did not happen, so the statement must run again.
                throw failure(step, statements, i, i, start, doneBefore, "Its schema-change job failed: "
                        + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                record(row, up, statements, i + 1);
                throw failure(step, statements, i, i + 1, start, doneBefore, "The statement was accepted, but the run "
                        + "was interrupted while waiting for its schema-change job.", e);
            } catch (Exception e) {
                // Accepted by the server, job state unknown or still running: do not run it twice.
                record(row, up, statements, i + 1);
                String why = e instanceof SQLException sql ? serverMessage(sql) : e.getMessage();
                throw failure(step, statements, i, i + 1, start, doneBefore, "The statement was accepted, but "
                        + "waiting for its schema-change job failed: " + why + ". Check the job with SHOW ALTER TABLE "
                        + "and wait for it to finish before running again.", e);
            }
            row = record(row, up, statements, i + 1);
        }
        if (up) {
            AppliedRevision applied = row.with(RevisionState.APPLIED, statements.size(),
                    Checksums.ofFirst(statements, statements.size()), "", now(), who);
            session.execute(versionTable.updateStatement(applied));
        } else {
            session.execute(versionTable.deleteStatement(revision.id()));
        }
        LOG.info("{} done", step.describe());
    }

    private static RevisionState running(MigrationStep step) {
        return step.direction() == Direction.UPGRADE ? RevisionState.UPGRADING : RevisionState.DOWNGRADING;
    }

    /** The index of the step's first statement still to run: past those an interrupted run already applied. */
    private static int resumeAt(MigrationStep step, AppliedRevision existing) {
        return existing != null && existing.state() == running(step) ? existing.step() : 0;
    }

    /**
     * Refuses, before anything runs, statements the server would refuse because of the moment they run: a
     * {@code storage_cooldown_time} already past ({@link ModelValidator#problemsWhenRun}). Revision files are
     * written once and run later, so this is checked here, against the runner's clock, and not when models are
     * built or revisions generated.
     */
    private void requireRunnableNow(List<MigrationStep> plan, Map<String, AppliedRevision> rows) {
        Instant now = clock.instant();
        List<String> problems = new ArrayList<>();
        for (MigrationStep step : plan) {
            List<String> statements = step.statements();
            for (int i = resumeAt(step, rows.get(step.revision().id())); i < statements.size(); i++) {
                for (String problem : whenRun(statements.get(i), now)) {
                    problems.add(step.describe() + ", statement " + (i + 1) + ": " + problem);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new MigrationException("the server would refuse these statements if they ran now:\n  "
                    + String.join("\n  ", problems) + "\nFix the revision file, then run again. Nothing was run.");
        }
    }

    private static List<String> whenRun(String statement, Instant now) {
        Operation operation;
        try {
            operation = DdlParser.parseStatement(statement, DdlParser.Validation.UNCHECKED);
        } catch (SqlParseException notDdlTheModelHolds) {
            return List.of(); // left to the server, like everything the parser does not read
        }
        if (operation instanceof TableOperation.CreateTable create) {
            return ModelValidator.problemsWhenRun(create.table(), now);
        }
        if (operation instanceof TableOperation.SetProperty set) {
            return ModelValidator.problemsWhenRun("ALTER TABLE " + set.target(), Map.of(set.key(), set.value()), now);
        }
        return List.of();
    }

    /** Records that the first {@code count} statements of the step have run. */
    private AppliedRevision record(AppliedRevision row, boolean up, List<String> statements, int count)
            throws SQLException {
        AppliedRevision next = up
                ? row.with(RevisionState.UPGRADING, count, Checksums.ofFirst(statements, count), "", now(), who)
                : row.with(RevisionState.DOWNGRADING, count, row.checksum(), Checksums.ofFirst(statements, count),
                        now(), who);
        session.execute(versionTable.updateStatement(next));
        return next;
    }

    /**
     * @param failedIndex  0-based index of the statement that failed
     * @param appliedCount statements of this step that are applied now (where the next run resumes)
     */
    private MigrationFailedException failure(MigrationStep step, List<String> statements, int failedIndex,
                                             int appliedCount, int start, List<String> doneBefore, String reason,
                                             Throwable cause) {
        String failedStatement = statements.get(failedIndex);
        String verb = step.direction().name().toLowerCase(java.util.Locale.ROOT);
        List<String> applied = new ArrayList<>(doneBefore);
        for (int i = 0; i < appliedCount; i++) {
            applied.add(verb + " " + step.revision().id() + " statement " + (i + 1)
                    + (i < start ? " (in an earlier run)" : "") + ": " + summary(statements.get(i)));
        }
        StringBuilder message = new StringBuilder();
        message.append(verb).append(" failed at revision ").append(step.revision().describe()).append(", statement ")
                .append(failedIndex + 1).append(" of ").append(statements.size()).append(":\n  ")
                .append(SqlRedaction.redact(failedStatement).replace("\n", "\n  ")).append('\n')
                .append(reason).append('\n');
        if (applied.isEmpty()) {
            message.append("Nothing was applied before it.\n");
        } else {
            message.append("Already applied (StarRocks DDL is not transactional: these stay applied):\n");
            applied.forEach(a -> message.append("  ").append(a).append('\n'));
        }
        message.append("The version table records this progress. Fix the cause (in the database, or the statement in ")
                .append("the revision file), then run '").append(verb).append("' again: it resumes at statement ")
                .append(appliedCount + 1).append(" of revision ").append(step.revision().id()).append('.');
        return new MigrationFailedException(message.toString(), step, failedIndex, failedStatement, applied, cause);
    }

    static String serverMessage(SQLException e) {
        StringBuilder out = new StringBuilder();
        if (e.getErrorCode() != 0) {
            out.append('[').append(e.getErrorCode()).append("] ");
        }
        out.append(e.getMessage() == null ? e.getClass().getSimpleName() : SqlRedaction.redact(e.getMessage()));
        return out.toString();
    }

    static String summary(String statement) {
        String flat = SqlStatements.collapseWhitespace(SqlRedaction.redact(statement));
        return flat.length() > 100 ? flat.substring(0, 97) + "..." : flat;
    }

    private String now() {
        return DATETIME.format(clock.instant());
    }

    private static Map<String, AppliedRevision> byId(List<AppliedRevision> rows) {
        Map<String, AppliedRevision> out = new LinkedHashMap<>();
        rows.forEach(r -> out.put(r.revision(), r));
        return out;
    }
}
