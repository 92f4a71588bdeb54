package org.starrocks4j.diff;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.starrocks4j.operation.ColumnReferences;
import org.starrocks4j.schema.Column;
import org.starrocks4j.schema.ColumnDefault;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.Index;
import org.starrocks4j.schema.IndexType;
import org.starrocks4j.schema.KeyType;
import org.starrocks4j.schema.PartitionExpression;
import org.starrocks4j.schema.Table;
import org.starrocks4j.schema.TableKey;
import org.starrocks4j.sql.ServerVersion;
import org.starrocks4j.types.AggregateStateType;
import org.starrocks4j.types.BinaryType;
import org.starrocks4j.types.CharType;
import org.starrocks4j.types.DataType;
import org.starrocks4j.types.DecimalType;
import org.starrocks4j.types.Primitive;
import org.starrocks4j.types.PrimitiveType;
import org.starrocks4j.types.Types;

/**
 * What the target StarRocks server accepts for column changes, as one descriptor: its capabilities (which
 * statement forms it has) and, for each column statement, why it refuses it in a given state. The diff consults it
 * for the upgrade and for the downgrade alike, so that no statement it writes is one the server refuses.
 *
 * <p>The rules are the frontend's own schema-change checks ({@code Column.checkSchemaChangeAllowed},
 * {@code SchemaChangeTypeCompatibility}, {@code SchemaChangeHandler.processModifyColumn}, its partition and
 * distribution column checks) as of StarRocks 4.1, confirmed where the real-server corpus shows them
 * ({@code starrocks-corpus/live/alter/}). Each refusal names the rule, quotes the server's message where it has
 * one, and says the way out. Version-gated capabilities say the version that brought them; an unknown version
 * (a branch build, or nothing said) is taken to be a current server.
 */
public final class ServerRules {

    /**
     * Type conversions {@code MODIFY COLUMN} makes besides keeping the type (FE
     * {@code SchemaChangeTypeCompatibility}): mostly widenings, a few parsing conversions from VARCHAR, and the
     * DATE/DATETIME pair. Anything else, BOOLEAN to or from TINYINT included, is refused.
     */
    private static final Map<Kind, Set<Kind>> CONVERSIONS = Map.ofEntries(
            Map.entry(Kind.TINYINT, Set.of(Kind.SMALLINT, Kind.INT, Kind.BIGINT, Kind.LARGEINT, Kind.DOUBLE,
                    Kind.VARCHAR)),
            Map.entry(Kind.SMALLINT, Set.of(Kind.INT, Kind.BIGINT, Kind.LARGEINT, Kind.DOUBLE, Kind.VARCHAR)),
            Map.entry(Kind.INT, Set.of(Kind.BIGINT, Kind.LARGEINT, Kind.DOUBLE, Kind.DATE, Kind.VARCHAR)),
            Map.entry(Kind.BIGINT, Set.of(Kind.LARGEINT, Kind.DOUBLE, Kind.VARCHAR)),
            Map.entry(Kind.LARGEINT, Set.of(Kind.VARCHAR)),
            Map.entry(Kind.FLOAT, Set.of(Kind.DOUBLE, Kind.VARCHAR)),
            Map.entry(Kind.DOUBLE, Set.of(Kind.VARCHAR)),
            Map.entry(Kind.CHAR, Set.of(Kind.VARCHAR)),
            Map.entry(Kind.JSON, Set.of(Kind.VARCHAR)),
            Map.entry(Kind.VARCHAR, Set.of(Kind.JSON, Kind.TINYINT, Kind.SMALLINT, Kind.INT, Kind.BIGINT, Kind.LARGEINT,
                    Kind.FLOAT, Kind.DOUBLE, Kind.DATE, Kind.DECIMAL)),
            Map.entry(Kind.DATETIME, Set.of(Kind.DATE)),
            Map.entry(Kind.DATE, Set.of(Kind.DATETIME)),
            Map.entry(Kind.DECIMAL, Set.of(Kind.DECIMAL, Kind.VARCHAR)));

    /** Conversions the server runs but that can turn values into NULL or cut them: worth a warning. */
    private static final Map<Kind, Set<Kind>> LOSSY = Map.of(
            Kind.VARCHAR, Set.of(Kind.JSON, Kind.TINYINT, Kind.SMALLINT, Kind.INT, Kind.BIGINT, Kind.LARGEINT,
                    Kind.FLOAT, Kind.DOUBLE, Kind.DATE, Kind.DECIMAL),
            Kind.DATETIME, Set.of(Kind.DATE),
            Kind.BIGINT, Set.of(Kind.DOUBLE),
            Kind.INT, Set.of(Kind.DATE));

    /** The frontend's type families, as its conversion matrix sees them (STRING is a VARCHAR there). */
    private enum Kind {
        BOOLEAN, TINYINT, SMALLINT, INT, BIGINT, LARGEINT, FLOAT, DOUBLE, CHAR, VARCHAR, BINARY, DATE, DATETIME, TIME,
        JSON, VARIANT, DECIMAL, HLL, BITMAP, PERCENTILE, COMPLEX, AGGREGATE_STATE;

        static Kind of(DataType type) {
            if (type.isComplex()) {
                return COMPLEX;
            }
            if (type instanceof AggregateStateType) {
                return AGGREGATE_STATE;
            }
            if (type instanceof CharType c) {
                return c.varying() ? VARCHAR : CHAR;
            }
            if (type instanceof BinaryType) {
                return BINARY;
            }
            if (type instanceof DecimalType) {
                return DECIMAL;
            }
            PrimitiveType p = (PrimitiveType) type;
            return p.kind() == Primitive.STRING ? VARCHAR : valueOf(p.kind().name());
        }
    }

    private final ServerProfile server;

    private ServerRules(ServerProfile server) {
        this.server = server;
    }

    /** The rules of {@code server}. */
    public static ServerRules of(ServerProfile server) {
        return new ServerRules(Objects.requireNonNull(server, "server"));
    }

    /** The server these rules describe. */
    public ServerProfile server() {
        return server;
    }

    // ---- capabilities ------------------------------------------------------------------------------------------

    /**
     * {@code MODIFY COLUMN c COMMENT '...'} changes a comment alone, at once and without a schema-change job: the
     * corpus shows 4.x servers taking it (also on PRIMARY KEY, distribution and complex-type columns, where a full
     * MODIFY COLUMN is refused). Older versions, and unknown ones, get the full MODIFY COLUMN where that works.
     */
    public boolean changesColumnCommentAlone() {
        return server.atLeast(4, 0);
    }

    /**
     * Whether a comment-only change is written {@code MODIFY COLUMN c COMMENT '...'}: on servers that have the form,
     * and on unknown versions when the full MODIFY COLUMN is refused for the column (the comment form is then the
     * only statement a current server takes).
     */
    boolean commentAlone(boolean fullModifyRefused) {
        return changesColumnCommentAlone() || fullModifyRefused && server.version().isUnknown();
    }

    /** {@code ALTER TABLE t RENAME COLUMN a TO b}: StarRocks 3.3.2 on (ALTER TABLE reference, "rename"). */
    public boolean renamesColumns() {
        return server.version().isUnknown() || server.version().compareTo(
                ServerVersion.of(3, 3, 2)) >= 0;
    }

    // ---- refusals ----------------------------------------------------------------------------------------------

    /**
     * Why {@code MODIFY COLUMN} cannot turn a column of type {@code from} into type {@code to}, or {@code null} when
     * it can (FE {@code SchemaChangeTypeCompatibility.isSchemaChangeAllowed} and the length checks of
     * {@code Column.checkSchemaChangeAllowed}).
     */
    public String typeChangeRefusal(DataType from, DataType to) {
        if (Types.equivalent(from, to)) {
            return null;
        }
        Kind a = Kind.of(from);
        Kind b = Kind.of(to);
        if (a == Kind.AGGREGATE_STATE || b == Kind.AGGREGATE_STATE) {
            return "StarRocks cannot convert the state of an aggregate function to another type or state (\"Can not "
                    + "change aggregation state desc type\"); add a column with the new type instead";
        }
        if (a == Kind.COMPLEX || b == Kind.COMPLEX) {
            return "StarRocks cannot MODIFY an ARRAY, MAP or STRUCT column, nor convert between complex and scalar "
                    + "types (\"Can not change " + from.toSql() + " to " + to.toSql() + "\")";
        }
        String cannot = "StarRocks cannot convert " + from.toSql() + " to " + to.toSql() + " (\"Can not change "
                + from.toSql() + " to " + to.toSql() + "\")";
        if (a == Kind.DECIMAL && b == Kind.DECIMAL) {
            DecimalType x = (DecimalType) from;
            DecimalType y = (DecimalType) to;
            return y.scale() >= x.scale() && y.precision() - y.scale() >= x.precision() - x.scale() ? null
                    : "StarRocks only widens a DECIMAL: the scale and the digits before the point may grow, never "
                    + "shrink (" + from.toSql() + " -> " + to.toSql() + ")";
        }
        if (a == Kind.DECIMAL && b == Kind.VARCHAR) {
            DecimalType x = (DecimalType) from;
            int needed = x.precision() + (x.scale() > 0 ? 1 : 0) + 1;
            return textLength(to) >= needed ? null : "StarRocks converts " + from.toSql() + " only to a VARCHAR of "
                    + "at least " + needed + " characters (its digits, point and sign)";
        }
        if (a == b) {
            Integer before = textLength(from);
            Integer after = textLength(to);
            if (before != null && after != null && after < before) {
                return "StarRocks cannot shorten a " + (a == Kind.CHAR ? "CHAR" : a == Kind.BINARY ? "binary"
                        : "VARCHAR") + " column (\"Cannot shorten string length\": " + from.toSql() + " -> "
                        + to.toSql() + ")";
            }
            return a == Kind.CHAR || a == Kind.VARCHAR || a == Kind.BINARY ? null : cannot;
        }
        if (a.ordinal() <= Kind.LARGEINT.ordinal() && b.ordinal() <= Kind.LARGEINT.ordinal()
                && a != Kind.BOOLEAN && b != Kind.BOOLEAN && b.ordinal() < a.ordinal()) {
            return "StarRocks cannot narrow an integer column (" + from.toSql() + " -> " + to.toSql()
                    + "): values may no longer fit";
        }
        if (a == Kind.CHAR && b == Kind.VARCHAR && textLength(to) < textLength(from)) {
            return "StarRocks cannot shorten a text column (\"Cannot shorten string length\": " + from.toSql()
                    + " -> " + to.toSql() + ")";
        }
        return CONVERSIONS.getOrDefault(a, Set.of()).contains(b) ? null : cannot;
    }

    /**
     * A warning for a type change the server makes but that can lose values (a VARCHAR that does not parse becomes
     * NULL, a DATETIME loses its time, a BIGINT beyond 2^53 loses digits as DOUBLE), or {@code null}.
     */
    String typeChangeWarning(DataType from, DataType to) {
        if (Types.equivalent(from, to) || from.isComplex() || to.isComplex()) {
            return null;
        }
        return LOSSY.getOrDefault(Kind.of(from), Set.of()).contains(Kind.of(to))
                ? from.toSql() + " -> " + to.toSql() + " converts every row; values that do not convert (text that "
                + "does not parse, digits or time of day that do not fit) become NULL or fail the schema-change job"
                : null;
    }

    /**
     * A statement the server refuses in a given state: its rule (with the server's message where it has one) and
     * the way out for a model that asks for it.
     *
     * @param rule   e.g. {@code StarRocks cannot make a nullable column NOT NULL ("Can not change from nullable to
     *               non-nullable")}
     * @param wayOut e.g. {@code keep it NULL in the model, or rebuild the table}
     */
    record Refusal(String rule, String wayOut) {

        /** For a change the model asks for: the rule and the way out. */
        String forUpgrade() {
            return rule + "; " + wayOut;
        }

        /** For the undo of a change the server runs: the rule and what to do about the downgrade. */
        String forDowngrade() {
            return rule + ". The downgrade leaves it as the upgrade made it: write its undo by hand, or let the "
                    + "downgrade rebuild the table (--allow-rebuild / DiffOptions.allowRebuild())";
        }
    }

    /**
     * Why {@code MODIFY COLUMN} cannot restate column {@code had} of {@code table} as {@code wanted} (a full column
     * definition), or {@code null} when the server takes it. {@code wanted} carries the nullability the statement
     * states. Comment-only changes have their own form ({@link #commentAlone}).
     */
    Refusal modifyRefusal(Table table, Column had, Column wanted) {
        String keepIt = "keep its definition, or rebuild the table";
        String keepOrComment = "keep its definition (a comment can change alone on 4.0 and later), or rebuild the table";
        if (had.autoIncrement()) {
            return new Refusal("StarRocks cannot MODIFY an AUTO_INCREMENT column (\"Can't not modify a AUTO_INCREMENT "
                    + "column\")", keepIt);
        }
        TableKey key = table.key();
        if (key != null && key.type() == KeyType.PRIMARY && (Names.contains(key.columns(), had.name())
                || Names.contains(table.orderBy(), had.name()))) {
            return new Refusal("StarRocks cannot MODIFY a key or sort-key column of a PRIMARY KEY table (\"Can not "
                    + "modify key column\")", keepOrComment);
        }
        if (TableDiff.effectiveDistribution(table) instanceof Distribution.Hash h
                && Names.contains(h.columns(), had.name())) {
            return new Refusal("StarRocks cannot MODIFY a distribution column (\"Can not modify distribution column["
                    + had.name() + "]\")", keepOrComment);
        }
        if (partitionColumn(table, had.name())) {
            return new Refusal("StarRocks cannot MODIFY a partition column (\"Can not modify partition column["
                    + had.name() + "]\")", keepOrComment);
        }
        Column generated = readByGeneratedColumn(table, had);
        if (generated != null) {
            return new Refusal("StarRocks cannot MODIFY a column a generated column reads (\"Do not support modify "
                    + "column: " + had.name() + ", because it associates with the generated column\" `"
                    + generated.name() + "`)", "drop the generated column first, or rebuild the table");
        }
        if ((had.type().isComplex() || wanted.type().isComplex()) && Types.equivalent(had.type(), wanted.type())) {
            return new Refusal("StarRocks cannot restate an ARRAY, MAP or STRUCT column by MODIFY COLUMN (\"Can not "
                    + "change " + had.type().toSql() + " to " + wanted.type().toSql() + "\")", keepOrComment);
        }
        // as the server holds them (a SUM over DECIMAL is DECIMAL(38, s)); the aggregate types agree by now
        String type = typeChangeRefusal(ServerNormalizer.effectiveType(had, table),
                ServerNormalizer.effectiveType(wanted, table));
        if (type != null) {
            return new Refusal(type, "keep the type, or rebuild the table");
        }
        for (Index i : table.indexes()) {
            if (!Names.contains(i.columns(), had.name()) || Types.equivalent(had.type(), wanted.type())) {
                continue;
            }
            if (i.type() == IndexType.VECTOR) {
                return new Refusal("StarRocks cannot change the type of a column with a VECTOR index (`" + i.name()
                        + "`: \"Cannot modify a column with VECTOR index\")", "drop the index first");
            }
            if (i.type() == IndexType.GIN && !(Kind.of(wanted.type()) == Kind.VARCHAR
                    || Kind.of(wanted.type()) == Kind.CHAR)) {
                return new Refusal("StarRocks cannot turn a column with a GIN index (`" + i.name() + "`) into a "
                        + "non-string type (\"Cannot modify a column with GIN into non-string type\")",
                        "drop the index first");
            }
        }
        if (table.nullable(had) && Boolean.FALSE.equals(wanted.nullable())) {
            return new Refusal("StarRocks cannot make a nullable column NOT NULL (\"Can not change from nullable to "
                    + "non-nullable\")", "keep it NULL in the model, or rebuild the table once no row holds NULL in `"
                    + had.name() + "`");
        }
        if (!ColumnDiff.sameDefault(had, wanted)) {
            return new Refusal("StarRocks cannot add, change or remove a column's DEFAULT by MODIFY COLUMN (\"Can not "
                    + "change default value\": " + ColumnDiff.describeDefault(had.defaultValue()) + " -> "
                    + ColumnDiff.describeDefault(wanted.defaultValue()) + ")",
                    "keep the DEFAULT in the model, or rebuild the table");
        }
        return null;
    }

    /** Why {@code ADD COLUMN column} is refused on {@code table}, or {@code null}. */
    Refusal addRefusal(Table table, Column column) {
        if (column.autoIncrement()) {
            return new Refusal("StarRocks cannot ADD an AUTO_INCREMENT column",
                    "create the table with it (rebuild the table)");
        }
        if (column.generatedAs() == null && Boolean.FALSE.equals(column.nullable()) && column.defaultValue() == null) {
            return new Refusal("StarRocks cannot ADD a NOT NULL column without a DEFAULT (the existing rows need a "
                    + "value)", "give `" + column.name() + "` a DEFAULT, or make it nullable");
        }
        if (column.defaultValue() instanceof ColumnDefault.Expression e && !timeDefault(e.sql())) {
            return new Refusal("StarRocks cannot ADD a column whose DEFAULT is an expression evaluated per row "
                    + "(\"unsupported default expr:" + e.sql() + "\")", "give it a constant DEFAULT, or rebuild the table");
        }
        return null;
    }

    /** Why {@code RENAME COLUMN} is refused on this server, or {@code null}. */
    Refusal renameRefusal() {
        return renamesColumns() ? null : new Refusal("StarRocks " + server.version() + " has no RENAME COLUMN (it "
                + "came with 3.3.2)", "upgrade the server, or keep the old name in the model");
    }

    /**
     * Why the columns of {@code table} cannot be put in the order {@code order} (every column, new order), or
     * {@code null}: the key columns must stay first ("Invalid column order. value should be after key"), and a
     * PRIMARY KEY table can move neither key nor sort-key columns.
     */
    Refusal reorderRefusal(Table table, List<String> order, List<String> moved) {
        TableKey key = ImplicitLayout.key(table);
        List<String> keys = key == null ? List.of() : key.columns();
        List<String> leading = order.subList(0, Math.min(keys.size(), order.size()));
        if (!new HashSet<>(Names.keys(leading)).equals(new HashSet<>(Names.keys(keys)))) {
            return new Refusal("StarRocks keeps key columns first (\"Invalid column order. value should be after "
                    + "key\")", "put the key columns (" + String.join(", ", keys) + ") first in the model");
        }
        if (key != null && key.type() == KeyType.PRIMARY) {
            // moved by MODIFY COLUMN ... AFTER, which the server checks like any MODIFY COLUMN
            for (String name : moved) {
                Column c = table.column(name).orElse(null);
                if (Names.contains(keys, name) || Names.contains(table.orderBy(), name)) {
                    return new Refusal("StarRocks cannot move the key or sort-key column `" + name + "` of a PRIMARY "
                            + "KEY table (\"Can not modify sort column in primary data model table\")",
                            "keep its place, or rebuild the table");
                }
                Refusal modify = c == null ? null : modifyRefusal(table, c, c);
                if (modify != null) {
                    return new Refusal("StarRocks cannot move column `" + name + "` of a PRIMARY KEY table by MODIFY "
                            + "COLUMN: " + modify.rule(), "keep its place, or rebuild the table");
                }
            }
        }
        return null;
    }

    /** A generated column of {@code table} whose expression reads {@code column}, or {@code null}. */
    private static Column readByGeneratedColumn(Table table, Column column) {
        for (Column c : table.columns()) {
            if (c != column && c.generatedAs() != null && ColumnReferences.mentions(c.generatedAs(), column.name())) {
                return c;
            }
        }
        return null;
    }

    private static boolean partitionColumn(Table table, String column) {
        if (table.partitioning() == null) {
            return false;
        }
        for (PartitionExpression k : table.partitioning().keys()) {
            if (k.isColumn() ? k.column().equalsIgnoreCase(column) : ColumnReferences.mentions(k.sql(), column)) {
                return true;
            }
        }
        return false;
    }

    /** CURRENT_TIMESTAMP and now(): defaults the server evaluates once per statement (a constant to ADD COLUMN). */
    private static boolean timeDefault(String sql) {
        String s = sql.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        return s.equals("current_timestamp") || s.equals("current_timestamp()") || s.equals("now()");
    }

    private static Integer textLength(DataType type) {
        if (type instanceof CharType c) {
            return c.length();
        }
        if (type instanceof BinaryType b) {
            return b.length() == null ? CharType.MAX_VARCHAR_LENGTH : b.length();
        }
        if (type instanceof PrimitiveType p && p.kind() == Primitive.STRING) {
            return CharType.STRING_LENGTH;
        }
        return null;
    }
}
