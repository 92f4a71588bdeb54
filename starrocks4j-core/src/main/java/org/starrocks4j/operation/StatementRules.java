package org.starrocks4j.operation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.starrocks4j.schema.AggregateType;
import org.starrocks4j.schema.Column;
import org.starrocks4j.schema.InvalidModelException;
import org.starrocks4j.schema.ModelValidator;

/**
 * The rules an ALTER statement breaks on its own, without the table it alters (corpus rejected/): the column,
 * index and property definitions it carries, and how its clauses combine. Rules that need the table's current state
 * (its key model, its columns) are {@link org.starrocks4j.rules.ServerRules}'; running jobs are the server's. The
 * parser applies these when it validates, the replay for every statement it applies ({@link SchemaReplay}); the
 * renderer applies the column-clause rules before it writes a statement.
 */
public final class StatementRules {

    private StatementRules() {
    }

    /** Throws {@link InvalidModelException} listing every broken rule, or returns when there is none. */
    public static void requireValid(Operation operation) {
        List<String> problems = problems(operation);
        if (!problems.isEmpty()) {
            throw new InvalidModelException(problems);
        }
    }

    /** Every rule the statement breaks by itself, in a stable order; empty when there is none. */
    public static List<String> problems(Operation operation) {
        List<String> problems = new ArrayList<>();
        if (operation instanceof TableOperation.AlterColumns op) {
            columnClauses(op, problems);
        } else if (operation instanceof TableOperation.SetProperty op) {
            problems.addAll(ModelValidator.propertyProblems("ALTER TABLE " + op.target(), Map.of(op.key(), op.value())));
        } else if (operation instanceof TableOperation.SetOrderBy op) {
            Set<String> seen = new HashSet<>();
            for (String c : op.columns()) {
                if (!seen.add(c.toLowerCase(Locale.ROOT))) {
                    // corpus rejected/0191, 0194, 0196, 0202
                    problems.add("ALTER TABLE " + op.target() + " ORDER BY: Duplicated column[" + c + "]; list each "
                            + "column once");
                }
            }
        } else if (operation instanceof TableOperation.CreateSyncMaterializedView op) {
            problems.addAll(ModelValidator.problems(op.view(), op.target()));
        } else if (operation instanceof TableOperation.CreateIndex op) {
            problems.addAll(ModelValidator.problems(op.index(), "ALTER TABLE " + op.target() + ", index '"
                    + op.index().name() + "'"));
        }
        return problems;
    }

    /**
     * ADD and MODIFY COLUMN: each column definition by itself, and what the server refuses in an ALTER only: a new or
     * changed AUTO_INCREMENT column (0043, 0045), the KEY marker with an aggregate type (0023) or on a generated
     * column (0121, 0129), a position for a generated column (0137), a column placed after a generated one (0139),
     * and one column added twice with two definitions (0017, 0026). Separate ADD COLUMN clauses may add ordinary and
     * generated columns together (corpus pairs/0085); a single {@code ADD COLUMN (...)} list may not, which the parser
     * checks, since the model does not tell the two forms apart.
     */
    private static void columnClauses(TableOperation.AlterColumns op, List<String> problems) {
        String alter = "ALTER TABLE " + op.target();
        Set<String> generatedAdded = new HashSet<>();
        Map<String, ColumnClause.Add> added = new HashMap<>();
        for (ColumnClause clause : op.clauses()) {
            Column column;
            boolean key;
            String verb;
            if (clause instanceof ColumnClause.Add add) {
                column = add.column();
                key = add.key();
                verb = "ADD";
                if (column.generatedAs() != null && add.position() != null) {
                    problems.add(alter + ": AFTER can not be set when ADD GENERATED COLUMN " + column.name()
                            + "; generated columns are added last");
                }
                String after = add.position() == null ? null : add.position().after();
                if (after != null && generatedAdded.contains(after.toLowerCase(Locale.ROOT))) {
                    problems.add(alter + ": Can not add column after Generated Column " + after + "; generated columns "
                            + "stay last, so place " + column.name() + " before them");
                }
                if (column.generatedAs() != null) {
                    generatedAdded.add(column.name().toLowerCase(Locale.ROOT));
                }
                ColumnClause.Add before = added.putIfAbsent(column.name().toLowerCase(Locale.ROOT), add);
                if (before != null && !before.equals(add)) {
                    problems.add(alter + ": Repeatedly add same column with different definition: " + column.name()
                            + "; add it once");
                }
            } else if (clause instanceof ColumnClause.Modify modify) {
                column = modify.column();
                key = modify.key();
                verb = "MODIFY";
            } else {
                continue;
            }
            String col = alter + ", column '" + column.name() + "'";
            if (column.autoIncrement()) {
                problems.add(alter + ": column " + column.name() + " can not be AUTO_INCREMENT when " + verb + " COLUMN; "
                        + "StarRocks cannot add or change an AUTO_INCREMENT column, recreate the table instead");
            }
            AggregateType aggregate = column.aggregate();
            if (key && aggregate != null) {
                problems.add(col + ": Cannot specify aggregate function '" + aggregate + "' for key column '"
                        + column.name() + "'; remove the aggregate type or the KEY marker");
            }
            if (key && column.generatedAs() != null) {
                problems.add(col + ": Generated Column can not be KEY; remove the KEY marker");
            }
            problems.addAll(ModelValidator.problems(column, col));
        }
    }
}
