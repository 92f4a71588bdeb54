package org.starrocks4j.rules;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.starrocks4j.lexical.SqlNormalizer;
import org.starrocks4j.schema.AggregateType;
import org.starrocks4j.schema.Column;
import org.starrocks4j.schema.ColumnDefault;
import org.starrocks4j.schema.KeyType;
import org.starrocks4j.schema.Table;
import org.starrocks4j.schema.TableKey;
import org.starrocks4j.types.DataType;
import org.starrocks4j.types.DecimalType;
import org.starrocks4j.types.Primitive;
import org.starrocks4j.types.PrimitiveType;
import org.starrocks4j.types.Types;

/**
 * How the server holds a column a model states: the aggregate type, type and default it keeps when a definition
 * leaves them unsaid or spells them its own way (its nullability is {@link Table#nullable}'s). The diff compares columns in these terms, and the
 * server's rules ({@link ServerRules}) judge a MODIFY COLUMN in them, so both read a definition as the server does.
 */
public final class ServerColumns {

    /** Types whose DEFAULT the server accepts and drops (it prints none). */
    private static final Set<Primitive> TYPES_WITHOUT_DEFAULT = Set.of(Primitive.HLL, Primitive.BITMAP);

    /** Literal defaults the server prints in its own spelling: type → value as written (lower case) → printed. */
    private static final Map<Primitive, Map<String, String>> LITERAL_SPELLINGS = Map.of(
            Primitive.BOOLEAN, Map.of("true", "1", "false", "0"));

    private ServerColumns() {
    }

    /**
     * The column's aggregate type as the server keeps it: the {@code REPLACE} marker StarRocks accepts on value
     * columns of UNIQUE and PRIMARY KEY tables (where replacing is what those models do anyway) is dropped.
     */
    public static AggregateType effectiveAggregate(Column c, Table t) {
        TableKey key = ImplicitLayout.key(t);
        boolean aggregateKey = key != null && key.type() == KeyType.AGGREGATE;
        return !aggregateKey && c.aggregate() == AggregateType.REPLACE ? null : c.aggregate();
    }

    /**
     * The column's type as the server holds it: in canonical spelling ({@link Types#canonical}), and widened where
     * the server widens it for the aggregate type ({@code DECIMAL(15, 2) SUM} is kept as {@code DECIMAL(38, 2)}).
     */
    public static DataType effectiveType(Column c, Table t) {
        DataType type = Types.canonical(c.type());
        if (effectiveAggregate(c, t) == AggregateType.SUM && type instanceof DecimalType d
                && d.precision() <= DecimalType.MAX_PRECISION) {
            return new DecimalType(DecimalType.MAX_PRECISION, d.scale());
        }
        return type;
    }

    /**
     * The column's default as the server keeps it: none on the types whose defaults it drops (HLL, BITMAP), the
     * literal spelling it prints for others ({@code DEFAULT 'true'} on a BOOLEAN is {@code "1"}), literals written as
     * expressions as literals ({@code DEFAULT (0)}), {@code now()} as CURRENT_TIMESTAMP.
     */
    public static ColumnDefault effectiveDefault(Column c) {
        DataType type = Types.canonical(c.type());
        if (type instanceof PrimitiveType p && TYPES_WITHOUT_DEFAULT.contains(p.kind())) {
            return null;
        }
        ColumnDefault d = defaultValue(c.defaultValue());
        if (d instanceof ColumnDefault.Literal l && type instanceof PrimitiveType p) {
            String printed = LITERAL_SPELLINGS.getOrDefault(p.kind(), Map.of())
                    .get(l.value().strip().toLowerCase(Locale.ROOT));
            return printed == null ? d : ColumnDefault.literal(printed);
        }
        return d;
    }

    /**
     * Literals written as expressions ({@code DEFAULT (0)}) are literals to the server; {@code now()} is
     * CURRENT_TIMESTAMP.
     */
    private static ColumnDefault defaultValue(ColumnDefault d) {
        if (!(d instanceof ColumnDefault.Expression e)) {
            return d;
        }
        String sql = SqlNormalizer.canonicalExpression(e.sql());
        if (sql.matches("-?[0-9][0-9.]*")) {
            return ColumnDefault.literal(sql);
        }
        if (sql.length() >= 2 && sql.startsWith("'") && sql.endsWith("'") && sql.indexOf('\'', 1) == sql.length() - 1
                && !sql.contains("\\")) {
            return ColumnDefault.literal(sql.substring(1, sql.length() - 1));
        }
        if (sql.equals("current_timestamp") || sql.equals("current_timestamp()") || sql.equals("now()")) {
            return ColumnDefault.currentTimestamp();
        }
        return ColumnDefault.expression(sql);
    }

    /**
     * True when the columns are the same definition as the server holds them: type, nullability and default (the
     * comment aside), {@code a} a column of {@code ta} and {@code b} one of {@code tb}.
     */
    public static boolean sameDefinition(Column a, Table ta, Column b, Table tb) {
        return effectiveType(a, ta).equals(effectiveType(b, tb)) && ta.nullable(a) == tb.nullable(b) && sameDefault(a, b);
    }

    /** True when the columns' defaults are the same as the server keeps them. */
    public static boolean sameDefault(Column a, Column b) {
        return Objects.equals(defaultKey(effectiveDefault(a)), defaultKey(effectiveDefault(b)));
    }

    /** A DEFAULT as SQL-like text for messages, {@code (none)} when there is none. */
    public static String describeDefault(ColumnDefault d) {
        if (d == null) {
            return "(none)";
        }
        if (d instanceof ColumnDefault.Literal l) {
            return "'" + l.value() + "'";
        }
        return d instanceof ColumnDefault.CurrentTimestamp ? "CURRENT_TIMESTAMP"
                : "(" + ((ColumnDefault.Expression) d).sql() + ")";
    }

    private static String defaultKey(ColumnDefault d) {
        if (d == null) {
            return null;
        }
        if (d instanceof ColumnDefault.Literal l) {
            return "literal:" + l.value();
        }
        if (d instanceof ColumnDefault.CurrentTimestamp) {
            return "now";
        }
        String sql = SqlNormalizer.normalizeExpression(((ColumnDefault.Expression) d).sql());
        if (sql.matches("-?[0-9][0-9a-z.]*")) {
            return "literal:" + sql; // DEFAULT 0 is the literal '0' to the server
        }
        if (sql.length() >= 2 && sql.startsWith("'") && sql.endsWith("'") && sql.indexOf('\'', 1) == sql.length() - 1) {
            return "literal:" + sql.substring(1, sql.length() - 1);
        }
        return sql.equals("current_timestamp") || sql.equals("current_timestamp ( )") || sql.equals("now ( )")
                ? "now" : "expr:" + sql;
    }
}
