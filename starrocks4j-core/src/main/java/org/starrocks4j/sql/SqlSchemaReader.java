package org.starrocks4j.sql;

import java.util.List;
import java.util.Objects;
import org.starrocks4j.operation.Operation;
import org.starrocks4j.operation.ReplayException;
import org.starrocks4j.operation.SchemaReplay;
import org.starrocks4j.schema.Schema;

/**
 * A DDL script as a schema: every statement parsed ({@link DdlParser}) and replayed in order ({@link SchemaReplay}),
 * so a file may create objects and then ALTER or DROP them. Objects are taken as the text says them (unchecked, as
 * for what a server printed); renderers validate before they print. A statement that cannot be read or that the
 * server would refuse in the state it meets fails with its line in the script.
 */
public final class SqlSchemaReader {

    private SqlSchemaReader() {
    }

    /** The schema a script builds from nothing. */
    public static Schema read(String script) {
        return read(Schema.empty(), script);
    }

    /**
     * The schema after running {@code script} on {@code start}.
     *
     * @throws SqlParseException   when a statement cannot be read (line and column in the script)
     * @throws ScriptReplayException when a statement cannot be applied (its line in the script)
     */
    public static Schema read(Schema start, String script) {
        Objects.requireNonNull(script, "script");
        List<SqlToken> tokens = SqlLexer.tokenize(script);
        Schema schema = start;
        for (StatementSplitter.Range r : StatementSplitter.ranges(script, tokens)) {
            TokenCursor cursor = new TokenCursor(script, tokens, r.fromToken(), r.toToken(), r.endOffset());
            Operation op = StatementParser.statement(cursor, false);
            try {
                schema = SchemaReplay.apply(schema, op);
            } catch (ReplayException e) {
                SqlToken first = tokens.get(r.fromToken());
                throw new ScriptReplayException(first.line(), e);
            }
        }
        return schema;
    }

    /** A statement of a script the server would refuse in the state it meets, with its line. */
    public static final class ScriptReplayException extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        private final int line;

        ScriptReplayException(int line, ReplayException cause) {
            super("line " + line + ": " + cause.getMessage().replaceFirst("^statement \\d+ ", "statement "), cause);
            this.line = line;
        }

        /** The 1-based line where the statement starts. */
        public int line() {
            return line;
        }
    }
}
