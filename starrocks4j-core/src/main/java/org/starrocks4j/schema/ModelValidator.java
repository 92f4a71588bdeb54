package org.starrocks4j.schema;

import java.util.ArrayList;
import java.util.List;

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
        } else if (object instanceof MaterializedView mv) {
            viewColumns(object, mv.columns(), problems);
            IndexRules.check(mv, problems);
            PropertyRules.check(mv, mv.properties(), problems);
        }
        return problems;
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
