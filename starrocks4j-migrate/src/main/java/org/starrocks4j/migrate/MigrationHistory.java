package org.starrocks4j.migrate;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.starrocks4j.operation.Operation;
import org.starrocks4j.operation.ReplayException;
import org.starrocks4j.operation.SchemaReplay;
import org.starrocks4j.operation.SchemaReplay.ObjectRules;
import org.starrocks4j.progress.Progress;
import org.starrocks4j.progress.ProgressListener;
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
     * The schema after the upgrade sections of {@code revisionIds} (and only those), applied in graph order.
     *
     * @throws MigrationException naming the revision and the statement that cannot be parsed or replayed
     */
    public static Schema replay(RevisionGraph graph, Collection<String> revisionIds) {
        return replay(graph, revisionIds, ProgressListener.NONE);
    }

    /**
     * As {@link #replay(RevisionGraph, Collection)}, reporting each revision replayed to {@code progress}. One replay
     * runs through all the revisions, so the work grows with the statements, not with revisions times objects.
     */
    public static Schema replay(RevisionGraph graph, Collection<String> revisionIds, ProgressListener progress) {
        // Trusted: the server, not the model validator, decided what these statements did.
        SchemaReplay replay = SchemaReplay.startingFrom(Schema.empty(), ObjectRules.TRUST);
        List<Revision> revisions = graph.inOrder(revisionIds);
        for (int i = 0; i < revisions.size(); i++) {
            apply(replay, revisions.get(i));
            progress.progress(new Progress("replaying the migration history", "revision", i + 1, revisions.size()));
        }
        return replay.schema();
    }

    /** Applies one revision's upgrade section. */
    private static void apply(SchemaReplay replay, Revision revision) {
        List<String> statements = revision.upgradeStatements();
        for (int i = 0; i < statements.size(); i++) {
            String statement = statements.get(i);
            if (!changesSchema(statement)) {
                continue;
            }
            Operation operation;
            try {
                operation = DdlParser.parseStatement(statement, DdlParser.Validation.UNCHECKED);
            } catch (IllegalArgumentException e) {
                throw failure(revision, i, statements.size(), statement, "cannot be read: " + e.getMessage(), e);
            }
            try {
                replay.apply(operation);
            } catch (RuntimeException e) {
                String why = e instanceof ReplayException refused ? refused.problem() : e.getMessage();
                throw failure(revision, i, statements.size(), statement,
                        "does not apply to the schema the revisions before it build: " + why, e);
            }
        }
    }

    /** True for statements that create, change or drop a table, view, materialized view or index. */
    static boolean changesSchema(String statement) {
        return SCHEMA_STATEMENT.matcher(statement.strip().toUpperCase(Locale.ROOT)).matches();
    }

    private static MigrationException failure(Revision revision, int index, int count, String statement,
                                              String problem, Throwable cause) {
        return new MigrationException(ErrorCode.REVISIONS, "the migration history cannot be replayed: revision "
                + revision.describe() + ", upgrade statement " + (index + 1) + " of " + count + ":\n  "
                + SqlStatements.collapseWhitespace(statement) + "\n" + problem + "\nFix the statement in the revision "
                + "file, or compare with the database instead of --offline", cause);
    }
}
