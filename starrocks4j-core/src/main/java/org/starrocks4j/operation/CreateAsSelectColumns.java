package org.starrocks4j.operation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.starrocks4j.schema.Column;
import org.starrocks4j.schema.KeyType;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.schema.PartitionExpression;
import org.starrocks4j.schema.Partitioning;
import org.starrocks4j.schema.Table;
import org.starrocks4j.schema.TableKey;
import org.starrocks4j.types.ArrayType;
import org.starrocks4j.types.DataType;
import org.starrocks4j.types.InvalidTypeException;
import org.starrocks4j.types.MapType;
import org.starrocks4j.types.StructType;
import org.starrocks4j.types.Types;

/**
 * The columns of {@code CREATE TABLE ... AS SELECT}, as StarRocks' FE makes them (CTASAnalyzer): one per column the
 * query returns, named by the column list, else by the item's alias, else by the column it reads; typed by
 * {@link SelectTypes}; NULL or NOT NULL as the item's value can be NULL or not, except that the key columns of a
 * PRIMARY KEY table and the plain-column keys of LIST partitioning are NOT NULL. No column has a default or a
 * comment. The statement makes DUPLICATE KEY (stated or implicit) and PRIMARY KEY tables only.
 *
 * <p>An item whose type only the server can work out (arithmetic, CASE, most functions, aggregates, a subquery)
 * fails, naming the item and the way out: declare the table as SHOW CREATE TABLE prints it.
 */
final class CreateAsSelectColumns {

    /** A value's type as the FE types an expression ({@code null} for NULL's), and whether it can be NULL. */
    private record Typed(DataType type, boolean nullable) {
    }

    /**
     * A column the query returns: its own name ({@code null} for an expression without an alias), its value, and the
     * select item that returns it.
     */
    private record Returned(String name, Typed value, int item) {
    }

    private final TableOperation.CreateTableAsSelect statement;
    private final Table source;
    private final Function<String, ReplayException> fail;
    private final String label;

    /**
     * @param source the table the query reads, or {@code null} when it reads none
     * @param fail   makes the exception for a statement the replay cannot apply
     */
    CreateAsSelectColumns(TableOperation.CreateTableAsSelect statement, Table source,
                          Function<String, ReplayException> fail) {
        this.statement = statement;
        this.source = source;
        this.fail = fail;
        this.label = "CREATE TABLE " + statement.target().toSql() + " AS SELECT";
    }

    /** The new table's columns, in the query's order. */
    List<Column> columns() {
        requireSupportedKey();
        List<Returned> returned = returned();
        List<String> names = names(returned);
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Typed value = returned.get(i).value();
            boolean nullable = value.nullable() && !notNullByLayout(names.get(i));
            columns.add(Column.builder(names.get(i), SelectTypes.columnType(value.type())).nullable(nullable).build());
        }
        return columns;
    }

    /** CTAS makes DUPLICATE KEY and PRIMARY KEY tables; the server refuses the other key models. */
    private void requireSupportedKey() {
        TableKey key = statement.layout().key();
        if (key != null && key.type() != KeyType.DUPLICATE && key.type() != KeyType.PRIMARY) {
            throw fail.apply(label + " makes DUPLICATE KEY or PRIMARY KEY tables only (the server: CTAS does not "
                    + "support " + key.type().sql() + " tables); use one of them, or declare the table and fill it "
                    + "with INSERT INTO ... SELECT");
        }
    }

    /** The columns the select list returns, in order. */
    private List<Returned> returned() {
        List<Returned> returned = new ArrayList<>();
        List<SelectQuery.Item> items = statement.query().items();
        for (int i = 0; i < items.size(); i++) {
            SelectQuery.Item item = items.get(i);
            if (item instanceof SelectQuery.AllColumns all) {
                Table read = table(all.qualifier(), i);
                for (Column c : starColumns(read)) {
                    returned.add(new Returned(c.name(), new Typed(c.type(), read.nullable(c)), i));
                }
                continue;
            }
            SelectQuery.Expression e = (SelectQuery.Expression) item;
            Typed value;
            try {
                value = typed(e.term());
            } catch (SelectTypes.Undecidable why) {
                throw fail.apply(describe(i) + ": " + why.getMessage() + "; " + declareInstead());
            } catch (InvalidTypeException invalid) {
                // a struct naming a field twice, a map keyed by an array: the server refuses the query
                throw fail.apply(describe(i) + ": " + invalid.getMessage());
            }
            String name = e.alias() != null ? e.alias()
                    : e.term() instanceof SelectQuery.ColumnReference r ? r.column() : null;
            returned.add(new Returned(name, value, i));
        }
        return returned;
    }

    /** The names the columns get: the column list's, else the query's; each name once. */
    private List<String> names(List<Returned> returned) {
        List<String> listed = statement.columnNames();
        if (!listed.isEmpty() && listed.size() != returned.size()) {
            throw fail.apply(label + " names " + listed.size() + " column" + (listed.size() == 1 ? "" : "s")
                    + " but the query returns " + returned.size() + "; name each column the query returns once");
        }
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < returned.size(); i++) {
            String name = listed.isEmpty() ? returned.get(i).name() : listed.get(i);
            if (name == null) {
                SelectQuery.Item item = statement.query().items().get(returned.get(i).item());
                throw fail.apply(describe(returned.get(i).item()) + ": the server names such a column after its "
                        + "expression text, which starrocks4j does not reproduce; give it a name (" + item.text()
                        + " AS name) or list the column names after the table name");
            }
            if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                throw fail.apply(label + " gives two columns the name `" + name + "` (Duplicate column name); give "
                        + "one of them another name with AS");
            }
            names.add(name);
        }
        return names;
    }

    /**
     * True for the columns the server makes NOT NULL whatever the query returns: the key columns of a PRIMARY KEY
     * table, and the plain-column keys of partitioning that lists values (LIST, and expression partitioning other than
     * a single date_trunc or time_slice).
     */
    private boolean notNullByLayout(String column) {
        Table layout = statement.layout();
        if (layout.key() != null && layout.key().type() == KeyType.PRIMARY
                && layout.key().columns().stream().anyMatch(column::equalsIgnoreCase)) {
            return true;
        }
        Partitioning p = layout.partitioning();
        return p != null && p.partitionsByValue() && p.keys().stream().filter(PartitionExpression::isColumn)
                .anyMatch(k -> k.column().equalsIgnoreCase(column));
    }

    private Typed typed(SelectQuery.Term term) {
        if (term instanceof SelectQuery.ColumnReference r) {
            return column(r);
        }
        if (term instanceof SelectQuery.IntegerLiteral i) {
            return new Typed(SelectTypes.integerLiteral(i.value()), false);
        }
        if (term instanceof SelectQuery.DecimalLiteral d) {
            return new Typed(SelectTypes.decimalLiteral(d.value()), false);
        }
        if (term instanceof SelectQuery.StringLiteral) {
            return new Typed(SelectTypes.TEXT, false);
        }
        if (term instanceof SelectQuery.BooleanLiteral) {
            return new Typed(Types.BOOLEAN, false);
        }
        if (term instanceof SelectQuery.NullLiteral) {
            return new Typed(null, true);
        }
        if (term instanceof SelectQuery.Cast c) {
            Typed operand = typed(c.operand());
            return new Typed(c.type(), !SelectTypes.fullyCompatible(operand.type(), c.type()) || operand.nullable());
        }
        // constructors and function calls: the FE's Expr.isNullable(), true for them
        if (term instanceof SelectQuery.ArrayOf a) {
            List<DataType> elements = types(a.elements());
            return new Typed(new ArrayType(a.declared() != null ? a.declared()
                    : SelectTypes.commonType(elements, "array elements")), true);
        }
        if (term instanceof SelectQuery.MapOf m) {
            List<DataType> keys = types(m.keys());
            List<DataType> values = types(m.values());
            if (m.declared() != null) {
                return new Typed(m.declared(), true);
            }
            return new Typed(new MapType(SelectTypes.commonType(keys, "map keys"),
                    SelectTypes.commonType(values, "map values")), true);
        }
        if (term instanceof SelectQuery.StructOf s) {
            return new Typed(struct(s), true);
        }
        if (term instanceof SelectQuery.Call call) {
            DataType result = SelectTypes.functionResult(call.function(), call.arguments().size());
            types(call.arguments());
            return new Typed(result, true);
        }
        throw new SelectTypes.Undecidable("its type and nullability are the server's to work out (starrocks4j "
                + "reads column references, literals, CAST, array, map and struct constructors and a few functions)");
    }

    private List<DataType> types(List<SelectQuery.Term> terms) {
        return terms.stream().map(t -> typed(t).type()).toList();
    }

    private DataType struct(SelectQuery.StructOf s) {
        List<StructType.Field> fields = new ArrayList<>();
        List<DataType> values = types(s.values());
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new SelectTypes.Undecidable("the struct's field " + (i + 1) + " is NULL, whose type is the "
                        + "server's choice; CAST it to a type");
            }
            fields.add(new StructType.Field(s.names() == null ? "col" + (i + 1) : s.names().get(i), values.get(i)));
        }
        return new StructType(fields);
    }

    /** A column of the table the query reads. */
    private Typed column(SelectQuery.ColumnReference r) {
        String written = String.join(".", r.parts());
        if (source == null) {
            throw new SelectTypes.Undecidable("`" + written + "` names a column, but the query reads no table");
        }
        Table read = r.qualifier().isEmpty() ? source : qualified(r);
        Column c = read.column(r.column()).orElseThrow(() -> new SelectTypes.Undecidable("table "
                + read.name().toSql() + " has no column `" + r.column() + "`"
                + SchemaReplay.names(read.columns().stream().map(Column::name).toList(), "its columns")));
        return new Typed(c.type(), read.nullable(c));
    }

    private Table qualified(SelectQuery.ColumnReference r) {
        if (!namesTheTableRead(r.qualifier())) {
            String first = r.parts().get(0);
            boolean field = source.column(first).filter(c -> c.type() instanceof StructType).isPresent();
            throw new SelectTypes.Undecidable(field
                    ? "`" + String.join(".", r.parts()) + "` reads a field of the struct column `" + first + "`, "
                    + "whose type the server looks up"
                    : "`" + String.join(".", r.qualifier()) + "` is not the table the query reads (" + readName()
                    + ")");
        }
        return source;
    }

    /**
     * The columns {@code *} returns: all but the hidden columns older servers kept partition expressions in (corpus:
     * {@code SELECT *} from show_create/table/135's table makes show_create/table/019's, without them).
     */
    private static List<Column> starColumns(Table read) {
        return read.columns().stream().filter(c -> !c.isGeneratedPartitionColumn()).toList();
    }

    /** The table the query reads, for {@code *} and {@code t.*}. */
    private Table table(List<String> qualifier, int item) {
        if (source == null) {
            throw fail.apply(describe(item) + ": the query reads no table; name the table after FROM");
        }
        if (!qualifier.isEmpty() && !namesTheTableRead(qualifier)) {
            throw fail.apply(describe(item) + ": `" + String.join(".", qualifier) + "` is not the table the query "
                    + "reads (" + readName() + ")");
        }
        return source;
    }

    /**
     * True when the qualifier names the table read: its alias when it has one, else its name, with or without its
     * database.
     */
    private boolean namesTheTableRead(List<String> qualifier) {
        SelectQuery q = statement.query();
        if (q.alias() != null) {
            return qualifier.size() == 1 && qualifier.get(0).equalsIgnoreCase(q.alias());
        }
        String table = q.from().name();
        String database = q.from().database();
        return qualifier.size() == 1 && qualifier.get(0).equalsIgnoreCase(table)
                || qualifier.size() == 2 && database != null && qualifier.get(0).equalsIgnoreCase(database)
                && qualifier.get(1).equalsIgnoreCase(table);
    }

    private String readName() {
        SelectQuery q = statement.query();
        return q.from().toSql() + (q.alias() == null ? "" : " AS " + ObjectName.of(q.alias()).toSql());
    }

    /** The select item at {@code index}, for messages. */
    private String describe(int index) {
        return label + ", select item " + (index + 1) + " (" + statement.query().items().get(index).text() + ")";
    }

    private String declareInstead() {
        String t = statement.target().toSql();
        return "declare the table instead: once the statement has run, SHOW CREATE TABLE " + t + " prints its "
                + "definition; write that, and fill the table with INSERT INTO " + t + " SELECT ...";
    }
}
