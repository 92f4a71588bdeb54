package org.starrocks4j.operation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.types.DataType;

/**
 * The query of {@code CREATE TABLE ... AS SELECT}, read as far as the new table's columns depend on it: the select
 * list and the one table it reads. WHERE, ORDER BY and LIMIT choose and order rows and make no column, so only
 * {@link #text} keeps them.
 *
 * @param items the select list, in order
 * @param from  the table the query reads ({@code FROM t}), or {@code null} for a SELECT without FROM
 * @param alias the name the query gives that table ({@code FROM t AS a}), or {@code null}
 * @param text  the query as written, from its {@code SELECT}
 */
public record SelectQuery(List<Item> items, ObjectName from, String alias, String text) {

    public SelectQuery {
        items = List.copyOf(items);
        Objects.requireNonNull(text, "query text");
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a SELECT needs at least one select item");
        }
    }

    /** One entry of the select list. */
    public sealed interface Item {
        /** The item as written, for messages. */
        String text();
    }

    /**
     * {@code *} or {@code t.*}: every column of the table read, in its order, under its own name.
     *
     * @param qualifier the parts before {@code .*} ({@code t}, {@code db.t} or an alias), as written; empty for
     *                  {@code *}
     */
    public record AllColumns(List<String> qualifier, String text) implements Item {
        public AllColumns {
            qualifier = List.copyOf(qualifier);
        }
    }

    /**
     * An expression, with the name it gives its column.
     *
     * @param alias the name after {@code AS}, or {@code null}
     */
    public record Expression(Term term, String alias, String text) implements Item {
        public Expression {
            Objects.requireNonNull(term, "term");
        }
    }

    /** An expression of a select item, in the forms whose type the model can tell without the server. */
    public sealed interface Term {
    }

    /** A column of the table read: {@code c}, {@code t.c} or {@code db.t.c}, the parts as written. */
    public record ColumnReference(List<String> parts) implements Term {
        public ColumnReference {
            parts = List.copyOf(parts);
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("a column reference needs a name");
            }
        }

        /** The column's name: the last part. */
        public String column() {
            return parts.get(parts.size() - 1);
        }

        /** The table part, {@code t} or {@code db.t}, or an empty list. */
        public List<String> qualifier() {
            return parts.subList(0, parts.size() - 1);
        }
    }

    /** A whole number as written (its size decides its type: TINYINT up to LARGEINT). */
    public record IntegerLiteral(BigInteger value) implements Term {
        public IntegerLiteral {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A number with a decimal point and no exponent, {@code 1.50}: a DECIMAL of its own digits. */
    public record DecimalLiteral(BigDecimal value) implements Term {
        public DecimalLiteral {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A string in either quote. */
    public record StringLiteral(String value) implements Term {
        public StringLiteral {
            Objects.requireNonNull(value, "value");
        }
    }

    /** {@code TRUE} or {@code FALSE}. */
    public record BooleanLiteral(boolean value) implements Term {
    }

    /** {@code NULL}. */
    public record NullLiteral() implements Term {
    }

    /** {@code CAST(operand AS type)}, the type as written. */
    public record Cast(Term operand, DataType type) implements Term {
        public Cast {
            Objects.requireNonNull(operand, "operand");
            Objects.requireNonNull(type, "type");
        }
    }

    /**
     * {@code [a, b]}, or {@code ARRAY<type>[a, b]}.
     *
     * @param declared the element type written before the brackets, or {@code null}
     */
    public record ArrayOf(DataType declared, List<Term> elements) implements Term {
        public ArrayOf {
            elements = List.copyOf(elements);
        }
    }

    /**
     * {@code MAP{k1: v1, k2: v2}}, or {@code MAP<kt, vt>{...}}.
     *
     * @param declared the MAP type written before the braces, or {@code null}
     */
    public record MapOf(DataType declared, List<Term> keys, List<Term> values) implements Term {
        public MapOf {
            keys = List.copyOf(keys);
            values = List.copyOf(values);
            if (keys.size() != values.size()) {
                throw new IllegalArgumentException("a map needs one value per key");
            }
        }
    }

    /**
     * {@code STRUCT(a, b)} or {@code ROW(a, b)} (fields {@code col1}, {@code col2}, ...), or
     * {@code NAMED_STRUCT('x', a, 'y', b)}.
     *
     * @param names the field names, or {@code null} for {@code col1 ... colN}
     */
    public record StructOf(List<String> names, List<Term> values) implements Term {
        public StructOf {
            names = names == null ? null : List.copyOf(names);
            values = List.copyOf(values);
        }
    }

    /** A call of a function, by its name as written. */
    public record Call(String function, List<Term> arguments) implements Term {
        public Call {
            Objects.requireNonNull(function, "function");
            arguments = List.copyOf(arguments);
        }
    }

    /**
     * An expression of another form (arithmetic, CASE, a subquery, a window function, ...), kept as written: its type
     * and nullability are the server's to work out.
     */
    public record Other(String text) implements Term {
        public Other {
            Objects.requireNonNull(text, "text");
        }
    }
}
