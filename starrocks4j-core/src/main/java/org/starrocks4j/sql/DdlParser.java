package org.starrocks4j.sql;

import java.util.ArrayList;
import java.util.List;
import org.starrocks4j.lexical.SqlLexer;
import org.starrocks4j.lexical.SqlParseException;
import org.starrocks4j.lexical.SqlToken;
import org.starrocks4j.operation.MaterializedViewOperation;
import org.starrocks4j.operation.Operation;
import org.starrocks4j.operation.SchemaReplay;
import org.starrocks4j.operation.TableOperation;
import org.starrocks4j.operation.ViewOperation;
import org.starrocks4j.schema.InvalidModelException;
import org.starrocks4j.schema.MaterializedView;
import org.starrocks4j.schema.ModelValidator;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.SchemaObject;
import org.starrocks4j.schema.Table;
import org.starrocks4j.schema.View;

/**
 * Reads StarRocks DDL into {@link Operation}s: {@code CREATE TABLE / VIEW / MATERIALIZED VIEW} as users write them and
 * as {@code SHOW CREATE} prints them, {@code DROP}, and every ALTER that {@link DdlRenderer} writes. Keywords are
 * case-insensitive; queries and expressions (view and MV queries, partition expressions, generated columns, default
 * expressions) are kept verbatim.
 *
 * <p>Malformed SQL raises {@link SqlParseException} (line, column, what was expected); valid StarRocks SQL the model
 * cannot hold raises {@link UnsupportedSqlException} naming the construct. By default the objects are also validated
 * ({@link ModelValidator}) and a statement StarRocks would reject raises {@link InvalidModelException};
 * {@link Validation#UNCHECKED} keeps whatever the text says, for reading what a server printed.
 *
 * <p>Read but left out of the model, as the server itself no longer prints them: the partitions listed after
 * expression partitioning ({@code PARTITION BY date_trunc('day', dt) (START ... END ... EVERY ...)}, or the
 * {@code (PARTITION ...)} list servers before 3.1 printed there); the server creates such partitions as data
 * arrives. Read as statements but not kept in the model, as SHOW CREATE TABLE prints neither: a partition's own
 * bucketing ({@code ADD PARTITION ... DISTRIBUTED BY}, {@code PARTITIONS (...) DISTRIBUTED BY}) and partitions'
 * storage settings ({@code MODIFY PARTITION ... SET}); the index a rollup is built {@code FROM}; whether an aggregate
 * state's argument was {@code NOT NULL}.
 *
 * <p>A {@code CREATE MATERIALIZED VIEW} with neither REFRESH nor DISTRIBUTED BY (or with {@code REFRESH SYNC}) is, as
 * on the server, a synchronous materialized view: a
 * {@link TableOperation.CreateSyncMaterializedView} of the one table its query reads, which holds it as one of its
 * indexes; its column list, COMMENT, ORDER BY and IF NOT EXISTS are ignored, as the server ignores them, and
 * PARTITION BY is refused. Every other one is an asynchronous {@link MaterializedView}.
 *
 * <p>What stays unsupported, and why (each is reported by name through {@link UnsupportedSqlException}; the
 * corpus test {@code DdlParserCorpusTest} prints how often the real servers' tests use each):
 * <ul>
 *   <li>{@code CREATE TEMPORARY TABLE}: a session's scratch table, never part of a schema;</li>
 *   <li>{@code CREATE TABLE ... AS SELECT} over several tables or groups ({@code WITH}, joins, subqueries and table
 *       functions in FROM, GROUP BY, HAVING, set operations): the columns' types come from a query only the server
 *       evaluates; write the table's definition (SHOW CREATE TABLE prints it, and reads as an ordinary table). A
 *       CTAS over one table or none is read ({@link TableOperation.CreateTableAsSelect}) and its table made when it
 *       is replayed; a select item whose type needs the server fails there, named. {@code CREATE TABLE t2 LIKE t1}
 *       is read, and replayed as a copy of {@code t1};</li>
 *   <li>{@code ORDER BY} of a rollup and {@code RENAME ROLLUP}: rollups are sorted by their leading columns in the
 *       model;</li>
 *   <li>{@code BUCKETS AUTO} is not even StarRocks SQL (StarRocks' grammar takes {@code BUCKETS <integer>}; no
 *       server output or accepted statement of the corpus has it) and fails as malformed; leaving BUCKETS out lets
 *       the server choose, which is what it means;</li>
 *   <li>a column {@code CHARSET}: absent from the corpus, and StarRocks stores all text as UTF-8;</li>
 *   <li>{@code NULL} as a LIST partition value ({@code VALUES IN ((NULL, NULL))}): partition values are text in the
 *       model, where a NULL could not be told from the string {@code 'NULL'}; quote a value meant as text;</li>
 *   <li>the {@code KEY} column marker in CREATE TABLE (the table's KEY clause says it) and after other column
 *       attributes; in ADD/MODIFY COLUMN right after the type it is read;</li>
 *   <li>{@code MODIFY COLUMN ... ADD/DROP FIELD}: restate the whole struct column instead;</li>
 *   <li>{@code ALTER MATERIALIZED VIEW ... ADD/DROP COLUMN}, {@code ... SWAP}, {@code SECURITY DEFINER}: newer or
 *       rarer forms the model does not hold;</li>
 *   <li>statements that operate on data or storage rather than declare schema: partition evolution
 *       ({@code ADD/DROP PARTITION COLUMN}), temporary partitions, {@code REPLACE PARTITION},
 *       {@code DROP PARTITIONS}, compaction, {@code INSERT} other than a rebuild's row copy, and any statement other
 *       than CREATE / DROP / ALTER of tables, views and materialized views.</li>
 * </ul>
 */
public final class DdlParser {

    /** Whether parsed objects are checked against StarRocks' rules. */
    public enum Validation {
        /** Objects breaking a rule raise {@link InvalidModelException} (the default). */
        VALIDATE,
        /** Objects are taken as written, like {@link Table.Builder#buildUnchecked()}. */
        UNCHECKED
    }

    private DdlParser() {
    }

    /** Every statement of {@code script}, in order, validated. */
    public static List<Operation> parse(String script) {
        return parse(script, Validation.VALIDATE);
    }

    /** Every statement of {@code script}, in order. */
    public static List<Operation> parse(String script, Validation validation) {
        List<Operation> out = new ArrayList<>();
        StatementSplitter.Statements statements = StatementSplitter.statements(script);
        for (TokenCursor cursor = statements.next(); cursor != null; cursor = statements.next()) {
            out.add(StatementParser.statement(cursor, validation == Validation.VALIDATE));
        }
        return out;
    }

    /** The one statement in {@code sql} (a trailing {@code ;} is allowed), validated. */
    public static Operation parseStatement(String sql) {
        return parseStatement(sql, Validation.VALIDATE);
    }

    /** The one statement in {@code sql} (a trailing {@code ;} is allowed). */
    public static Operation parseStatement(String sql, Validation validation) {
        StatementSplitter.Statements statements = StatementSplitter.statements(sql);
        TokenCursor cursor = statements.next();
        if (cursor == null) {
            List<SqlToken> tokens = SqlLexer.tokenize(sql);
            SqlToken end = tokens.get(tokens.size() - 1);
            throw new SqlParseException("expected a statement but the text is empty", end.line(), end.column(),
                    "a statement", null);
        }
        TokenCursor another = statements.next();
        if (another != null) {
            SqlToken second = another.first();
            throw new SqlParseException("expected one statement but found another one here", second.line(),
                    second.column(), "the end of the text", SqlParseException.snippet(sql, second.start()));
        }
        return StatementParser.statement(cursor, validation == Validation.VALIDATE);
    }

    /** The table of a single CREATE TABLE statement, validated. */
    public static Table parseTable(String sql) {
        return created(sql, Validation.VALIDATE, Table.class);
    }

    /** The view of a single CREATE VIEW statement, validated. */
    public static View parseView(String sql) {
        return created(sql, Validation.VALIDATE, View.class);
    }

    /** The materialized view of a single CREATE MATERIALIZED VIEW statement, validated. */
    public static MaterializedView parseMaterializedView(String sql) {
        return created(sql, Validation.VALIDATE, MaterializedView.class);
    }

    /**
     * The object created by a single CREATE TABLE / VIEW / MATERIALIZED VIEW statement, e.g. the text of
     * {@code SHOW CREATE TABLE}.
     */
    public static SchemaObject parseObject(String sql, Validation validation) {
        return created(sql, validation, SchemaObject.class);
    }

    /** The object each CREATE statement creates, or {@code null} for other statements. */
    public static SchemaObject createdObject(Operation operation) {
        if (operation instanceof TableOperation.CreateTable op) {
            return op.table();
        }
        if (operation instanceof ViewOperation.CreateView op) {
            return op.view();
        }
        if (operation instanceof MaterializedViewOperation.CreateMaterializedView op) {
            return op.view();
        }
        return null;
    }

    /**
     * The table of a CREATE TABLE ... AS SELECT that reads no table (its columns are literals and the like); one that
     * reads a table needs the statements that create it.
     */
    private static Table createdAsSelect(TableOperation.CreateTableAsSelect ctas, String sql, Validation validation) {
        ObjectName from = ctas.query().from();
        if (from != null) {
            SqlToken first = SqlLexer.tokenize(sql).get(0);
            throw new SqlParseException("CREATE TABLE " + ctas.target().toSql() + " AS SELECT ... FROM " + from.toSql()
                    + " takes its columns from a table this statement does not describe; read it with the statements "
                    + "that create " + from.toSql() + " (SqlSchemaReader)", first.line(), first.column(),
                    "CREATE TABLE", SqlParseException.snippet(sql, first.start()));
        }
        SchemaReplay replay = SchemaReplay.startingFrom(Schema.empty(), validation == Validation.VALIDATE
                ? SchemaReplay.ObjectRules.VALIDATE : SchemaReplay.ObjectRules.TRUST);
        replay.apply(ctas);
        return (Table) replay.schema().objects().get(0);
    }

    private static <T extends SchemaObject> T created(String sql, Validation validation, Class<T> kind) {
        Operation operation = parseStatement(sql, validation);
        if (operation instanceof TableOperation.CreateTableLike like) {
            SqlToken first = SqlLexer.tokenize(sql).get(0);
            throw new SqlParseException("CREATE TABLE " + like.target().toSql() + " LIKE " + like.source().toSql()
                    + " copies a table this statement does not describe; read it with the statements that create "
                    + like.source().toSql() + " (SqlSchemaReader)", first.line(), first.column(), "CREATE TABLE",
                    SqlParseException.snippet(sql, first.start()));
        }
        SchemaObject object = operation instanceof TableOperation.CreateTableAsSelect ctas
                ? createdAsSelect(ctas, sql, validation) : createdObject(operation);
        if (operation instanceof TableOperation.CreateSyncMaterializedView sync && !kind.isInstance(object)) {
            SqlToken first = SqlLexer.tokenize(sql).get(0);
            throw new SqlParseException("CREATE MATERIALIZED VIEW " + sync.viewName().toSql() + " states neither "
                    + "REFRESH nor DISTRIBUTED BY, so it is a synchronous materialized view: an index of table "
                    + sync.target().toSql() + ", not an object of its own; read it with the statement that creates "
                    + "that table (SqlSchemaReader), or state REFRESH for an asynchronous materialized view",
                    first.line(), first.column(), "an asynchronous CREATE MATERIALIZED VIEW",
                    SqlParseException.snippet(sql, first.start()));
        }
        if (!kind.isInstance(object)) {
            String wanted = kind == Table.class ? "CREATE TABLE" : kind == View.class ? "CREATE VIEW"
                    : kind == MaterializedView.class ? "CREATE MATERIALIZED VIEW" : "a CREATE statement";
            List<SqlToken> tokens = SqlLexer.tokenize(sql);
            SqlToken first = tokens.get(0);
            throw new SqlParseException("expected " + wanted + " but found another statement", first.line(),
                    first.column(), wanted, SqlParseException.snippet(sql, first.start()));
        }
        return kind.cast(object);
    }
}
