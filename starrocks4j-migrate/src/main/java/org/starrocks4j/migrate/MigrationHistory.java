package org.starrocks4j.migrate;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.starrocks4j.operation.Operation;
import org.starrocks4j.operation.ReplayException;
import org.starrocks4j.operation.SchemaReplay.ObjectRules;
import org.starrocks4j.operation.SchemaReplay;
import org.starrocks4j.operation.TableOperation;
import org.starrocks4j.progress.Progress;
import org.starrocks4j.progress.ProgressListener;
import org.starrocks4j.rules.ServerRules;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.sql.DdlParser;

/**
 * The schema a migration history builds: the upgrade statements of the revisions, parents first, parsed by
 * {@link DdlParser} and applied by {@link SchemaReplay}. This is the current state of an offline autogenerate or
 * check: what the database holds after these revisions, computed without a server.
 *
 * <p>Only statements about tables, views, materialized views and indexes change the schema; anything else a
 * revision may hold (INSERT, UPDATE, SET, GRANT, CREATE DATABASE, ...) is skipped.
 */
public final class MigrationHistory {

    /** Statements that define or change a schema object; the rest leave the schema as it is. */
    private static final Pattern SCHEMA_STATEMENT = Pattern.compile(
            "(CREATE|ALTER|DROP)\\s+(OR\\s+REPLACE\\s+)?(EXTERNAL\\s+|TEMPORARY\\s+)?"
                    + "(TABLE|VIEW|MATERIALIZED\\s+VIEW|INDEX)\\b.*", Pattern.DOTALL);

    private MigrationHistory() {
    }

    /**
     * The schema after the upgrade sections of {@code revisionIds} (and only those), applied in graph order, every
     * statement checked against the rules every StarRocks server keeps.
     *
     * @throws MigrationException naming the revision and the statement that cannot be parsed or replayed
     */
    public static Schema replay(RevisionGraph graph, Collection<String> revisionIds) {
        return replay(graph, revisionIds, ServerRules.forReadingAnyServer(), ProgressListener.NONE);
    }

    /** As {@link #replay(RevisionGraph, Collection)}, reporting each revision replayed to {@code progress}. */
    public static Schema replay(RevisionGraph graph, Collection<String> revisionIds, ProgressListener progress) {
        return replay(graph, revisionIds, ServerRules.forReadingAnyServer(), progress);
    }

    /**
     * As {@link #replay(RevisionGraph, Collection)}, every statement checked against the rules of the server
     * {@code server} describes (its version, when known, decides the rules that changed between versions), reporting
     * each revision replayed to {@code progress}. One replay runs through all the revisions, so the work grows with the
     * statements, not with revisions times objects.
     */
    public static Schema replay(RevisionGraph graph, Collection<String> revisionIds, ServerRules server,
                                ProgressListener progress) {
        SchemaReplay replay = startReplay(server);
        List<Revision> revisions = graph.inOrder(revisionIds);
        for (int i = 0; i < revisions.size(); i++) {
            apply(replay, new MigrationStep(revisions.get(i), Direction.UPGRADE), false);
            progress.progress(new Progress("replaying the migration history", "revision", i + 1, revisions.size()));
        }
        return replay.schema();
    }

    /**
     * Checks what {@code plan} (its upgrade or downgrade sections, in order) does to a database at {@code applied}:
     * what an offline script ({@code upgrade --sql}, {@code downgrade --sql}) runs, statement by statement against the
     * schema the revisions build and the rules of {@code server}, so that a statement the server would refuse fails
     * before the script is written, not half-way through running it. Unlike {@link #replay(RevisionGraph,
     * Collection)}, statements about objects no revision creates (tables of a database the revisions were stamped
     * onto) are passed over: the script may still be run there, and the history does not know them.
     *
     * @throws MigrationException naming the revision file, line and statement, the rule and the way out
     */
    public static void check(RevisionGraph graph, Collection<String> applied, List<MigrationStep> plan,
                             ServerRules server) {
        SchemaReplay replay = startReplay(server);
        for (Revision revision : graph.inOrder(applied)) {
            apply(replay, new MigrationStep(revision, Direction.UPGRADE), true);
        }
        plan.forEach(step -> apply(replay, step, true));
    }

    private static SchemaReplay startReplay(ServerRules server) {
        // Objects trusted: the server, not the model validator, decided what the CREATE statements made; every
        // statement is still checked against the state it meets and the server's rules for it.
        return SchemaReplay.startingFrom(Schema.empty(), ObjectRules.TRUST, server);
    }

    /**
     * Applies the statements of one revision's section; with {@code passOverOutside}, not those that change an object
     * the replay does not hold (nor a copy of one).
     */
    private static void apply(SchemaReplay replay, MigrationStep step, boolean passOverOutside) {
        List<String> statements = step.statements();
        for (int i = 0; i < statements.size(); i++) {
            String statement = statements.get(i);
            if (!changesSchema(statement)) {
                continue;
            }
            Operation operation;
            try {
                operation = DdlParser.parseStatement(statement, DdlParser.Validation.UNCHECKED);
            } catch (IllegalArgumentException e) {
                throw failure(step, i, statement, "cannot be read: " + e.getMessage(), e);
            }
            if (passOverOutside && changesObjectOutside(replay, operation)) {
                continue;
            }
            try {
                replay.apply(operation);
            } catch (RuntimeException e) {
                String why = e instanceof ReplayException refused ? refused.problem() : e.getMessage();
                throw failure(step, i, statement, "cannot run on the schema the revisions before it build: " + why, e);
            }
        }
    }

    /** True for a statement that changes (or copies) an object the replay does not hold. */
    private static boolean changesObjectOutside(SchemaReplay replay, Operation operation) {
        if (operation instanceof TableOperation.CreateTableLike like) {
            return replay.find(like.source()).isEmpty();
        }
        return DdlParser.createdObject(operation) == null && !(operation instanceof TableOperation.CreateTableAsSelect)
                && replay.find(operation.target()).isEmpty();
    }

    /** True for statements that create, change or drop a table, view, materialized view or index. */
    static boolean changesSchema(String statement) {
        return SCHEMA_STATEMENT.matcher(statement.strip().toUpperCase(Locale.ROOT)).matches();
    }

    private static MigrationException failure(MigrationStep step, int index, String statement, String problem,
                                              Throwable cause) {
        Revision revision = step.revision();
        String section = step.direction() == Direction.UPGRADE ? "upgrade" : "downgrade";
        String where = RevisionFile.statementPosition(revision, step.direction(), index).map(at -> at + ", ")
                .orElse("");
        return new MigrationException(ErrorCode.REVISIONS, "the migration history cannot be replayed: " + where
                + "revision " + revision.describe() + ", " + section + " statement " + (index + 1) + " of "
                + step.statements().size() + ":\n  " + SqlStatements.collapseWhitespace(statement) + "\n" + problem
                + "\nFix the statement in the revision file before it runs. If a server ran it already, that server's "
                + "version may not have this rule: give it (--server-version, or server_version in "
                + StarRocks4jConfiguration.FILE_NAME + "), or compare with the database instead of --offline", cause);
    }
}
