package org.starrocks4j.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.starrocks4j.lexical.SqlText;
import org.starrocks4j.lexical.VerbatimSql;
import org.starrocks4j.operation.ColumnClause;
import org.starrocks4j.operation.ColumnPosition;
import org.starrocks4j.operation.MaterializedViewOperation;
import org.starrocks4j.operation.Operation;
import org.starrocks4j.operation.StatementRules;
import org.starrocks4j.operation.TableOperation;
import org.starrocks4j.operation.ViewOperation;
import org.starrocks4j.schema.MaterializedView;
import org.starrocks4j.schema.ModelValidator;
import org.starrocks4j.schema.PartitionDefinition;
import org.starrocks4j.schema.Refresh;
import org.starrocks4j.schema.SchemaObject;
import org.starrocks4j.schema.SyncMaterializedView;
import org.starrocks4j.schema.Table;
import org.starrocks4j.schema.View;

/**
 * Renders {@link Operation}s and schema objects as StarRocks DDL: deterministic, one column per line, StarRocks'
 * clause order, every identifier back-quoted and every literal escaped. Statements carry no trailing semicolon; a
 * view or MV whose query ends in a {@code --} comment ends with a newline, so a {@code ;} appended to the statement
 * stays outside the comment.
 * Objects are validated before they are rendered, so no model StarRocks would reject is ever printed.
 */
public final class DdlRenderer {

    private final ClauseRenderer clauses;

    public DdlRenderer(RenderOptions options) {
        this.clauses = new ClauseRenderer(options);
    }

    /** A renderer for an unknown server version. */
    public static DdlRenderer defaults() {
        return new DdlRenderer(RenderOptions.defaults());
    }

    /** The clause renderer this renderer uses (column definitions, partitions, distribution, ...). */
    public ClauseRenderer clauses() {
        return clauses;
    }

    /**
     * The statements that create a table, view or materialized view: its CREATE, and for a table one more
     * {@code CREATE MATERIALIZED VIEW} for each of its synchronous materialized views, which CREATE TABLE cannot
     * declare.
     */
    public List<String> createStatements(SchemaObject object) {
        if (object instanceof Table table) {
            return renderAll(TableOperation.creating(table, false));
        }
        return List.of(create(object));
    }

    /**
     * The CREATE statement of a table (without its synchronous materialized views: see {@link #createStatements}),
     * view or materialized view.
     */
    public String create(SchemaObject object) {
        if (object instanceof Table table) {
            return createTable(table);
        }
        if (object instanceof View view) {
            return createView(view);
        }
        return createMaterializedView((MaterializedView) object);
    }

    /** The DROP statement of a table, view or materialized view. */
    public String drop(SchemaObject object, boolean ifExists) {
        if (object instanceof Table) {
            return render(new TableOperation.DropTable(object.name(), ifExists, false));
        }
        if (object instanceof View) {
            return render(new ViewOperation.DropView(object.name(), ifExists));
        }
        return render(new MaterializedViewOperation.DropMaterializedView(object.name(), ifExists));
    }

    public String createTable(Table table) {
        return createTable(table, false);
    }

    public String createView(View view) {
        return createView(view, false, false);
    }

    public String createMaterializedView(MaterializedView view) {
        return createMaterializedView(view, false);
    }

    /** The SQL of one statement. */
    public String render(Operation operation) {
        if (operation instanceof TableOperation op) {
            return renderTable(op);
        }
        if (operation instanceof ViewOperation op) {
            return renderView(op);
        }
        return renderMaterializedView((MaterializedViewOperation) operation);
    }

    /** The SQL of each statement, in order. */
    public List<String> renderAll(List<? extends Operation> operations) {
        return operations.stream().map(this::render).toList();
    }

    private String createTable(Table table, boolean ifNotExists) {
        ModelValidator.requireValid(table);
        List<String> body = new ArrayList<>();
        table.columns().forEach(c -> body.add(clauses.columnDefinition(c)));
        table.indexes().forEach(i -> body.add(clauses.indexDefinition(i)));
        List<String> lines = new ArrayList<>();
        lines.add("CREATE TABLE " + (ifNotExists ? "IF NOT EXISTS " : "") + table.name().toSql() + " (");
        lines.add(body.stream().map(l -> ClauseRenderer.indent() + l).collect(Collectors.joining(",\n")));
        lines.add(")");
        if (!Table.OLAP.equalsIgnoreCase(table.engine())) {
            lines.add("ENGINE=" + engineName(table));
        }
        lines.addAll(clauses(table));
        return String.join("\n", lines);
    }

    /** The clauses after a table's column list and engine, one per line, in StarRocks' order. */
    private List<String> clauses(Table table) {
        List<String> lines = new ArrayList<>();
        if (table.key() != null) {
            lines.add(table.key().type().sql() + "(" + SqlText.identifiers(table.key().columns()) + ")");
        }
        if (table.comment() != null) {
            lines.add("COMMENT " + SqlText.literal(table.comment()));
        }
        if (table.partitioning() != null) {
            lines.add(clauses.partitionBy(table.partitioning()));
        }
        if (table.distribution() != null) {
            lines.add(clauses.distributedBy(table.distribution()));
        }
        if (!table.orderBy().isEmpty()) {
            lines.add(clauses.orderBy(table.orderBy()));
        }
        if (!table.rollups().isEmpty()) {
            lines.add(clauses.rollups(table.rollups()));
        }
        if (!table.properties().isEmpty()) {
            lines.add(clauses.propertiesBlock(table.properties()));
        }
        return lines;
    }

    /**
     * {@code CREATE TABLE t [(names, INDEX ...)] clauses AS query}: the query as written, the rest in canonical form.
     * Read, never planned: a diff creates tables from their definition.
     */
    private String createTableAsSelect(TableOperation.CreateTableAsSelect op) {
        Table layout = op.layout();
        List<String> listed = new ArrayList<>();
        op.columnNames().forEach(n -> listed.add(SqlText.identifier(n)));
        layout.indexes().forEach(i -> listed.add(clauses.indexDefinition(i)));
        List<String> lines = new ArrayList<>();
        lines.add("CREATE TABLE " + (op.ifNotExists() ? "IF NOT EXISTS " : "") + layout.name().toSql()
                + (listed.isEmpty() ? "" : " (" + String.join(", ", listed) + ")"));
        lines.addAll(clauses(layout));
        lines.add("AS " + query(op.query().text()));
        return String.join("\n", lines);
    }

    /**
     * {@code CREATE MATERIALIZED VIEW mv [PROPERTIES (...)] AS query} on one line: the server lists the statement of a
     * synchronous materialized view with its line breaks deleted ({@code information_schema.materialized_views}),
     * which is how it is read back, so it must not need them.
     */
    private String createSyncMaterializedView(TableOperation.CreateSyncMaterializedView op) {
        StatementRules.requireValid(op);
        SyncMaterializedView view = op.view();
        return "CREATE MATERIALIZED VIEW " + op.viewName().toSql()
                + (view.properties().isEmpty() ? "" : " PROPERTIES " + clauses.inlineProperties(view.properties()))
                + " AS " + VerbatimSql.oneLine(VerbatimSql.withoutTerminator(view.definition()));
    }

    /**
     * Verbatim SQL in an operation (which, unlike a CREATE, carries no validated object) must stay one piece of the
     * statement; see {@link VerbatimSql}.
     */
    private static void requireSelfContained(String what, String sql) {
        VerbatimSql facts = VerbatimSql.of(sql);
        if (!facts.isSelfContained() || facts.lineComment() && !what.contains("query")) {
            throw new IllegalArgumentException(what + " '" + sql + "' would not stay one piece of the statement "
                    + "(a ';', an open quote or parenthesis, or a line comment); fix the expression");
        }
    }

    /**
     * A view's query as written, without a trailing {@code ;}; when it ends in a line comment the statement ends on
     * the next line, so that nothing written after the statement (a {@code ;}, the next statement) is commented out.
     */
    private static String query(String definition) {
        // a trailing ';' (printed by older servers) would end the statement twice once a script adds its own
        return StatementSplitter.stripped(VerbatimSql.withoutTerminator(definition));
    }

    /** Engine names are keywords, not identifiers: only letters, digits and underscores may pass. */
    private static String engineName(Table table) {
        if (!table.engine().matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("table " + table.name() + ": ENGINE '" + table.engine()
                    + "' is not an engine name; use OLAP or another engine keyword such as MYSQL");
        }
        return table.engine().toUpperCase(java.util.Locale.ROOT);
    }

    private String createView(View view, boolean orReplace, boolean ifNotExists) {
        ModelValidator.requireValid(view);
        List<String> lines = new ArrayList<>();
        String head = "CREATE " + (orReplace ? "OR REPLACE " : "") + "VIEW " + (ifNotExists ? "IF NOT EXISTS " : "")
                + view.name().toSql();
        lines.add(view.columns().isEmpty() ? head : head + " " + clauses.viewColumns(view.columns()));
        if (view.comment() != null) {
            lines.add("COMMENT " + SqlText.literal(view.comment()));
        }
        if (view.security() != null) {
            lines.add("SECURITY " + view.security().name());
        }
        lines.add("AS " + query(view.definition()));
        return String.join("\n", lines);
    }

    private String createMaterializedView(MaterializedView view, boolean ifNotExists) {
        ModelValidator.requireValid(view);
        List<String> lines = new ArrayList<>();
        String head = "CREATE MATERIALIZED VIEW " + (ifNotExists ? "IF NOT EXISTS " : "") + view.name().toSql();
        lines.add(view.columns().isEmpty() ? head
                : head + " " + clauses.materializedViewColumns(view.columns(), view.indexes()));
        if (view.comment() != null) {
            lines.add("COMMENT " + SqlText.literal(view.comment()));
        }
        if (view.partitioning() != null) {
            lines.add(clauses.partitionBy(view.partitioning()));
        }
        if (view.distribution() != null) {
            lines.add(clauses.distributedBy(view.distribution()));
        }
        if (!view.orderBy().isEmpty()) {
            lines.add(clauses.orderBy(view.orderBy()));
        }
        // with neither REFRESH nor DISTRIBUTED BY the server would build a synchronous materialized view instead
        Refresh refresh = view.refresh() == null && view.distribution() == null ? view.effectiveRefresh()
                : view.refresh();
        if (refresh != null) {
            lines.add(clauses.refresh(refresh));
        }
        if (!view.properties().isEmpty()) {
            lines.add(clauses.propertiesBlock(view.properties()));
        }
        lines.add("AS " + query(view.definition()));
        return String.join("\n", lines);
    }

    private String renderTable(TableOperation operation) {
        if (operation instanceof TableOperation.CreateTable op) {
            return createTable(op.table(), op.ifNotExists());
        }
        if (operation instanceof TableOperation.CreateTableLike op) {
            StringBuilder out = new StringBuilder("CREATE TABLE ").append(op.ifNotExists() ? "IF NOT EXISTS " : "")
                    .append(op.target().toSql());
            if (op.partitioning() != null) {
                out.append('\n').append(clauses.partitionBy(op.partitioning()));
            }
            if (op.distribution() != null) {
                out.append('\n').append(clauses.distributedBy(op.distribution()));
            }
            if (!op.properties().isEmpty()) {
                out.append('\n').append(clauses.propertiesBlock(op.properties()));
            }
            return out.append(op.partitioning() == null && op.distribution() == null && op.properties().isEmpty()
                    ? " " : "\n").append("LIKE ").append(op.source().toSql()).toString();
        }
        if (operation instanceof TableOperation.CreateTableAsSelect op) {
            return createTableAsSelect(op);
        }
        if (operation instanceof TableOperation.DropTable op) {
            return "DROP TABLE " + (op.ifExists() ? "IF EXISTS " : "") + op.target().toSql() + (op.force() ? " FORCE" : "");
        }
        String alter = "ALTER TABLE " + operation.target().toSql();
        if (operation instanceof TableOperation.AlterColumns op) {
            StatementRules.requireValid(op);
            List<String> items = op.clauses().stream().map(this::columnClause).toList();
            return items.size() == 1 ? alter + " " + items.get(0)
                    : alter + "\n" + items.stream().map(i -> ClauseRenderer.indent() + i).collect(Collectors.joining(",\n"));
        }
        if (operation instanceof TableOperation.SetProperty op) {
            return alter + " SET (" + SqlText.doubleQuoted(op.key()) + " = " + SqlText.doubleQuoted(op.value()) + ")";
        }
        if (operation instanceof TableOperation.SetComment op) {
            return alter + " COMMENT = " + SqlText.literal(op.comment());
        }
        if (operation instanceof TableOperation.SetDistribution op) {
            return alter + " " + clauses.distributedBy(op.distribution());
        }
        if (operation instanceof TableOperation.SetOrderBy op) {
            return alter + " " + clauses.orderBy(op.columns());
        }
        if (operation instanceof TableOperation.AddPartition op) {
            String distribution = op.distribution() == null ? "" : " " + clauses.distributedBy(op.distribution());
            if (op.partition() instanceof PartitionDefinition.Batch) {
                return alter + " ADD PARTITIONS " + clauses.partitionDefinition(op.partition()) + distribution;
            }
            return alter + " ADD " + clauses.partitionDefinition(op.partition())
                    .replaceFirst("^PARTITION ", op.ifNotExists() ? "PARTITION IF NOT EXISTS " : "PARTITION ")
                    + distribution;
        }
        if (operation instanceof TableOperation.SetPartitionDistribution op) {
            return alter + " PARTITIONS (" + SqlText.identifiers(op.partitions()) + ") "
                    + clauses.distributedBy(op.distribution());
        }
        if (operation instanceof TableOperation.ModifyPartitions op) {
            String partitions = op.allPartitions() ? "*" : SqlText.identifiers(op.partitions());
            return alter + " MODIFY PARTITION (" + partitions + ") SET " + clauses.inlineProperties(op.properties());
        }
        if (operation instanceof TableOperation.AddRollup op) {
            return alter + " ADD ROLLUP "
                    + op.rollups().stream().map(clauses::rollup).collect(Collectors.joining(", "));
        }
        if (operation instanceof TableOperation.DropRollup op) {
            return alter + " DROP ROLLUP " + SqlText.identifiers(op.rollups());
        }
        if (operation instanceof TableOperation.CreateSyncMaterializedView op) {
            return createSyncMaterializedView(op);
        }
        if (operation instanceof TableOperation.DropSyncMaterializedView op) {
            return "DROP MATERIALIZED VIEW " + op.viewName().toSql();
        }
        if (operation instanceof TableOperation.DropPartition op) {
            return alter + " DROP PARTITION " + (op.ifExists() ? "IF EXISTS " : "") + SqlText.identifier(op.partition())
                    + (op.force() ? " FORCE" : "");
        }
        if (operation instanceof TableOperation.CreateIndex op) {
            return alter + " ADD INDEX " + clauses.indexBody(op.index());
        }
        if (operation instanceof TableOperation.DropIndex op) {
            return alter + " DROP INDEX " + SqlText.identifier(op.index());
        }
        if (operation instanceof TableOperation.Rename op) {
            return alter + " RENAME " + SqlText.identifier(op.newName());
        }
        if (operation instanceof TableOperation.SwapWith op) {
            return alter + " SWAP WITH " + SqlText.identifier(op.other());
        }
        TableOperation.CopyRows op = (TableOperation.CopyRows) operation;
        if (op.columns().isEmpty()) {
            return "INSERT INTO " + op.target().toSql() + " SELECT * FROM " + op.source().toSql();
        }
        String columns = SqlText.identifiers(op.columns());
        return "INSERT INTO " + op.target().toSql() + " (" + columns + ")\nSELECT " + columns + " FROM " + op.source().toSql();
    }

    /** One clause of an ALTER whose column definitions {@link StatementRules} checked (their expressions too). */
    private String columnClause(ColumnClause clause) {
        if (clause instanceof ColumnClause.Add add) {
            return "ADD COLUMN " + clauses.columnDefinition(add.column(), add.key()) + position(add.position());
        }
        if (clause instanceof ColumnClause.Modify modify) {
            return "MODIFY COLUMN " + clauses.columnDefinition(modify.column(), modify.key())
                    + position(modify.position());
        }
        if (clause instanceof ColumnClause.Drop drop) {
            return "DROP COLUMN " + SqlText.identifier(drop.column());
        }
        if (clause instanceof ColumnClause.Comment comment) {
            return "MODIFY COLUMN " + SqlText.identifier(comment.column()) + " COMMENT " + SqlText.literal(comment.comment());
        }
        ColumnClause.Rename rename = (ColumnClause.Rename) clause;
        return "RENAME COLUMN " + SqlText.identifier(rename.from()) + " TO " + SqlText.identifier(rename.to());
    }

    private static String position(ColumnPosition position) {
        if (position == null) {
            return "";
        }
        return position.first() ? " FIRST" : " AFTER " + SqlText.identifier(position.after());
    }

    private String renderView(ViewOperation operation) {
        if (operation instanceof ViewOperation.CreateView op) {
            return createView(op.view(), op.orReplace(), op.ifNotExists());
        }
        if (operation instanceof ViewOperation.DropView op) {
            return "DROP VIEW " + (op.ifExists() ? "IF EXISTS " : "") + op.target().toSql();
        }
        if (operation instanceof ViewOperation.SetSecurity op) {
            return "ALTER VIEW " + op.target().toSql() + " SET SECURITY " + op.security().name();
        }
        ViewOperation.AlterView op = (ViewOperation.AlterView) operation;
        requireSelfContained("ALTER VIEW " + op.target() + ": the query", op.definition());
        String head = "ALTER VIEW " + op.target().toSql();
        return (op.columns().isEmpty() ? head : head + " " + clauses.viewColumns(op.columns()))
                + "\nAS " + query(op.definition());
    }

    private String renderMaterializedView(MaterializedViewOperation operation) {
        if (operation instanceof MaterializedViewOperation.CreateMaterializedView op) {
            return createMaterializedView(op.view(), op.ifNotExists());
        }
        if (operation instanceof MaterializedViewOperation.DropMaterializedView op) {
            return "DROP MATERIALIZED VIEW " + (op.ifExists() ? "IF EXISTS " : "") + op.target().toSql();
        }
        if (operation instanceof MaterializedViewOperation.CreateIndex op) {
            return "CREATE INDEX " + SqlText.identifier(op.index().name()) + " ON " + op.target().toSql() + " "
                    + clauses.indexAfterName(op.index());
        }
        if (operation instanceof MaterializedViewOperation.DropIndex op) {
            return "DROP INDEX " + SqlText.identifier(op.index()) + " ON " + op.target().toSql();
        }
        String alter = "ALTER MATERIALIZED VIEW " + operation.target().toSql();
        if (operation instanceof MaterializedViewOperation.SetRefresh op) {
            return alter + " " + clauses.refresh(op.refresh());
        }
        if (operation instanceof MaterializedViewOperation.SetProperties op) {
            return alter + " SET " + clauses.inlineProperties(op.properties());
        }
        if (operation instanceof MaterializedViewOperation.Rename op) {
            return alter + " RENAME " + SqlText.identifier(op.newName());
        }
        MaterializedViewOperation.SetActive op = (MaterializedViewOperation.SetActive) operation;
        return alter + (op.active() ? " ACTIVE" : " INACTIVE");
    }
}
