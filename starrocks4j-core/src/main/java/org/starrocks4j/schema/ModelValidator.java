package org.starrocks4j.schema;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.starrocks4j.lexical.VerbatimSql;

/**
 * The rules StarRocks enforces that the statement alone reveals. Each problem names the object, the rule and
 * the fix. Builders call {@link #requireValid}; the renderer calls it again for objects built unchecked.
 */
public final class ModelValidator {

    private static final Pattern USER_VARIABLE_HINT =
            Pattern.compile("(?is)/\\*\\+.*?set_user_variable\\s*\\(.*?\\*/");

    private ModelValidator() {
    }

    /** Throws {@link InvalidModelException} listing every broken rule, or returns when there is none. */
    public static void requireValid(SchemaObject object) {
        List<String> problems = problems(object);
        if (!problems.isEmpty()) {
            throw new InvalidModelException(problems);
        }
    }

    /**
     * The rules whose answer depends on when the statement runs, for DDL about to run at {@code now}: a
     * {@code storage_cooldown_time} must lie in the future ("Cooldown time should be later than now"). They are not
     * part of {@link #problems}, so that building a model gives the same answer every day; the migration runner
     * checks them before it runs anything.
     *
     * @param what       the object or statement, for the messages (e.g. {@code table t})
     * @param properties the PROPERTIES of a CREATE, or the properties an {@code ALTER ... SET} sets
     */
    public static List<String> problemsWhenRun(String what, Map<String, String> properties, Instant now) {
        List<String> problems = new ArrayList<>();
        TimeRules.check(what, properties, now, problems);
        return problems;
    }

    /** {@link #problemsWhenRun(String, Map, Instant)} for the properties of a table or MV. */
    public static List<String> problemsWhenRun(SchemaObject object, Instant now) {
        Map<String, String> properties = object instanceof Table t ? t.properties()
                : object instanceof MaterializedView mv ? mv.properties() : Map.of();
        return problemsWhenRun(object.kind() + " " + object.name(), properties, now);
    }

    /**
     * The rules a column definition breaks by itself, for {@code ADD} and {@code MODIFY COLUMN}, where the table is
     * not at hand: its type, name, AUTO_INCREMENT, generated expression and default.
     *
     * @param where names the statement and the column in the messages, e.g. {@code ALTER TABLE t, column 'c'}
     */
    public static List<String> problems(Column column, String where) {
        List<String> problems = new ArrayList<>();
        ColumnRules.alone(column, where, problems);
        return problems;
    }

    /** The rules an index definition breaks by itself, for {@code ADD INDEX}: one column, its name, its options. */
    public static List<String> problems(Index index, String where) {
        List<String> problems = new ArrayList<>();
        IndexRules.alone(index, where, problems);
        return problems;
    }

    /**
     * The rules PROPERTIES values break by themselves, for {@code ALTER ... SET (...)}: numbers, booleans, choices,
     * compression.
     *
     * @param where names the statement in the messages, e.g. {@code ALTER TABLE t}
     */
    public static List<String> propertyProblems(String where, Map<String, String> properties) {
        List<String> problems = new ArrayList<>();
        PropertyRules.oneSpellingEach(where, properties, problems);
        PropertyRules.values(where + ", property '", properties, problems);
        return problems;
    }

    /**
     * The rules a synchronous materialized view breaks by itself, for {@code CREATE MATERIALIZED VIEW} of one, where
     * the table is not at hand: its query must be one piece of SQL that reads {@code table} and no other.
     */
    public static List<String> problems(SyncMaterializedView view, ObjectName table) {
        List<String> problems = new ArrayList<>();
        SyncMaterializedViewRules.alone(view, table, problems);
        return problems;
    }

    /** Every broken rule of the object, in a stable order; empty when valid. */
    public static List<String> problems(SchemaObject object) {
        List<String> problems = new ArrayList<>();
        if (object instanceof Table table) {
            TableRules.check(table, problems);
        } else if (object instanceof View view) {
            viewColumns(object, view.columns(), problems);
            definition(object.kind() + " " + object.name(), view.definition(), problems);
        } else if (object instanceof MaterializedView mv) {
            viewColumns(object, mv.columns(), problems);
            definition(object.kind() + " " + object.name(), mv.definition(), problems);
            materializedView(mv, problems);
            IndexRules.check(mv, problems);
            PropertyRules.check(mv, mv.properties(), problems);
        }
        return problems;
    }

    /**
     * A materialized view's partition expressions and query, as far as their text shows: the query cannot set user
     * variables in a hint (corpus rejected/0094).
     */
    private static void materializedView(MaterializedView mv, List<String> problems) {
        String m = mv.kind() + " " + mv.name();
        if (mv.partitioning() != null) {
            for (PartitionExpression key : mv.partitioning().keys()) {
                if (!key.isColumn()) {
                    ExpressionRules.verbatim(m + ": the partition expression", key.sql(), problems);
                }
            }
        }
        if (USER_VARIABLE_HINT.matcher(mv.definition()).find()) {
            problems.add(m + ": unsupported user variable hint in Materialized view for now; remove the "
                    + "set_user_variable hint from the query");
        }
    }

    /**
     * The query is written after {@code AS} as it is: it must be one statement's worth of SQL (line comments are
     * fine, the renderer ends the statement on a new line after one).
     */
    static void definition(String object, String definition, List<String> problems) {
        VerbatimSql facts = VerbatimSql.of(definition);
        String what = object + ": the query";
        if (!facts.readable()) {
            problems.add(what + " leaves a quote, back-quote or comment open; close it");
        } else if (facts.semicolon()) {
            problems.add(what + " contains ';', which would end the statement; give a single query without ';'");
        } else if (!facts.balanced()) {
            problems.add(what + " has unbalanced parentheses; close each '(' once");
        }
    }

    private static void viewColumns(SchemaObject object, List<ViewColumn> columns, List<String> problems) {
        Set<String> seen = new HashSet<>();
        for (ViewColumn c : columns) {
            if (!seen.add(c.name().toLowerCase(Locale.ROOT))) {
                problems.add(object.kind() + " " + object.name() + ": column '" + c.name()
                        + "' is listed twice; view column names must be unique");
            }
        }
    }
}
