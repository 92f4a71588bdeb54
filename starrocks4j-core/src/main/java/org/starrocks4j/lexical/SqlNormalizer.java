package org.starrocks4j.lexical;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reduces SQL text (view and MV queries, partition expressions, generated columns, default expressions) to a form
 * in which two spellings of the same query compare equal: case outside string literals, back-quotes, whitespace,
 * comments, trailing {@code ;}, the optional {@code AS} of aliases, {@code INNER}/{@code OUTER} in joins,
 * {@code LATERAL}, database qualifiers and, in single-table queries, table qualifiers, parentheses around a
 * single comparison, and the column lists servers before 4.0.6 inject into CTEs. String literals keep their
 * content and case, whatever quote they were written with.
 *
 * <p>This is a comparison key, not SQL to run: it is deliberately lossy in the few ways the server's own
 * rewrites require, and keeps everything else.
 */
public final class SqlNormalizer {

    private static final Set<String> COMPARISON = Set.of("=", "<", ">", "<=", ">=", "!=", "<>", "<=>", "like",
            "is", "between", "regexp", "rlike");
    private static final Set<String> TABLE_INTRODUCERS = Set.of("from", "join", "update", "into");
    private static final Set<String> CLAUSE_WORDS = Set.of("where", "group", "order", "having", "limit", "union",
            "on", "using", "join", "left", "right", "full", "inner", "cross", "outer", "semi", "anti", "lateral",
            "window", "qualify", "except", "intersect", "select", "from", "as");

    private SqlNormalizer() {
    }

    /** The comparison form of {@code sql}. */
    public static String normalize(String sql) {
        List<Token> tokens = tokenize(sql);
        tokens = dropTrailingSemicolons(tokens);
        tokens = dropCteColumnLists(tokens);
        tokens = simplifyJoins(tokens);
        tokens = dropQualifiers(tokens);
        tokens = dropRedundantParentheses(tokens);
        StringBuilder out = new StringBuilder();
        for (Token t : tokens) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(t.render());
        }
        return out.toString();
    }

    /**
     * The comparison form of a scalar expression (generated column, partition key, default): like
     * {@link #normalize} and without parentheses around the whole expression, which servers add or drop.
     */
    public static String normalizeExpression(String sql) {
        List<Token> tokens = withoutGroupingParentheses(tokenize(sql));
        StringBuilder text = new StringBuilder();
        for (Token t : tokens) {
            text.append(t.kind() == Kind.IDENT ? "`" + t.text().replace("`", "``") + "`" : t.render()).append(' ');
        }
        return normalize(text.toString());
    }

    /** Words that stay back-quoted in {@link #canonicalExpression}: as bare words they would be read as keywords. */
    private static final Set<String> RESERVED = Set.of("select", "from", "where", "and", "or", "not", "null", "true",
            "false", "case", "when", "then", "else", "end", "as", "in", "is", "like", "between", "interval", "by",
            "group", "order", "having", "limit", "join", "on", "using", "union", "all", "distinct", "exists", "key",
            "keys", "table", "values", "partition", "range", "list", "to", "with", "div", "mod", "regexp", "rlike",
            "xor", "binary", "cast", "convert", "default", "index", "primary", "unique", "duplicate", "aggregate",
            "date", "datetime", "time", "timestamp", "int", "bigint", "string", "varchar", "char", "array", "map",
            "struct", "json", "boolean", "double", "float", "decimal", "if", "current_timestamp", "current_date",
            "current_time", "left", "right", "inner", "outer", "cross", "full", "semi", "anti", "over", "rows",
            "row", "window", "desc", "asc", "set", "into", "insert", "delete", "update", "create", "drop", "alter");

    /**
     * One spelling of a scalar expression (generated column, partition key) that is still valid SQL: words and
     * names in lower case (StarRocks resolves columns and functions case-insensitively), back-quotes only where a
     * name needs them, string literals single-quoted, no comments, one space between tokens but none inside calls,
     * brackets and around dots and commas' left side, and without parentheses around the whole expression.
     * Servers print expressions in such varying spellings ({@code date_trunc("month", k1)} /
     * {@code date_trunc('month', k1)}, {@code id * 10} / {@code `id` * 10}); the canonical spelling makes them
     * one value in a model. Parentheses that only group are left out where the operators' precedence makes the
     * same expression without them: servers print {@code (a * b) + 10}, {@code if((length(dt)) = 6, ...)} and
     * {@code CAST((id + 10) AS ...)} for what was written {@code a * b + 10}, {@code if(length(dt) = 6, ...)} and
     * {@code CAST(id + 10 AS ...)}.
     */
    public static String canonicalExpression(String sql) {
        List<Token> tokens = withoutGroupingParentheses(tokenize(sql));
        StringBuilder out = new StringBuilder();
        Token previous = null;
        for (Token t : tokens) {
            if (previous != null && spaceBetween(previous, t)) {
                out.append(' ');
            }
            out.append(canonicalToken(t));
            previous = t;
        }
        return out.toString();
    }

    private static String canonicalToken(Token t) {
        if (t.kind() == Kind.IDENT) {
            String name = t.text();
            boolean bare = name.matches("[a-z_][a-z0-9_]*") && !RESERVED.contains(name);
            return bare ? name : "`" + name.replace("`", "``") + "`";
        }
        if (t.kind() == Kind.STRING) {
            return "'" + t.text().replace("\\", "\\\\").replace("'", "\\'") + "'";
        }
        return t.text();
    }

    private static boolean spaceBetween(Token left, Token right) {
        if (right.is(",") || right.is(")") || right.is("]") || right.is(".") || left.is(".") || left.is("(")
                || left.is("[")) {
            return false;
        }
        if (right.is("(") && left.isName()) {
            return false; // a call, or a keyword before a group: valid SQL either way
        }
        if (right.is("[") && (left.isName() || left.is(")") || left.is("]"))) {
            return false; // subscript
        }
        return true;
    }

    /** True when the two texts normalize to the same form. */
    public static boolean equivalent(String a, String b) {
        if (a == null || b == null) {
            return a == b;
        }
        return normalize(a).equals(normalize(b));
    }

    // ---- tokens ---------------------------------------------------------------------------------------------

    private enum Kind { WORD, IDENT, STRING, NUMBER, SYMBOL }

    private record Token(Kind kind, String text) {
        String render() {
            if (kind == Kind.STRING) {
                return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
            }
            return text;
        }

        boolean is(String word) {
            return (kind == Kind.WORD || kind == Kind.SYMBOL) && text.equals(word);
        }

        boolean isName() {
            return kind == Kind.WORD || kind == Kind.IDENT;
        }
    }

    private static List<Token> tokenize(String sql) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-' || c == '#') {
                while (i < n && sql.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '\'' || c == '"') {
                StringBuilder value = new StringBuilder();
                i = readQuoted(sql, i, c, value);
                out.add(new Token(Kind.STRING, value.toString()));
            } else if (c == '`') {
                StringBuilder value = new StringBuilder();
                i = readQuoted(sql, i, '`', value);
                out.add(new Token(Kind.IDENT, value.toString().toLowerCase(Locale.ROOT)));
            } else if (Character.isLetter(c) || c == '_' || c == '$') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_'
                        || sql.charAt(i) == '$')) {
                    i++;
                }
                out.add(new Token(Kind.WORD, sql.substring(start, i).toLowerCase(Locale.ROOT)));
            } else if (Character.isDigit(c)) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
                    i++;
                }
                out.add(new Token(Kind.NUMBER, sql.substring(start, i).toLowerCase(Locale.ROOT)));
            } else {
                String three = i + 3 <= n ? sql.substring(i, i + 3) : "";
                String two = i + 2 <= n ? sql.substring(i, i + 2) : "";
                if (three.equals("<=>") || three.equals("->>")) {
                    out.add(new Token(Kind.SYMBOL, three));
                    i += 3;
                } else if (Set.of("<=", ">=", "<>", "!=", "||", "&&", "::", "->", "<<", ">>").contains(two)) {
                    out.add(new Token(Kind.SYMBOL, two));
                    i += 2;
                } else {
                    out.add(new Token(Kind.SYMBOL, String.valueOf(c)));
                    i++;
                }
            }
        }
        return out;
    }

    /** Reads a quoted run starting at the quote; doubled quotes and backslash escapes (not for `) are undone. */
    private static int readQuoted(String sql, int start, char quote, StringBuilder value) {
        int i = start + 1;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\\' && quote != '`' && i + 1 < n) {
                char next = sql.charAt(i + 1);
                value.append(switch (next) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case '0' -> '\0';
                    default -> next;
                });
                i += 2;
            } else if (c == quote) {
                if (i + 1 < n && sql.charAt(i + 1) == quote) {
                    value.append(quote);
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                value.append(c);
                i++;
            }
        }
        return n;
    }

    // ---- rewrites ---------------------------------------------------------------------------------------------

    private static List<Token> dropTrailingSemicolons(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens);
        while (!out.isEmpty() && out.get(out.size() - 1).is(";")) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** {@code WITH cte (a, b) AS (SELECT ...)}: the server injects the column list; compare without it. */
    private static List<Token> dropCteColumnLists(List<Token> tokens) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            out.add(t);
            boolean cteStart = i > 0 && (tokens.get(i - 1).is("with") || tokens.get(i - 1).is(",")
                    || tokens.get(i - 1).is("recursive"));
            if (cteStart && t.isName() && i + 1 < tokens.size() && tokens.get(i + 1).is("(")) {
                int close = matching(tokens, i + 1);
                if (close > 0 && close + 2 < tokens.size() && tokens.get(close + 1).is("as")
                        && tokens.get(close + 2).is("(") && onlyNames(tokens, i + 2, close)) {
                    i = close;
                }
            }
        }
        return out;
    }

    private static boolean onlyNames(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (!(t.isName() || t.is(","))) {
                return false;
            }
        }
        return to > from;
    }

    /** {@code INNER JOIN} → {@code JOIN}; {@code LEFT OUTER JOIN} → {@code LEFT JOIN}; {@code LATERAL} and {@code AS} dropped. */
    private static List<Token> simplifyJoins(List<Token> tokens) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean beforeJoin = i + 1 < tokens.size() && tokens.get(i + 1).is("join");
            if (t.is("inner") && beforeJoin || t.is("outer") && beforeJoin || t.is("lateral") || t.is("as")) {
                continue;
            }
            out.add(t);
        }
        return out;
    }

    /**
     * {@code db.t.col} → {@code t.col}; a table reference {@code db.t} → {@code t}; and inside a query block
     * (parenthesis level) that reads a single source, {@code t.col} → {@code col} (unambiguous there).
     */
    private static List<Token> dropQualifiers(List<Token> tokens) {
        List<List<Token>> chains = new ArrayList<>();
        List<Token> plain = new ArrayList<>();
        List<Boolean> tableRef = new ArrayList<>();
        List<Integer> scopeOf = new ArrayList<>();
        List<Integer> sources = new ArrayList<>();
        List<Integer> stack = new ArrayList<>();
        sources.add(0);
        stack.add(0);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            int scope = stack.get(stack.size() - 1);
            boolean afterIntroducer = i > 0 && tokens.get(i - 1).kind() == Kind.WORD
                    && TABLE_INTRODUCERS.contains(tokens.get(i - 1).text());
            if (t.isName() && !isKeyword(t)) {
                List<Token> chain = new ArrayList<>();
                chain.add(t);
                int j = i;
                while (j + 2 < tokens.size() && tokens.get(j + 1).is(".") && tokens.get(j + 2).isName()) {
                    chain.add(tokens.get(j + 2));
                    j += 2;
                }
                boolean isTable = afterIntroducer && !(j + 1 < tokens.size() && tokens.get(j + 1).is("("));
                if (isTable || afterIntroducer) {
                    sources.set(scope, sources.get(scope) + 1);
                }
                chains.add(chain);
                plain.add(null);
                tableRef.add(isTable);
                scopeOf.add(scope);
                i = j;
                continue;
            }
            if (t.is("(")) {
                if (afterIntroducer) {
                    sources.set(scope, sources.get(scope) + 1); // derived table
                }
                boolean subquery = i + 1 < tokens.size()
                        && (tokens.get(i + 1).is("select") || tokens.get(i + 1).is("with"));
                if (subquery) {
                    sources.add(0);
                    stack.add(sources.size() - 1);
                } else {
                    stack.add(scope); // grouping or call: same query block
                }
            } else if (t.is(")") && stack.size() > 1) {
                stack.remove(stack.size() - 1);
            } else if (t.is(",") && fromListComma(tokens, i)) {
                sources.set(scope, sources.get(scope) + 1);
            }
            chains.add(null);
            plain.add(t);
            tableRef.add(false);
            scopeOf.add(scope);
        }
        List<Token> out = new ArrayList<>();
        for (int k = 0; k < chains.size(); k++) {
            List<Token> chain = chains.get(k);
            if (chain == null) {
                out.add(plain.get(k));
                continue;
            }
            boolean singleSource = sources.get(scopeOf.get(k)) <= 1;
            int keep = tableRef.get(k) || chain.size() == 1 || singleSource ? 1 : 2;
            List<Token> kept = chain.subList(chain.size() - keep, chain.size());
            for (int m = 0; m < kept.size(); m++) {
                if (m > 0) {
                    out.add(new Token(Kind.SYMBOL, "."));
                }
                out.add(new Token(Kind.IDENT, kept.get(m).text()));
            }
        }
        return out;
    }

    /** A comma directly inside a FROM list (old-style joins) adds a table source. */
    private static boolean fromListComma(List<Token> tokens, int commaIndex) {
        int depth = 0;
        for (int i = commaIndex - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.is(")")) {
                depth++;
            } else if (t.is("(")) {
                if (depth == 0) {
                    return false;
                }
                depth--;
            } else if (depth == 0 && t.kind() == Kind.WORD) {
                if (t.text().equals("from")) {
                    return true;
                }
                if (CLAUSE_WORDS.contains(t.text())) {
                    return false;
                }
            }
        }
        return false;
    }

    private static boolean isKeyword(Token t) {
        return t.kind() == Kind.WORD && (CLAUSE_WORDS.contains(t.text()) || COMPARISON.contains(t.text())
                || Set.of("and", "or", "not", "null", "case", "when", "then", "else", "end", "distinct", "all",
                "by", "asc", "desc", "in", "exists", "true", "false", "interval", "with", "recursive", "over",
                "partition", "rows", "range", "between", "preceding", "following", "current", "row",
                "unbounded", "cast", "values").contains(t.text()));
    }

    // ---- grouping parentheses in scalar expressions ------------------------------------------------------------

    /** Binary (and prefix) operators by precedence, loosest first, as StarRocks' grammar binds them. */
    private static final Map<String, Integer> PRECEDENCE = Map.ofEntries(
            Map.entry("or", 1), Map.entry("||", 1), Map.entry("xor", 2), Map.entry("and", 3), Map.entry("&&", 3),
            Map.entry("not", 4),
            Map.entry("=", 5), Map.entry("<=>", 5), Map.entry("<", 5), Map.entry(">", 5), Map.entry("<=", 5),
            Map.entry(">=", 5), Map.entry("!=", 5), Map.entry("<>", 5), Map.entry("is", 5), Map.entry("like", 5),
            Map.entry("regexp", 5), Map.entry("rlike", 5), Map.entry("in", 5), Map.entry("between", 5),
            Map.entry("|", 6), Map.entry("&", 7), Map.entry("<<", 8), Map.entry(">>", 8),
            Map.entry("+", 9), Map.entry("-", 9),
            Map.entry("*", 10), Map.entry("/", 10), Map.entry("%", 10), Map.entry("div", 10), Map.entry("mod", 10),
            Map.entry("^", 11), Map.entry("->", 12), Map.entry("->>", 12));

    /** Words that end one part of an expression and start another: a group next to them needs no parentheses. */
    private static final Set<String> DELIMITERS = Set.of("(", ",", "when", "then", "else", "as");

    /** Bare words that are values, not operators or clause words. */
    private static final Set<String> VALUE_WORDS = Set.of("true", "false", "null");

    /**
     * The tokens of a scalar expression without the parentheses that only group: around the whole expression, around
     * a single operand ({@code (length(dt)) = 6}), around an argument, and around an operation that binds tighter
     * than the operators next to it ({@code (a * b) + c}, {@code a + (b * c)}). Parentheses of calls, IN lists and
     * subqueries, and any group whose content or neighbours are not plainly operators and operands, are kept.
     */
    private static List<Token> withoutGroupingParentheses(List<Token> tokens) {
        List<Token> current = tokens;
        while (current.size() >= 2 && current.get(0).is("(") && matching(current, 0) == current.size() - 1) {
            current = current.subList(1, current.size() - 1);
        }
        for (int i = 0; i < current.size(); i++) {
            if (!current.get(i).is("(")) {
                continue;
            }
            int close = matching(current, i);
            if (close < 0) {
                break;
            }
            if (groupingOnly(current, i, close)) {
                List<Token> next = new ArrayList<>(current.subList(0, i));
                next.addAll(current.subList(i + 1, close));
                next.addAll(current.subList(close + 1, current.size()));
                current = next;
                i--; // look at the same place again: the group may have started with another group
            }
        }
        return current;
    }

    /** True when the parentheses at {@code open} and {@code close} group an operand that needs no grouping there. */
    private static boolean groupingOnly(List<Token> tokens, int open, int close) {
        Token before = open > 0 ? tokens.get(open - 1) : null;
        Token after = close + 1 < tokens.size() ? tokens.get(close + 1) : null;
        if (before != null && (before.is(")") || before.is("]") || before.is("in") || before.isName()
                && !PRECEDENCE.containsKey(before.text()) && !DELIMITERS.contains(before.text()))) {
            return false; // a call, a type's arguments, a subscript, an IN list, a clause word such as OVER / VALUES
        }
        int inner = Integer.MAX_VALUE;
        int depth = 0;
        for (int i = open + 1; i < close; i++) {
            Token t = tokens.get(i);
            if (t.is("(") || t.is("[")) {
                depth++;
            } else if (t.is(")") || t.is("]")) {
                depth--;
            } else if (depth == 0) {
                boolean call = t.kind() == Kind.WORD && tokens.get(i + 1).is("(");
                boolean operand = t.kind() != Kind.WORD && t.kind() != Kind.SYMBOL || VALUE_WORDS.contains(t.text())
                        || t.kind() == Kind.WORD && (call || !isKeyword(t)) && !PRECEDENCE.containsKey(t.text());
                if (PRECEDENCE.containsKey(t.text()) && t.kind() != Kind.IDENT) {
                    inner = Math.min(inner, PRECEDENCE.get(t.text()));
                } else if (!operand && !t.is(".")) {
                    return false; // a comma, CASE, INTERVAL, SELECT ...: not a plain operation
                }
            }
        }
        int outer = 0;
        if (before != null && !DELIMITERS.contains(before.text())) {
            outer = PRECEDENCE.get(before.text()) + 1; // the group is the right operand: it must bind tighter
        }
        if (after != null && !after.is(")") && !after.is(",") && !DELIMITERS.contains(after.text())
                && !after.is("then") && !after.is("else") && !after.is("end") && !after.is("when")) {
            Integer next = PRECEDENCE.get(after.text());
            if (next == null || after.kind() == Kind.IDENT) {
                return false;
            }
            outer = Math.max(outer, next); // the group is the left operand: it may bind as tightly
        }
        return inner >= outer;
    }

    /** {@code (a = 1)} → {@code a = 1} where the parentheses group a single comparison and call no function. */
    private static List<Token> dropRedundantParentheses(List<Token> tokens) {
        List<Token> current = tokens;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < current.size(); i++) {
                if (!current.get(i).is("(")) {
                    continue;
                }
                if (i > 0 && (current.get(i - 1).isName() && !isKeyword(current.get(i - 1))
                        || current.get(i - 1).is("in") || current.get(i - 1).is("exists")
                        || current.get(i - 1).is("over") || current.get(i - 1).is(")"))) {
                    continue; // function call, IN list, window
                }
                int close = matching(current, i);
                if (close < 0 || !singleComparison(current, i + 1, close)) {
                    continue;
                }
                List<Token> next = new ArrayList<>(current.subList(0, i));
                next.addAll(current.subList(i + 1, close));
                next.addAll(current.subList(close + 1, current.size()));
                current = next;
                changed = true;
                break;
            }
        }
        return current;
    }

    private static boolean singleComparison(List<Token> tokens, int from, int to) {
        int depth = 0;
        boolean comparison = false;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.is("(")) {
                depth++;
            } else if (t.is(")")) {
                depth--;
            } else if (depth == 0) {
                if (t.is("and") || t.is("or") || t.is("&&") || t.is("||") || t.is(",") || t.is("select")
                        || t.is("xor") || t.is("not") && !comparison) {
                    if (!(t.is("not") && i > from && tokens.get(i - 1).is("is"))) {
                        return false;
                    }
                }
                if (COMPARISON.contains(t.text()) && t.kind() != Kind.STRING) {
                    comparison = true;
                }
            }
        }
        return comparison;
    }

    private static int matching(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).is("(")) {
                depth++;
            } else if (tokens.get(i).is(")")) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }
}
