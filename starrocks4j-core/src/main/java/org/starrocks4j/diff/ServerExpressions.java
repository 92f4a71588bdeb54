package org.starrocks4j.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.starrocks4j.lexical.SqlLexer;
import org.starrocks4j.lexical.SqlParseException;
import org.starrocks4j.lexical.SqlToken;

/**
 * What the server does to an expression (generated column, partition key) between CREATE and SHOW CREATE, as data:
 * the arguments it fills in, the equivalent call forms it prints, the type names it prints in a CAST. Applied to
 * {@link SqlNormalizer#canonicalExpression canonical} text (lower case, one spelling), so that what a user wrote and
 * what the server printed become the same text.
 */
final class ServerExpressions {

    /**
     * Functions ending in an optional boolean flag the server fills in when a call leaves it out, with the flag's
     * default: it prints {@code dictionary_get('d', k)} as {@code DICTIONARY_GET('d', k, false)}.
     */
    private static final Map<String, String> DEFAULT_FLAGS = Map.of("dictionary_get", "false");

    /**
     * Type names the server prints in another spelling inside {@code CAST(... AS type)}: {@code CAST(ts AS STRING)}
     * is printed {@code CAST(ts AS VARCHAR(65533))} (live corpus pairs 0388, 1269).
     */
    private static final Map<String, String> CAST_TYPE_SPELLINGS = Map.of("string", "varchar(65533)");

    /** {@code time_slice}'s default boundary, which the server prints or leaves out. */
    private static final String TIME_SLICE_DEFAULT_BOUNDARY = "floor";

    private static final Pattern QUOTED_WORD = Pattern.compile("'([a-z]+)'");

    private ServerExpressions() {
    }

    /** The canonical text with the server's rewrites undone into one spelling. */
    static String rewrite(String canonical) {
        String sql = castTypes(canonical);
        for (Map.Entry<String, String> f : DEFAULT_FLAGS.entrySet()) {
            sql = rewriteCalls(sql, f.getKey(), args -> withFlag(args, f.getValue()));
        }
        return rewriteCalls(sql, "time_slice", ServerExpressions::timeSlice);
    }

    /** {@code f(a, b)} → {@code f(a, b, flag)} unless the last argument is a boolean literal already. */
    private static List<String> withFlag(List<String> args, String flag) {
        String last = args.isEmpty() ? "" : args.get(args.size() - 1);
        if (last.isEmpty() || last.equals("true") || last.equals("false")) {
            return args;
        }
        List<String> out = new ArrayList<>(args);
        out.add(flag);
        return out;
    }

    /**
     * {@code time_slice(t, interval n unit)} in its one spelling: the server prints it as
     * {@code time_slice(t, n, 'unit', 'floor')} (partition functions, live corpus pair 0333) or
     * {@code time_slice(t, INTERVAL n unit, floor)} (pair 1509); the default boundary {@code floor} is left out.
     */
    private static List<String> timeSlice(List<String> args) {
        List<String> out = new ArrayList<>(args);
        if (out.size() == 4 && out.get(1).matches("\\d+")) {
            Matcher unit = QUOTED_WORD.matcher(out.get(2));
            Matcher boundary = QUOTED_WORD.matcher(out.get(3));
            if (!unit.matches() || !boundary.matches()) {
                return args;
            }
            out = new ArrayList<>(List.of(out.get(0), "interval " + out.get(1) + " " + unit.group(1),
                    boundary.group(1)));
        }
        if (out.size() == 3 && out.get(1).startsWith("interval ") && out.get(2).equals(TIME_SLICE_DEFAULT_BOUNDARY)) {
            out.remove(2);
        }
        return out;
    }

    /** {@code ... as string)} → {@code ... as varchar(65533))}, for the type names of {@link #CAST_TYPE_SPELLINGS}. */
    private static String castTypes(String sql) {
        List<SqlToken> tokens = tokens(sql);
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (int i = 0; i + 2 < tokens.size(); i++) {
            String spelled = CAST_TYPE_SPELLINGS.get(tokens.get(i + 1).text());
            if (tokens.get(i).isKeyword("as") && tokens.get(i + 1).kind() == SqlToken.Kind.WORD && spelled != null
                    && tokens.get(i + 2).isSymbol(")")) {
                out.append(sql, copied, tokens.get(i + 1).start()).append(spelled);
                copied = tokens.get(i + 1).end();
            }
        }
        return out.append(sql, copied, sql.length()).toString();
    }

    /**
     * Each call of {@code function} with its top-level arguments (as text) replaced by {@code rewrite}'s. Works on
     * {@link SqlLexer} tokens, so names inside strings are not calls; arguments are rewritten outermost call first
     * and are not searched again. Text that is not SQL is returned unchanged.
     */
    private static String rewriteCalls(String sql, String function, UnaryOperator<List<String>> rewrite) {
        List<SqlToken> tokens = tokens(sql);
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!tokens.get(i).isKeyword(function) || !tokens.get(i + 1).isSymbol("(")) {
                continue;
            }
            List<String> args = new ArrayList<>();
            int argumentStart = tokens.get(i + 1).end();
            int depth = 0;
            int close = -1;
            for (int j = i + 1; j < tokens.size() && close < 0; j++) {
                SqlToken t = tokens.get(j);
                if (t.isSymbol("(") || t.isSymbol("[")) {
                    depth++;
                } else if ((t.isSymbol(")") || t.isSymbol("]")) && --depth == 0) {
                    close = j;
                    args.add(sql.substring(argumentStart, t.start()).strip());
                } else if (t.isSymbol(",") && depth == 1) {
                    args.add(sql.substring(argumentStart, t.start()).strip());
                    argumentStart = t.end();
                }
            }
            if (close < 0) {
                break;
            }
            if (args.size() == 1 && args.get(0).isEmpty()) {
                args = List.of();
            }
            List<String> rewritten = rewrite.apply(args);
            if (!rewritten.equals(args)) {
                out.append(sql, copied, tokens.get(i + 1).end()).append(String.join(", ", rewritten)).append(')');
                copied = tokens.get(close).end();
            }
            i = close;
        }
        return out.append(sql, copied, sql.length()).toString();
    }

    private static List<SqlToken> tokens(String sql) {
        try {
            return SqlLexer.tokenize(sql);
        } catch (SqlParseException notSql) {
            return List.of();
        }
    }
}
