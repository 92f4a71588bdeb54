package org.starrocks4j.rules;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.starrocks4j.schema.AggregateType;
import org.starrocks4j.schema.Column;
import org.starrocks4j.schema.ColumnDefault;
import org.starrocks4j.schema.ColumnReferences;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.Index;
import org.starrocks4j.schema.IndexType;
import org.starrocks4j.schema.KeyType;
import org.starrocks4j.schema.PartitionExpression;
import org.starrocks4j.schema.Table;
import org.starrocks4j.schema.TableKey;
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
 * for the upgrade and for the downgrade alike, so that no statement it writes is one the server refuses; the replay
 * of DDL (SQL files, migration histories) consults it for every statement it reads, so that one the server would
 * refuse fails when it is read rather than half-way through an upgrade.
 *
 * <p>The rules are the frontend's own schema-change checks ({@code Column.checkSchemaChangeAllowed},
 * {@code SchemaChangeTypeCompatibility}, {@code SchemaChangeHandler.processModifyColumn}, its partition and
 * distribution column checks) as of StarRocks 4.1, confirmed where the real-server corpus shows them
 * ({@code starrocks-corpus/live/alter/}). Each refusal names the rule, quotes the server's message where it has
 * one, and says the way out.
 *
 * <p>Where servers differ, the two uses take opposite sides of the doubt. Rules for <em>writing</em>
 * ({@link #of}) refuse what some server of the profile may refuse: a statement the diff writes must run. Rules for
 * <em>reading</em> ({@link #forReading}) refuse only what every server of the profile refuses: a statement that
 * runs on some servers may be what the user's server ran. A known version decides version-gated rules either way;
 * an unknown one (a branch build, or nothing said) is a current server when writing, any server when reading; so
 * are changes that recent servers accept and older ones refuse from a version not known (the comment-only
 * {@code MODIFY COLUMN} of any column, StarRocks PR 75325; the longer VARCHAR of a PRIMARY KEY key column, PR 70747).
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

    private final ServerVersion version;
    /** {@code null}: not known, so no rule of one run mode applies. */
    private final RunMode runMode;
    private final boolean reading;

    private ServerRules(ServerVersion version, RunMode runMode, boolean reading) {
        this.version = Objects.requireNonNull(version, "version");
        this.runMode = runMode;
        this.reading = reading;
    }

    /** The rules for statements written for {@code server}: what some server of its description may refuse. */
    public static ServerRules of(ServerProfile server) {
        return new ServerRules(server.version(), server.runMode(), false);
    }

    /**
     * The rules for statements read (a migration history, a SQL file) that will run, or ran, on a server of that
     * version ({@link ServerVersion#UNKNOWN}: any) and run mode ({@code null}: either): what every such server refuses.
     */
    public static ServerRules forReading(ServerVersion version, RunMode runMode) {
        return new ServerRules(version, runMode, true);
    }

    /** The rules for reading statements meant for any server: only what every StarRocks server refuses. */
    public static ServerRules forReadingAnyServer() {
        return forReading(ServerVersion.UNKNOWN, null);
    }

    /** The server version these rules are for ({@link ServerVersion#UNKNOWN} when not known). */
    public ServerVersion version() {
        return version;
    }

    /** True when the server is known to be shared-nothing, which refuses the properties of shared-data tables. */
    boolean sharedNothing() {
        return runMode == RunMode.SHARED_NOTHING;
    }

    // ---- capabilities ------------------------------------------------------------------------------------------

    /**
     * {@code MODIFY COLUMN c COMMENT '...'} changes a comment alone, at once and without a schema-change job: the
     * corpus shows 4.x servers taking it (also on PRIMARY KEY, distribution and complex-type columns, where a full
     * MODIFY COLUMN is refused). Older versions, and unknown ones, get the full MODIFY COLUMN where that works.
     */
    public boolean changesColumnCommentAlone() {
        return version.atLeast(4, 0);
    }

    /**
     * Whether a comment-only change is written {@code MODIFY COLUMN c COMMENT '...'}: on servers that have the form,
     * and on unknown versions when the full MODIFY COLUMN is refused for the column (the comment form is then the
     * only statement a current server takes).
     */
    public boolean commentAlone(boolean fullModifyRefused) {
        return changesColumnCommentAlone() || fullModifyRefused && version.isUnknown();
    }

    /** {@code ALTER TABLE t RENAME COLUMN a TO b}: StarRocks 3.3.2 on (ALTER TABLE reference, "rename"). */
    public boolean renamesColumns() {
        return version.isUnknown() || version.compareTo(ServerVersion.of(3, 3, 2)) >= 0;
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
    public String typeChangeWarning(DataType from, DataType to) {
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
     * @param wayOut e.g. {@code keep `c` NULL, or rebuild the table once no row holds NULL in it}
     */
    public record Refusal(String rule, String wayOut) {

        /** The rule and the way out, as one message (for a change a model or a statement asks for). */
        public String message() {
            return rule + "; " + wayOut;
        }

        /** For the undo of a change the server runs: the rule and what to do about the downgrade. */
        public String forDowngrade() {
            return rule + ". The downgrade leaves it as the upgrade made it: write its undo by hand, or let the "
                    + "downgrade rebuild the table (--allow-rebuild / DiffOptions.allowRebuild())";
        }
    }

    /**
     * Why {@code MODIFY COLUMN} cannot restate column {@code had} of {@code table} as {@code wanted} (a full column
     * definition), or {@code null} when the server takes it. {@code wanted} carries the nullability the statement
     * states, and the column's aggregate type and generated expression. Comment-only changes have their own form
     * ({@link #commentAlone}); the KEY marker is {@link #takesKeyMarker}'s.
     */
    public Refusal modifyRefusal(Table table, Column had, Column wanted) {
        return modifyRefusal(table, had, wanted, false);
    }

    /**
     * Why the clause {@code MODIFY COLUMN stated [KEY] [FIRST | AFTER c]} cannot run on {@code table}, whose column
     * it restates is {@code had}, or {@code null}: the clause as a statement writes it, {@code stated} holding what it
     * says (no aggregate type or nullability when it states none), {@code keyMarker} its KEY and {@code moves} its
     * position. Besides {@link #modifyRefusal(Table, Column, Column)}, the server reads the KEY marker and the
     * aggregate type from the clause ({@code SchemaChangeHandler.processModifyColumn}): a key column restated without
     * KEY, or a value column of an AGGREGATE KEY table without its aggregate type, would change kind, which it
     * refuses ("Can not change aggregation type").
     */
    public Refusal modifyClauseRefusal(Table table, Column had, Column stated, boolean keyMarker, boolean moves) {
        String col = "`" + had.name() + "`";
        TableKey key = ImplicitLayout.key(table);
        boolean keyColumn = key != null && Names.contains(key.columns(), had.name());
        if (keyMarker && !keyColumn) {
            return new Refusal("StarRocks cannot turn value column " + col + " into a key column (MODIFY COLUMN ... "
                    + "KEY: \"Can not change aggregation type\")", "leave out KEY, or rebuild the table with the key "
                    + "it needs");
        }
        if (!keyMarker && needsKeyMarker(table, had.name())) {
            // StarRocks issue 74553 (open): the server reads the clause as making the key column a value column
            return new Refusal("MODIFY COLUMN without KEY makes key column " + col + " of a " + key.type().sql()
                    + " table a value column, which StarRocks refuses (\"" + (key.columns().size() == 1
                    ? "No key column left. index[" + table.name().name() + "]" : "Can not change aggregation type")
                    + "\")", "restate it as a key column: MODIFY COLUMN " + col + " " + stated.type().toSql()
                    + " KEY ..., or change its comment alone: MODIFY COLUMN " + col + " COMMENT '...'");
        }
        Refusal aggregate = aggregateRefusal(table, key, keyColumn, had, stated, keyMarker);
        if (aggregate != null) {
            return aggregate;
        }
        if (had.generatedAs() == null && stated.generatedAs() != null) {
            return new Refusal("StarRocks cannot make column " + col + " a generated column (\"Can not modify a "
                    + "non-generated column to a generated column\")", "add a new generated column instead");
        }
        if (had.generatedAs() != null && stated.generatedAs() == null) {
            return new Refusal("StarRocks cannot make generated column " + col + " an ordinary column (\"Can not "
                    + "modify a generated column to a non-generated column\")", "restate its expression (AS ...), "
                    + "or add a new column instead");
        }
        Column wanted = stated.toBuilder().name(had.name()).aggregate(had.aggregate()).build();
        return modifyRefusal(table, had, wanted, moves);
    }

    /**
     * True for a key column of a DUPLICATE or UNIQUE KEY table (stated or implicit): MODIFY COLUMN must restate it with
     * KEY ({@code MODIFY COLUMN k2 BIGINT KEY NOT NULL}), else the server reads it as turning the column into a value
     * column (live/alter case 35: "Can not change aggregation type"; case 34, the only key column: "No key column
     * left").
     */
    public static boolean needsKeyMarker(Table table, String column) {
        TableKey key = ImplicitLayout.key(table);
        return key != null && (key.type() == KeyType.DUPLICATE || key.type() == KeyType.UNIQUE)
                && Names.contains(key.columns(), column);
    }

    /**
     * True for a key column MODIFY COLUMN restates with KEY: those that need it ({@link #needsKeyMarker}) and the key
     * columns of AGGREGATE KEY tables, which take it (live/alter case 36). PRIMARY KEY columns keep their kind without.
     */
    public static boolean takesKeyMarker(Table table, String column) {
        TableKey key = ImplicitLayout.key(table);
        return key != null && key.type() != KeyType.PRIMARY && Names.contains(key.columns(), column);
    }

    /**
     * Why the aggregate type a MODIFY COLUMN states is refused ({@code SchemaChangeHandler.processModifyColumn}):
     * DUPLICATE and UNIQUE KEY tables take none; in an AGGREGATE KEY table a column without one is a key column, so a
     * value column must restate its own and a key column none.
     */
    private static Refusal aggregateRefusal(Table table, TableKey key, boolean keyColumn, Column had, Column stated,
                                            boolean keyMarker) {
        if (key == null || key.type() == KeyType.PRIMARY) {
            return null; // a PRIMARY KEY table's columns keep their aggregate type, whatever the clause states
        }
        String col = "`" + had.name() + "`";
        AggregateType wanted = stated.aggregate();
        if (key.type() != KeyType.AGGREGATE) {
            String model = key.type() == KeyType.UNIQUE ? "Unique" : "Duplicate";
            return wanted == null ? null : new Refusal("StarRocks takes no aggregate type in a " + key.type().sql()
                    + " table (\"Can not assign aggregation method on column in " + model + " data model table: "
                    + had.name() + "\")", "leave out " + wanted);
        }
        if (keyMarker && wanted != null) {
            return new Refusal("StarRocks takes no aggregate type on a key column (\"Can not assign aggregation method "
                    + "on key column: " + had.name() + "\")", "leave out " + wanted);
        }
        AggregateType held = keyColumn ? null : had.aggregate();
        if (held == wanted) {
            return null;
        }
        String wayOut = held == null ? "leave out " + wanted + ": " + col + " is a key column"
                : "restate its aggregate type: MODIFY COLUMN " + col + " " + stated.type().toSql() + " " + held
                + " ... (without one, an AGGREGATE KEY table reads it as a key column)";
        return new Refusal("StarRocks cannot change the aggregate type of column " + col + " (" + (held == null
                ? "key column" : held) + " -> " + (wanted == null ? "key column" : wanted) + ": \"Can not change "
                + "aggregation type\")", wayOut);
    }

    private Refusal modifyRefusal(Table table, Column had, Column wanted, boolean moves) {
        if (reading && !moves && ServerColumns.sameDefinition(had, table, wanted, table)) {
            return null; // the comment alone, or nothing: servers with PR 75325 change it in place, on any column
        }
        // servers with PR 70747 lengthen a VARCHAR key, sort-key, distribution or partition column
        boolean longerText = reading && longerVarchar(had, table, wanted);
        String keepIt = "keep its definition, or rebuild the table";
        String keepOrComment = "keep its definition (a comment can change alone on 4.0 and later: MODIFY COLUMN `"
                + had.name() + "` COMMENT '...'), or rebuild the table";
        if (had.autoIncrement()) {
            return new Refusal("StarRocks cannot MODIFY an AUTO_INCREMENT column (\"Can't not modify a AUTO_INCREMENT "
                    + "column\")", keepIt);
        }
        TableKey key = table.key();
        boolean primaryKeyColumn = key != null && key.type() == KeyType.PRIMARY && Names.contains(key.columns(),
                had.name());
        if (primaryKeyColumn && !table.nullable(had) && table.nullable(wanted)) {
            return new Refusal("StarRocks keeps PRIMARY KEY columns NOT NULL (\"primary key column[" + had.name()
                    + "] cannot be nullable\")", "state it NOT NULL");
        }
        if (!longerText && key != null && key.type() == KeyType.PRIMARY && (primaryKeyColumn
                || Names.contains(table.orderBy(), had.name()))) {
            return new Refusal("StarRocks cannot MODIFY a key or sort-key column of a PRIMARY KEY table (\"Can not "
                    + "modify key column\")", keepOrComment);
        }
        if (!longerText && ImplicitLayout.distribution(table) instanceof Distribution.Hash h
                && Names.contains(h.columns(), had.name())) {
            return new Refusal("StarRocks cannot MODIFY a distribution column (\"Can not modify distribution column["
                    + had.name() + "]\")", keepOrComment);
        }
        if (!longerText && partitionColumn(table, had.name())) {
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
        String type = typeChangeRefusal(ServerColumns.effectiveType(had, table),
                ServerColumns.effectiveType(wanted, table));
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
                    + "non-nullable\")", "keep `" + had.name() + "` NULL, or rebuild the table once no row holds "
                    + "NULL in it");
        }
        if (!ServerColumns.sameDefault(had, wanted)) {
            return new Refusal("StarRocks cannot add, change or remove a column's DEFAULT by MODIFY COLUMN (\"Can not "
                    + "change default value\": " + ServerColumns.describeDefault(had.defaultValue()) + " -> "
                    + ServerColumns.describeDefault(wanted.defaultValue()) + ")",
                    "keep the DEFAULT (" + ServerColumns.describeDefault(had.defaultValue()) + "), or rebuild the "
                    + "table");
        }
        return null;
    }

    /** Why {@code ADD COLUMN column} is refused on {@code table}, or {@code null}. */
    public Refusal addRefusal(Table table, Column column) {
        if (column.autoIncrement()) {
            return new Refusal("StarRocks cannot ADD an AUTO_INCREMENT column",
                    "create the table with it (rebuild the table)");
        }
        if (column.generatedAs() == null && Boolean.FALSE.equals(column.nullable()) && column.defaultValue() == null) {
            return new Refusal("StarRocks cannot ADD a NOT NULL column without a DEFAULT, as the existing rows need a "
                    + "value (\"Field '" + column.name() + "' is not null but doesn't have a default value\")",
                    "give `" + column.name() + "` a DEFAULT, or make it nullable");
        }
        if (column.defaultValue() instanceof ColumnDefault.Expression e && !timeDefault(e.sql())) {
            return new Refusal("StarRocks cannot ADD a column whose DEFAULT is an expression evaluated per row "
                    + "(\"unsupported default expr:" + e.sql() + "\")", "give it a constant DEFAULT, or rebuild the table");
        }
        return null;
    }

    /** Why {@code RENAME COLUMN} is refused on this server, or {@code null}. */
    public Refusal renameRefusal() {
        return renamesColumns() ? null : new Refusal("StarRocks " + version + " has no RENAME COLUMN (it "
                + "came with 3.3.2)", "upgrade the server, or keep the old name in the model");
    }

    /**
     * Why a column cannot be placed {@code AFTER after} in {@code table} by ADD COLUMN ({@code modifying} false) or
     * MODIFY COLUMN, or {@code null}: generated columns stay last, so no ordinary column goes after one (corpus
     * rejected/: "Can not add column after Generated Column", "Can not modify column after Generated Column").
     */
    public static Refusal positionRefusal(Table table, Column placed, String after, boolean modifying) {
        Column anchor = table.column(after).orElse(null);
        if (anchor == null || anchor.generatedAs() == null || placed.generatedAs() != null) {
            return null;
        }
        return new Refusal("StarRocks keeps generated columns last (\"Can not " + (modifying ? "modify" : "add")
                + " column after Generated Column\"): `" + after + "` is one", "place `" + placed.name()
                + "` before the generated columns");
    }

    /**
     * Why the columns of {@code table} cannot be put in the order {@code order} (every column, new order), or
     * {@code null}: the key columns must stay first ("Invalid column order. value should be after key"), and a
     * PRIMARY KEY table can move neither key nor sort-key columns.
     */
    public Refusal reorderRefusal(Table table, List<String> order, List<String> moved) {
        TableKey key = ImplicitLayout.key(table);
        Refusal keysFirst = keysFirstRefusal(table, key, order);
        if (keysFirst != null) {
            return keysFirst;
        }
        if (key != null && key.type() == KeyType.PRIMARY) {
            List<String> keys = key.columns();
            // moved by MODIFY COLUMN ... AFTER, which the server checks like any MODIFY COLUMN
            for (String name : moved) {
                Column c = table.column(name).orElse(null);
                if (Names.contains(keys, name) || Names.contains(table.orderBy(), name)) {
                    return new Refusal("StarRocks cannot move the key or sort-key column `" + name + "` of a PRIMARY "
                            + "KEY table (\"Can not modify sort column in primary data model table\")",
                            "keep its place, or rebuild the table");
                }
                Refusal modify = c == null ? null : modifyRefusal(table, c, c, true);
                if (modify != null) {
                    return new Refusal("StarRocks cannot move column `" + name + "` of a PRIMARY KEY table by MODIFY "
                            + "COLUMN: " + modify.rule(), "keep its place, or rebuild the table");
                }
            }
        }
        return null;
    }

    /**
     * Why the columns an ALTER TABLE leaves ({@code after}, from {@code before}) are refused, or {@code null}: the key
     * columns must stay first (the schema-change check "Invalid column order. value should be after key"), so a
     * value column added or moved before a key column, or a key column added after the values (a column without
     * aggregate type added at the end of an AGGREGATE KEY table), is refused.
     */
    public static Refusal columnOrderRefusal(Table before, Table after) {
        return columnOrderRefusal(before, after, after.columns().stream().map(Column::name).toList());
    }

    /** As {@link #columnOrderRefusal(Table, Table)}, for the columns of {@code after} in the order {@code order}. */
    public static Refusal columnOrderRefusal(Table before, Table after, List<String> order) {
        TableKey key = after.key() != null ? after.key() : ImplicitLayout.key(before);
        return keysFirstRefusal(after, key, order);
    }

    private static Refusal keysFirstRefusal(Table table, TableKey key, List<String> order) {
        if (key == null) {
            return null;
        }
        String value = null;
        for (String column : order) {
            boolean keyColumn = Names.contains(key.columns(), column);
            if (keyColumn && value != null) {
                return new Refusal("StarRocks keeps key columns first (\"Invalid column order. value should be after "
                        + "key. index[" + table.name().name() + "]\"): key column `" + column + "` would follow value "
                        + "column `" + value + "`", "keep the key columns (" + String.join(", ", key.columns())
                        + ") first");
            }
            if (!keyColumn && value == null) {
                value = column;
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

    /** True when {@code wanted} is {@code had} with a longer VARCHAR, as a current server lengthens any column. */
    private static boolean longerVarchar(Column had, Table table, Column wanted) {
        return had.type() instanceof CharType a && a.varying() && wanted.type() instanceof CharType b && b.varying()
                && b.length() > a.length() && ServerColumns.sameDefinition(had, table,
                wanted.toBuilder().type(had.type()).build(), table);
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
