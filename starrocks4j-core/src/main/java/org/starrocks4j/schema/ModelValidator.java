package org.starrocks4j.schema;

import java.util.ArrayList;
import java.util.List;
import org.starrocks4j.sql.VerbatimSql;

/**
 * The rules StarRocks enforces that the statement alone reveals. Each problem names the object, the rule and
 * the fix. Builders call {@link #requireValid}; the renderer calls it again for objects built unchecked.
 */
public final class ModelValidator {

    private ModelValidator() {
    }

    /** Throws {@link InvalidModelException} listing every broken rule, or returns when there is none. */
    public static void requireValid(SchemaObject object) {
        List<String> problems = problems(object);
        if (!problems.isEmpty()) {
            throw new InvalidModelException(problems);
        }
    }

    /** Every broken rule of the object, in a stable order; empty when valid. */
    public static List<String> problems(SchemaObject object) {
        List<String> problems = new ArrayList<>();
        if (object instanceof Table table) {
            TableRules.check(table, problems);
        } else if (object instanceof View view) {
            viewColumns(object, view.columns(), problems);
            definition(object, view.definition(), problems);
        } else if (object instanceof MaterializedView mv) {
            viewColumns(object, mv.columns(), problems);
            definition(object, mv.definition(), problems);
            if (mv.partitioning() != null) {
                for (PartitionExpression key : mv.partitioning().keys()) {
                    if (!key.isColumn()) {
                        ExpressionRules.verbatim(mv.kind() + " " + mv.name() + ": the partition expression", key.sql(),
                                problems);
                    }
                }
            }
            IndexRules.check(mv, problems);
            PropertyRules.check(mv, mv.properties(), problems);
        }
        return problems;
    }

    /**
     * The query is written after {@code AS} as it is: it must be one statement's worth of SQL (line comments are
     * fine, the renderer ends the statement on a new line after one).
     */
    private static void definition(SchemaObject object, String definition, List<String> problems) {
        VerbatimSql facts = VerbatimSql.of(definition);
        String what = object.kind() + " " + object.name() + ": the query";
        if (!facts.readable()) {
            problems.add(what + " leaves a quote, back-quote or comment open; close it");
        } else if (facts.semicolon()) {
            problems.add(what + " contains ';', which would end the statement; give a single query without ';'");
        } else if (!facts.balanced()) {
            problems.add(what + " has unbalanced parentheses; close each '(' once");
        }
    }

    private static void viewColumns(SchemaObject object, List<ViewColumn> columns, List<String> problems) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (ViewColumn c : columns) {
            if (!seen.add(c.name().toLowerCase(java.util.Locale.ROOT))) {
                problems.add(object.kind() + " " + object.name() + ": column '" + c.name()
                        + "' is listed twice; view column names must be unique");
            }
        }
    }
}
