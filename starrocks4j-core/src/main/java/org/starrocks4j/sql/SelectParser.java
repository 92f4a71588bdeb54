package org.starrocks4j.sql;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.starrocks4j.lexical.SqlParseException;
import org.starrocks4j.lexical.SqlToken;
import org.starrocks4j.operation.SelectQuery;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.types.ArrayType;
import org.starrocks4j.types.DataType;
import org.starrocks4j.types.MapType;

/**
 * Reads the query of {@code CREATE TABLE ... AS SELECT} into a {@link SelectQuery}:
 * {@code SELECT [DISTINCT] items [FROM table [[AS] alias]] [WHERE ...] [ORDER BY ...] [LIMIT ...]}, optionally in
 * parentheses. Each select item is read as a {@link SelectQuery.Term} where it has one of the forms whose type the
 * model can tell, else kept as written ({@link SelectQuery.Other}), for the replay to name. Queries whose columns
 * depend on more than one table or on grouping (WITH, joins, subqueries and table functions in FROM, GROUP BY,
 * HAVING, set operations) are reported as unsupported here, naming the construct.
 */
final class SelectParser {

    /** Words that end a select item, or the FROM clause. */
    private static final Set<String> CLAUSE_WORDS = Set.of("FROM", "WHERE", "GROUP", "HAVING", "ORDER", "LIMIT",
            "UNION", "EXCEPT", "INTERSECT", "MINUS", "QUALIFY", "WINDOW", "INTO");
    /** Clauses that make a query's columns depend on grouping or on other queries. */
    private static final Set<String> UNSUPPORTED_CLAUSES = Set.of("GROUP", "HAVING", "QUALIFY", "WINDOW", "UNION",
            "EXCEPT", "INTERSECT", "MINUS");
    private static final Set<String> JOIN_WORDS = Set.of("JOIN", "INNER", "LEFT", "RIGHT", "FULL", "CROSS",
            "NATURAL", "SEMI", "ANTI", "OUTER", "LATERAL", "STRAIGHT_JOIN", "USING", "ON");
    /** Words that continue an expression or start one of another form: never a column name or an alias. */
    private static final Set<String> RESERVED = Set.of("AND", "OR", "XOR", "NOT", "IS", "IN", "LIKE", "ILIKE",
            "RLIKE", "REGEXP", "BETWEEN", "OVER", "DIV", "MOD", "COLLATE", "ESCAPE", "CASE", "WHEN", "THEN", "ELSE",
            "END", "EXISTS", "INTERVAL", "DISTINCT", "ALL", "SELECT", "AS");

    /** Words that may follow the table in FROM (a partition, a tablet, a sample, a version): never its alias. */
    private static final Set<String> TABLE_MODIFIERS = Set.of("PARTITION", "PARTITIONS", "TEMPORARY", "TABLET",
            "SAMPLE", "FOR", "REPLICA");

    /** A select item is not one of the forms {@link #term} reads: it is kept as written. */
    private static final class NotATerm extends RuntimeException {

        private static final long serialVersionUID = 1L;

        NotATerm() {
            super(null, null, false, false);
        }
    }

    private final TokenCursor cursor;
    private final ObjectName target;

    private SelectParser(TokenCursor cursor, ObjectName target) {
        this.cursor = cursor;
        this.target = target;
    }

    /** The query after {@code AS}, to the end of the statement; {@code target} is the table it creates. */
    static SelectQuery query(TokenCursor cursor, ObjectName target) {
        return new SelectParser(cursor, target).query();
    }

    private SelectQuery query() {
        int start = cursor.position();
        int parentheses = 0;
        while (cursor.acceptSymbol("(")) {
            parentheses++;
        }
        if (cursor.isKeyword("WITH")) {
            throw unsupported(cursor.peek(), "CREATE TABLE ... AS WITH (common table expressions)");
        }
        if (cursor.isKeyword("VALUES")) {
            throw unsupported(cursor.peek(), "CREATE TABLE ... AS VALUES");
        }
        cursor.expectKeywords("SELECT");
        if (!cursor.acceptKeywords("DISTINCT")) {
            cursor.acceptKeywords("ALL");
        }
        List<SelectQuery.Item> items = new ArrayList<>();
        do {
            items.add(item());
        } while (cursor.acceptSymbol(","));
        ObjectName from = null;
        String alias = null;
        if (cursor.acceptKeywords("FROM")) {
            if (cursor.isSymbol("(")) {
                throw unsupported(cursor.peek(), "CREATE TABLE ... AS SELECT FROM a subquery");
            }
            from = StatementParser.objectName(cursor);
            if (cursor.isSymbol("(")) {
                throw unsupported(cursor.peek(), "CREATE TABLE ... AS SELECT FROM a table function");
            }
            alias = TABLE_MODIFIERS.contains(word(cursor.peek())) ? null : alias();
            if (cursor.isSymbol(",") || JOIN_WORDS.contains(word(cursor.peek()))) {
                throw unsupported(cursor.peek(), "CREATE TABLE ... AS SELECT from several tables (a join)");
            }
        }
        rowClauses();
        for (int i = 0; i < parentheses; i++) {
            cursor.expectSymbol(")");
            rowClauses();
        }
        return new SelectQuery(items, from, alias, cursor.text(start, cursor.position()));
    }

    /**
     * WHERE, ORDER BY and LIMIT, skipped: they choose and order rows and make no column. The clauses that make the
     * columns depend on grouping or on other queries are unsupported.
     */
    private void rowClauses() {
        while (!cursor.atEnd() && !cursor.isSymbol(")")) {
            SqlToken at = cursor.peek();
            String word = word(at);
            if (UNSUPPORTED_CLAUSES.contains(word)) {
                throw unsupported(at, "CREATE TABLE ... AS SELECT ... " + (word.equals("GROUP") ? "GROUP BY" : word));
            }
            if (!cursor.acceptKeywords("WHERE") && !cursor.acceptKeywords("ORDER", "BY")
                    && !cursor.acceptKeywords("LIMIT")) {
                if (at.kind() == SqlToken.Kind.WORD && !CLAUSE_WORDS.contains(word)) {
                    throw unsupported(at, "CREATE TABLE ... AS SELECT ... " + word);
                }
                throw cursor.expected("WHERE, ORDER BY, LIMIT or the end of the query");
            }
            cursor.verbatimUntil(t -> CLAUSE_WORDS.contains(word(t)));
        }
    }

    private SelectQuery.Item item() {
        int start = cursor.position();
        List<String> qualifier = new ArrayList<>();
        while (cursor.peek().isIdentifier() && cursor.peek(1).isSymbol(".")) {
            qualifier.add(cursor.next().value());
            cursor.next();
        }
        if (cursor.acceptSymbol("*")) {
            return new SelectQuery.AllColumns(qualifier, cursor.text(start, cursor.position()));
        }
        cursor.reset(start);
        SelectQuery.Term term;
        try {
            term = term();
            if (!atItemEnd()) {
                throw new NotATerm();
            }
        } catch (NotATerm | SqlParseException other) {
            cursor.reset(start);
            cursor.verbatimUntil(t -> t.isSymbol(",") || t.isKeyword("AS") || CLAUSE_WORDS.contains(word(t)));
            term = new SelectQuery.Other(cursor.text(start, cursor.position()));
        }
        String text = cursor.text(start, cursor.position());
        return new SelectQuery.Expression(term, alias(), text);
    }

    /** {@code AS name}, {@code AS 'name'} or a bare name after an item or a table; {@code null} when there is none. */
    private String alias() {
        if (cursor.acceptKeywords("AS")) {
            return cursor.peek().kind() == SqlToken.Kind.STRING ? cursor.string("an alias")
                    : cursor.identifier("an alias");
        }
        return isBareAlias(cursor.peek()) ? cursor.next().value() : null;
    }

    private static boolean isBareAlias(SqlToken t) {
        String word = word(t);
        return t.kind() == SqlToken.Kind.QUOTED_IDENTIFIER || t.kind() == SqlToken.Kind.WORD
                && !CLAUSE_WORDS.contains(word) && !RESERVED.contains(word) && !JOIN_WORDS.contains(word);
    }

    /** True after a whole select item: a comma, an alias, the next clause or the end. */
    private boolean atItemEnd() {
        SqlToken next = cursor.peek();
        if (isItemBoundary(next) || next.isKeyword("AS")) {
            return true;
        }
        return isBareAlias(next) && isItemBoundary(cursor.peek(1));
    }

    private static boolean isItemBoundary(SqlToken t) {
        return t.kind() == SqlToken.Kind.END || t.isSymbol(",") || t.isSymbol(")") || CLAUSE_WORDS.contains(word(t));
    }

    /** One expression of a form whose type the model can tell; {@link NotATerm} otherwise. */
    private SelectQuery.Term term() {
        SqlToken t = cursor.peek();
        if (t.kind() == SqlToken.Kind.NUMBER) {
            cursor.next();
            String n = t.text();
            if (n.indexOf('e') >= 0 || n.indexOf('E') >= 0) {
                throw new NotATerm(); // typed by the server's SQL mode and the exponent
            }
            return n.indexOf('.') >= 0 ? new SelectQuery.DecimalLiteral(new BigDecimal(n))
                    : new SelectQuery.IntegerLiteral(new BigInteger(n));
        }
        if (t.kind() == SqlToken.Kind.STRING) {
            cursor.next();
            return new SelectQuery.StringLiteral(t.value());
        }
        if (cursor.acceptSymbol("[")) {
            return new SelectQuery.ArrayOf(null, terms("]"));
        }
        if (cursor.acceptSymbol("(")) {
            SelectQuery.Term inner = term();
            expect(")");
            return inner;
        }
        if (!t.isIdentifier()) {
            throw new NotATerm();
        }
        String word = word(t);
        if (t.kind() == SqlToken.Kind.WORD && cursor.peek(1).isSymbol("(")) {
            return call(word);
        }
        if (word.equals("ARRAY") && cursor.peek(1).isSymbol("<")) {
            ArrayType declared = (ArrayType) TypeParser.read(cursor, false);
            expect("[");
            return new SelectQuery.ArrayOf(declared.element(), terms("]"));
        }
        if (word.equals("MAP") && (cursor.peek(1).isSymbol("<") || cursor.peek(1).isSymbol("{"))) {
            return map();
        }
        if (!cursor.peek(1).isSymbol(".")) {
            switch (word) {
                case "TRUE", "FALSE" -> {
                    cursor.next();
                    return new SelectQuery.BooleanLiteral(word.equals("TRUE"));
                }
                case "NULL" -> {
                    cursor.next();
                    return new SelectQuery.NullLiteral();
                }
                default -> {
                    if (RESERVED.contains(word) || CLAUSE_WORDS.contains(word)) {
                        throw new NotATerm();
                    }
                }
            }
        }
        List<String> parts = new ArrayList<>();
        parts.add(cursor.next().value());
        while (cursor.acceptSymbol(".")) {
            if (!cursor.peek().isIdentifier()) {
                throw new NotATerm();
            }
            parts.add(cursor.next().value());
        }
        if (cursor.isSymbol("(")) {
            throw new NotATerm(); // db.function(...)
        }
        return new SelectQuery.ColumnReference(parts);
    }

    /** {@code name(...)}: CAST, the struct constructors, or a function call. */
    private SelectQuery.Term call(String name) {
        String function = cursor.next().text();
        expect("(");
        switch (name) {
            case "CAST" -> {
                SelectQuery.Term operand = term();
                if (!cursor.acceptKeywords("AS")) {
                    throw new NotATerm();
                }
                DataType type = TypeParser.read(cursor, false);
                expect(")");
                return new SelectQuery.Cast(operand, type);
            }
            case "STRUCT", "ROW" -> {
                return new SelectQuery.StructOf(null, terms(")"));
            }
            case "NAMED_STRUCT" -> {
                List<String> names = new ArrayList<>();
                List<SelectQuery.Term> values = new ArrayList<>();
                do {
                    if (cursor.peek().kind() != SqlToken.Kind.STRING) {
                        throw new NotATerm();
                    }
                    names.add(cursor.next().value());
                    expect(",");
                    values.add(term());
                } while (cursor.acceptSymbol(","));
                expect(")");
                return new SelectQuery.StructOf(names, values);
            }
            default -> {
                return new SelectQuery.Call(function, terms(")"));
            }
        }
    }

    /** {@code MAP{k: v, ...}} or {@code MAP<kt, vt>{k: v, ...}}. */
    private SelectQuery.Term map() {
        MapType declared = null;
        if (cursor.peek(1).isSymbol("<")) {
            declared = (MapType) TypeParser.read(cursor, false);
        } else {
            cursor.next();
        }
        expect("{");
        List<SelectQuery.Term> keys = new ArrayList<>();
        List<SelectQuery.Term> values = new ArrayList<>();
        if (!cursor.acceptSymbol("}")) {
            do {
                keys.add(term());
                expect(":");
                values.add(term());
            } while (cursor.acceptSymbol(","));
            expect("}");
        }
        return new SelectQuery.MapOf(declared, keys, values);
    }

    /** Terms separated by commas up to {@code close} (consumed); none when {@code close} comes at once. */
    private List<SelectQuery.Term> terms(String close) {
        List<SelectQuery.Term> terms = new ArrayList<>();
        if (cursor.acceptSymbol(close)) {
            return terms;
        }
        do {
            terms.add(term());
        } while (cursor.acceptSymbol(","));
        expect(close);
        return terms;
    }

    private void expect(String symbol) {
        if (!cursor.acceptSymbol(symbol)) {
            throw new NotATerm();
        }
    }

    private UnsupportedSqlException unsupported(SqlToken at, String construct) {
        String t = target.toSql();
        return cursor.unsupported(at, construct, "the columns of " + t + " come from a query whose column types "
                + "only the server works out; declare the table (once the statement has run, SHOW CREATE TABLE " + t
                + " prints its definition) and fill it with INSERT INTO " + t + " SELECT ...");
    }

    /** The token's text upper-cased when it is a bare word, else empty (a quoted name is never a keyword). */
    private static String word(SqlToken t) {
        return t.kind() == SqlToken.Kind.WORD ? t.text().toUpperCase(Locale.ROOT) : "";
    }
}
