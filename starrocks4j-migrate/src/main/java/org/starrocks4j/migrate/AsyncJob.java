package org.starrocks4j.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.starrocks4j.jdbc.AlterJobKind;
import org.starrocks4j.schema.ObjectName;

/**
 * The asynchronous job a statement starts on the server, if any: column changes, index changes and sort key
 * changes ({@code ORDER BY} alone) are {@code SHOW ALTER TABLE COLUMN} jobs, and so are bloom filter changes
 * ({@code SET ("bloom_filter_columns" = ...)}) and, on shared-data tables, persistent index changes; DISTRIBUTED BY and
 * PARTITION BY changes (with an ORDER BY or not) are {@code SHOW ALTER TABLE OPTIMIZE} jobs; rollups are
 * {@code SHOW ALTER TABLE ROLLUP} jobs. What the real server answered ({@code starrocks-corpus/live/alter}): ADD and
 * DROP INDEX, SET bloom_filter_columns and ORDER BY each ran as a COLUMN job; a bucket count change as an OPTIMIZE
 * job; ADD/DROP/MODIFY PARTITION, COMMENT and other SETs ran synchronously. A synchronous materialized view
 * ({@code CREATE MATERIALIZED VIEW mv AS SELECT ... FROM t}: neither REFRESH nor DISTRIBUTED BY, which the server's
 * parser reads as a SYNC refresh, or {@code REFRESH SYNC}) is built as a rollup of its base table, a {@code ROLLUP}
 * job on {@code t}. The server refuses any ALTER of a table while one of its jobs runs, so the runner waits for each.
 *
 * <p>Recognition reads only the statement's leading keywords and top-level clauses, not a full parse: revision
 * files hold any SQL the user writes, and a statement the DDL parser does not model must still be waited for.
 *
 * @param table the table the job runs on
 * @param kind  which {@code SHOW ALTER TABLE} list shows it
 */
public record AsyncJob(ObjectName table, AlterJobKind kind) {

    /**
     * Properties whose change StarRocks runs as a schema-change job, like a column change (the persistent index ones
     * on shared-data tables; on shared-nothing they apply at once, and the wait finds no running job).
     */
    private static final Set<String> JOB_PROPERTIES = Set.of("bloom_filter_columns", "bloom_filter_fpp",
            "enable_persistent_index", "persistent_index_type");

    public AsyncJob {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(kind, "kind");
    }

    /** The job {@code statement} starts, or empty for statements that complete synchronously. */
    public static Optional<AsyncJob> of(String statement) {
        List<String> tokens = tokens(statement);
        if (tokens.size() >= 2 && is(tokens, 0, "ALTER") && is(tokens, 1, "TABLE")) {
            int[] next = {2};
            ObjectName table = name(tokens, next);
            if (table == null || tokens.size() < 4) {
                return Optional.empty();
            }
            Optional<AlterJobKind> kind = kindOfAlter(tokens.subList(next[0], tokens.size()));
            if (kind.isEmpty() && setsJobProperty(statement)) {
                kind = Optional.of(AlterJobKind.COLUMN);
            }
            return kind.map(k -> new AsyncJob(table, k));
        }
        if (createsMaterializedView(tokens)) {
            return synchronousMaterializedView(tokens).map(t -> new AsyncJob(t, AlterJobKind.ROLLUP));
        }
        // CREATE INDEX ... ON t and DROP INDEX ... ON t: index changes run as column jobs
        return alteredTable(statement).map(t -> new AsyncJob(t, AlterJobKind.COLUMN));
    }

    /**
     * The table {@code statement} changes with an ALTER ({@code ALTER TABLE t ...}, {@code CREATE INDEX ... ON t},
     * {@code DROP INDEX ... ON t}, and a synchronous materialized view, which adds a rollup to {@code t}), job or
     * not: the server refuses it while a schema-change job runs on that table.
     */
    public static Optional<ObjectName> alteredTable(String statement) {
        List<String> tokens = tokens(statement);
        if (tokens.size() >= 3 && is(tokens, 0, "ALTER") && is(tokens, 1, "TABLE")) {
            return Optional.ofNullable(name(tokens, new int[] {2}));
        }
        if (createsMaterializedView(tokens)) {
            return synchronousMaterializedView(tokens);
        }
        boolean index = tokens.size() >= 5 && (is(tokens, 0, "CREATE") || is(tokens, 0, "DROP"))
                && (is(tokens, 1, "INDEX") || is(tokens, 2, "INDEX"));
        int on = index ? indexOf(tokens, "ON") : -1;
        return on > 0 ? Optional.ofNullable(name(tokens, new int[] {on + 1})) : Optional.empty();
    }

    /** The review note that follows a statement starting this job in offline SQL and exports. */
    public String note() {
        return "-- asynchronous: wait until SHOW ALTER TABLE " + kind + " shows the job on " + table.toSql()
                + " FINISHED before the next change of that table";
    }

    private static Optional<AlterJobKind> kindOfAlter(List<String> clauses) {
        if (clauses.size() >= 2 && is(clauses, 0, "ADD")
                && (is(clauses, 1, "PARTITION") || is(clauses, 1, "PARTITIONS"))) {
            return Optional.empty(); // new partitions are created at once, with or without their own DISTRIBUTED BY
        }
        boolean column = false;
        boolean optimize = false;
        boolean sortKey = false;
        boolean rollup = false;
        for (int i = 0; i < clauses.size(); i++) {
            String t = clauses.get(i).toUpperCase(Locale.ROOT);
            String next = i + 1 < clauses.size() ? clauses.get(i + 1).toUpperCase(Locale.ROOT) : "";
            switch (t) {
                case "ADD", "DROP", "MODIFY" -> {
                    if (next.equals("COLUMN") || next.equals("(") || next.equals("INDEX")) {
                        column = true;
                    } else if (next.equals("ROLLUP") && t.equals("ADD")) {
                        rollup = true; // DROP ROLLUP completes at once
                    }
                }
                case "DISTRIBUTED", "PARTITION" -> {
                    // top-level DISTRIBUTED BY / PARTITION BY: a table rewrite (OPTIMIZE job)
                    if (next.equals("BY")) {
                        optimize = true;
                    }
                }
                case "ORDER" -> {
                    // ORDER BY alone changes the sort key in a schema-change job (live/alter/21, 22: COLUMN)
                    if (next.equals("BY")) {
                        sortKey = true;
                    }
                }
                default -> { }
            }
        }
        if (column) {
            return Optional.of(AlterJobKind.COLUMN);
        }
        if (optimize) {
            return Optional.of(AlterJobKind.OPTIMIZE);
        }
        if (sortKey) {
            return Optional.of(AlterJobKind.COLUMN);
        }
        return rollup ? Optional.of(AlterJobKind.ROLLUP) : Optional.empty();
    }

    private static boolean createsMaterializedView(List<String> tokens) {
        return tokens.size() >= 5 && is(tokens, 0, "CREATE") && is(tokens, 1, "MATERIALIZED") && is(tokens, 2, "VIEW");
    }

    /**
     * The base table of a synchronous materialized view: the server's parser makes a {@code CREATE MATERIALIZED
     * VIEW} without REFRESH and without DISTRIBUTED BY (or with {@code REFRESH SYNC}) a SYNC one, a rollup of the
     * single table its query reads.
     * Empty for an asynchronous one, or when the query reads no plain table name (the server refuses such a
     * synchronous view anyway).
     */
    private static Optional<ObjectName> synchronousMaterializedView(List<String> tokens) {
        int as = indexOf(tokens, "AS");
        if (as < 0) {
            return Optional.empty();
        }
        List<String> clauses = tokens.subList(0, as);
        int refresh = indexOf(clauses, "REFRESH");
        boolean refreshSync = refresh >= 0 && refresh + 1 < clauses.size() && is(clauses, refresh + 1, "SYNC");
        if (refresh >= 0 && !refreshSync || indexOf(clauses, "DISTRIBUTED") >= 0) {
            return Optional.empty();
        }
        List<String> query = tokens.subList(as + 1, tokens.size());
        int from = indexOf(query, "FROM");
        return from < 0 ? Optional.empty() : Optional.ofNullable(name(query, new int[] {from + 1}));
    }

    /** {@code ALTER TABLE t SET ("bloom_filter_columns" = ...)}: rebuilds the bloom filter index in a job. */
    private static boolean setsJobProperty(String statement) {
        String flat = SqlStatements.collapseWhitespace(statement).toLowerCase(Locale.ROOT);
        if (!flat.matches("(?s)alter table .*\\bset\\s*\\(.*")) {
            return false;
        }
        return JOB_PROPERTIES.stream().anyMatch(p -> flat.contains("\"" + p + "\""));
    }

    private static boolean is(List<String> tokens, int i, String keyword) {
        return tokens.get(i).equalsIgnoreCase(keyword);
    }

    private static int indexOf(List<String> tokens, String keyword) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).equalsIgnoreCase(keyword)) {
                return i;
            }
        }
        return -1;
    }

    /** Reads {@code a}, {@code a.b} or {@code a.b.c} (catalog.db.table) starting at {@code at[0]}. */
    private static ObjectName name(List<String> tokens, int[] at) {
        List<String> parts = new ArrayList<>();
        int i = at[0];
        while (i < tokens.size()) {
            String t = tokens.get(i);
            if (!isIdentifier(t)) {
                return null;
            }
            parts.add(unquote(t));
            i++;
            if (i < tokens.size() && tokens.get(i).equals(".")) {
                i++;
            } else {
                break;
            }
        }
        at[0] = i;
        return switch (parts.size()) {
            case 1 -> ObjectName.of(parts.get(0));
            case 2 -> ObjectName.of(parts.get(0), parts.get(1));
            case 3 -> new ObjectName(parts.get(0), parts.get(1), parts.get(2));
            default -> null;
        };
    }

    private static boolean isIdentifier(String token) {
        return token.startsWith("`") || Character.isLetterOrDigit(token.charAt(0)) || token.charAt(0) == '_';
    }

    private static String unquote(String token) {
        return token.startsWith("`") ? token.substring(1, token.length() - 1).replace("``", "`") : token;
    }

    /** Tokens at parenthesis depth 0 (parenthesised parts become one {@code (} token); literals skipped. */
    private static List<String> tokens(String sql) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int i = 0;
        String s = SqlStatements.split(sql).stream().findFirst().orElse("");
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'' || c == '"') {
                i = SqlStatements.endOfQuoted(s, i, c);
            } else if (c == '`') {
                int end = SqlStatements.endOfQuoted(s, i, c);
                if (depth == 0) {
                    out.add(s.substring(i, end));
                }
                i = end;
            } else if (c == '(') {
                if (depth == 0) {
                    out.add("(");
                }
                depth++;
                i++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
                i++;
            } else if (Character.isLetterOrDigit(c) || c == '_') {
                int end = i;
                while (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '_')) {
                    end++;
                }
                if (depth == 0) {
                    out.add(s.substring(i, end));
                }
                i = end;
            } else {
                if (depth == 0) {
                    out.add(String.valueOf(c));
                }
                i++;
            }
        }
        return out;
    }
}
