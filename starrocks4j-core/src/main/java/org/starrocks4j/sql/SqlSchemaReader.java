package org.starrocks4j.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.starrocks4j.lexical.SqlParseException;
import org.starrocks4j.operation.Operation;
import org.starrocks4j.operation.ReplayException;
import org.starrocks4j.operation.SchemaReplay.ObjectRules;
import org.starrocks4j.operation.SchemaReplay;
import org.starrocks4j.operation.ViewOperation;
import org.starrocks4j.progress.Progress;
import org.starrocks4j.progress.ProgressListener;
import org.starrocks4j.rules.ServerRules;
import org.starrocks4j.schema.MaterializedView;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.SchemaObject;
import org.starrocks4j.schema.View;

/**
 * DDL scripts as a schema: every statement parsed ({@link DdlParser}) and replayed in order ({@link SchemaReplay}),
 * so a script may create objects and then ALTER or DROP them. A statement that cannot be read or that the server
 * would refuse in the state it meets fails with its line in the script.
 *
 * <p>{@link #read(String)} reads one script and takes objects as the text says them (as for what a server printed).
 * A reader made by {@link #startingFrom} reads any number of scripts in turn (the files of a directory) with
 * {@link Options}: objects checked against StarRocks' rules as they are created and changed, unsupported statements
 * skipped with a warning, progress reported. Scripts are read a statement at a time, so reading takes time and memory
 * in proportion to the script, whatever its length.
 *
 * <p>Like a SQL client, each script runs in a session: {@code CREATE DATABASE} is accepted (databases are not part of
 * the model) and {@code USE db} puts the objects named without a database after it in {@code db}.
 */
public final class SqlSchemaReader {

    /**
     * How scripts are read.
     *
     * @param objectRules       whether created and changed objects must pass StarRocks' rules
     *                          ({@link ObjectRules#VALIDATE}, what a hand-written file needs) or are taken as written
     *                          ({@link ObjectRules#TRUST}, for what a server printed)
     * @param skipUnsupported   skip, with a {@link Warning}, statements that are valid StarRocks SQL but no schema
     *                          definition (INSERT, GRANT, REFRESH, ...) instead of failing
     * @param progress          receives the line reached in each script
     * @param serverRules       the rules of the server the statements are for: every ALTER must be one it runs in
     *                          the state it meets ({@link ServerRules#forReadingAnyServer()}: any server)
     */
    public record Options(ObjectRules objectRules, boolean skipUnsupported, ProgressListener progress,
                          ServerRules serverRules) {

        public Options {
            Objects.requireNonNull(objectRules, "objectRules");
            Objects.requireNonNull(progress, "progress");
            Objects.requireNonNull(serverRules, "serverRules");
        }

        /** Objects taken as written, unsupported statements fail, no progress, the rules every server keeps. */
        public static Options defaults() {
            return new Options(ObjectRules.TRUST, false, ProgressListener.NONE, ServerRules.forReadingAnyServer());
        }

        public Options withObjectRules(ObjectRules value) {
            return new Options(value, skipUnsupported, progress, serverRules);
        }

        public Options skippingUnsupported(boolean value) {
            return new Options(objectRules, value, progress, serverRules);
        }

        public Options withProgress(ProgressListener value) {
            return new Options(objectRules, skipUnsupported, value, serverRules);
        }

        public Options withServerRules(ServerRules value) {
            return new Options(objectRules, skipUnsupported, progress, value);
        }
    }

    /**
     * Something worth knowing about a script that does not stop it from being read.
     *
     * @param source  the script's name as given to {@link #read(String, String)} (e.g. its file), or {@code null}
     * @param line    the 1-based line of the statement
     * @param message what was found and what to do
     */
    public record Warning(String source, int line, String message) {

        @Override
        public String toString() {
            return (source == null ? "" : source + ", ") + "line " + line + ": " + message;
        }
    }

    private final SchemaReplay replay;
    private final Options options;
    private final List<Warning> warnings = new ArrayList<>();
    private int statements;

    private SqlSchemaReader(Schema start, Options options) {
        this.replay = SchemaReplay.startingFrom(start, options.objectRules(), options.serverRules());
        this.options = Objects.requireNonNull(options, "options");
    }

    /** The schema a script builds from nothing, objects taken as written. */
    public static Schema read(String script) {
        return read(Schema.empty(), script);
    }

    /**
     * The schema after running {@code script} on {@code start}, objects taken as written.
     *
     * @throws SqlParseException     when a statement cannot be read (line and column in the script)
     * @throws ScriptReplayException when a statement cannot be applied (its line in the script)
     */
    public static Schema read(Schema start, String script) {
        SqlSchemaReader reader = startingFrom(start, Options.defaults());
        reader.read(script, null);
        return reader.schema();
    }

    /** A reader that runs scripts, one after the other, on {@code start}. */
    public static SqlSchemaReader startingFrom(Schema start, Options options) {
        return new SqlSchemaReader(start, options);
    }

    /**
     * Runs the statements of one more script, in a session of its own ({@code USE} holds until the script ends).
     *
     * @param source the script's name for warnings and progress (e.g. its file), or {@code null}
     * @throws SqlParseException     when a statement cannot be read (line and column in the script), including an
     *                               unsupported statement unless {@link Options#skipUnsupported()}
     * @throws ScriptReplayException when a statement cannot be applied (its line in the script)
     */
    public void read(String script, String source) {
        Objects.requireNonNull(script, "script");
        Session session = new Session();
        long lines = options.progress() == ProgressListener.NONE ? -1
                : script.chars().filter(c -> c == '\n').count() + 1; // counted only for a listener
        String task = "reading " + (source == null ? "SQL" : source);
        StatementSplitter.Statements pending = StatementSplitter.statements(script);
        for (TokenCursor cursor = pending.next(); cursor != null; cursor = pending.next()) {
            int line = cursor.first().line();
            statements++;
            if (session.ran(cursor)) {
                continue;
            }
            cursor.inDatabase(session.catalog, session.database);
            Operation op = parse(cursor, source, line);
            if (op == null) {
                continue;
            }
            warnAboutUnknownReads(op, cursor, source, line);
            try {
                replay.apply(op);
            } catch (ReplayException e) {
                throw new ScriptReplayException(line, e);
            }
            if (lines >= 0) {
                options.progress().progress(new Progress(task, "line", line, lines));
            }
        }
    }

    /** The statement's operation; {@code null} for an unsupported statement skipped (with a warning). */
    private Operation parse(TokenCursor cursor, String source, int line) {
        try {
            return StatementParser.statement(cursor, false);
        } catch (UnsupportedSqlException e) {
            if (!options.skipUnsupported()) {
                throw e;
            }
            warnings.add(new Warning(source, line, "skipped the statement: " + e.problem()));
            return null;
        }
    }

    /** The schema the scripts so far have built. */
    public Schema schema() {
        return replay.schema();
    }

    /** What the scripts so far gave reason to warn about, in order. */
    public List<Warning> warnings() {
        return List.copyOf(warnings);
    }

    /** How many statements the scripts so far held (session statements and skipped ones included). */
    public int statements() {
        return statements;
    }

    /**
     * A view or materialized view reading a table or view that no statement before it created: the server would refuse
     * it unless the object lives elsewhere (another database or file), so this is a warning, not an error.
     */
    private void warnAboutUnknownReads(Operation op, TokenCursor cursor, String source, int line) {
        SchemaObject created = DdlParser.createdObject(op);
        String definition = created instanceof View v ? v.definition()
                : created instanceof MaterializedView m ? m.definition()
                : op instanceof ViewOperation.AlterView a ? a.definition() : null;
        if (definition == null) {
            return;
        }
        ObjectName reader = created != null ? created.name() : op.target();
        String kind = created != null ? created.kind() : "view";
        for (ObjectName read : QueryTables.readBy(definition)) {
            ObjectName name = read.database() == null ? cursor.unqualified(read.name()) : read;
            if (replay.find(name).isEmpty() && !name.equals(reader)) {
                warnings.add(new Warning(source, line, kind + " " + reader.toSql() + " reads " + name.toSql()
                        + ", which no statement before it creates; if it lives in another database or file, qualify "
                        + "or ignore this, else create it first or correct the name"));
            }
        }
    }

    /**
     * The session state of one script: the database {@code USE} chose. Session statements change it and are not
     * schema operations.
     */
    private static final class Session {

        private String catalog;
        private String database;

        /** Runs the statement if it is a session statement ({@code USE}, {@code CREATE DATABASE}); false otherwise. */
        boolean ran(TokenCursor cursor) {
            if (cursor.acceptKeywords("USE")) {
                String first = cursor.identifier("a database name");
                String second = cursor.acceptSymbol(".") ? cursor.identifier("a database name after '.'") : null;
                cursor.expectEnd();
                catalog = second == null ? null : first;
                database = second == null ? first : second;
                return true;
            }
            if (cursor.isKeywords("CREATE", "DATABASE") || cursor.isKeywords("CREATE", "SCHEMA")) {
                cursor.rest(); // IF NOT EXISTS, the name, PROPERTIES: databases are not part of the model
                return true;
            }
            return false;
        }
    }

    /** A statement of a script the server would refuse in the state it meets, with its line. */
    public static final class ScriptReplayException extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        private final int line;

        ScriptReplayException(int line, ReplayException cause) {
            super("line " + line + ": " + cause.withoutIndex(), cause);
            this.line = line;
        }

        /** The 1-based line where the statement starts. */
        public int line() {
            return line;
        }
    }
}
