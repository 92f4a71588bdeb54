package org.starrocks4j.diff;

import java.util.ArrayList;
import java.util.List;
import org.starrocks4j.operation.ColumnClause;
import org.starrocks4j.operation.ColumnPosition;
import org.starrocks4j.operation.TableOperation;
import org.starrocks4j.rules.ImplicitLayout;
import org.starrocks4j.rules.Names;
import org.starrocks4j.rules.ServerRules;
import org.starrocks4j.schema.Column;
import org.starrocks4j.schema.KeyType;
import org.starrocks4j.schema.Table;
import org.starrocks4j.schema.TableKey;

/**
 * A table's columns put in the model's order (live/alter case 10: a new order was only warned about before). After
 * the column ALTER, the columns stand where the server put them (adds FIRST, AFTER their predecessor, or at the end);
 * where that differs from the model, {@code ORDER BY} naming every column reorders them (the server reads it as a
 * reorder, not a sort key, except on PRIMARY KEY tables), and on PRIMARY KEY tables {@code MODIFY COLUMN ... AFTER}
 * moves each misplaced value column.
 */
final class ColumnOrder {

    /**
     * A new column order: the statement that makes it, the one that restores the order before, or why not.
     *
     * @param undo      {@code null} when the server refuses to restore the order
     * @param notUndone why {@code undo} is missing, else {@code null}
     */
    record Reorder(TableOperation up, TableOperation undo, String notUndone, List<String> order) {
    }

    private ColumnOrder() {
    }

    /**
     * The statement that puts the columns in the model's order after the column ALTER ran: {@code ORDER BY} naming
     * every column (the server reads it as a reorder, except on PRIMARY KEY tables), or on PRIMARY KEY tables
     * {@code MODIFY COLUMN ... AFTER} for each moved column. {@code null} when the order already matches.
     */
    static Reorder reorder(Table from, Table to, List<ColumnDiff.Edit> edits, ServerRules rules,
                           List<NonAlterableChange> problems) {
        String label = "table " + to.name().toSql();
        List<String> reached = orderAfter(from, to, edits);
        List<String> wanted = to.columns().stream().map(Column::name).toList();
        // the server checks the order each ADD COLUMN leaves, before any drop: no value column before a key column
        // the table holds (with no key stated, the one it inferred at creation). That is the key of `from`, even
        // where the model states a longer one: ADD COLUMN adds value columns
        List<ColumnDiff.Edit> adds = edits.stream().filter(e -> e.clause() instanceof ColumnClause.Add).toList();
        ServerRules.Refusal added = ServerRules.columnOrderRefusal(from, from, orderAfter(from, to, adds));
        if (added != null) {
            problems.add(new NonAlterableChange(to.name(), "column order", columnNames(from),
                    String.join(", ", wanted), added.message()));
            return null;
        }
        if (Names.sameColumns(reached, wanted) || reached.size() != wanted.size()) {
            return null; // in order, or some column change is refused (and the table needs a rebuild anyway)
        }
        List<String> moved = new ArrayList<>();
        List<ColumnClause> up = moves(to, reached, wanted, moved);
        ServerRules.Refusal refusal = rules.reorderRefusal(from, wanted, moved);
        if (refusal != null) {
            problems.add(new NonAlterableChange(to.name(), "column order", String.join(", ", reached),
                    String.join(", ", wanted), refusal.message()));
            return null;
        }
        boolean primaryKey = to.key() != null && to.key().type() == KeyType.PRIMARY;
        ServerRules.Refusal undoRefusal = rules.reorderRefusal(to, reached, moved);
        TableOperation upOp = primaryKey ? new TableOperation.AlterColumns(to.name(), up)
                : new TableOperation.SetOrderBy(to.name(), wanted);
        if (undoRefusal != null) {
            return new Reorder(upOp, null, label + ": the column order " + String.join(", ", reached)
                    + " cannot be restored: " + undoRefusal.forDowngrade(), wanted);
        }
        TableOperation undo = primaryKey ? new TableOperation.AlterColumns(to.name(), moves(to, wanted, reached,
                new ArrayList<>())) : new TableOperation.SetOrderBy(to.name(), reached);
        return new Reorder(upOp, undo, null, wanted);
    }

    private static String columnNames(Table table) {
        return String.join(", ", table.columns().stream().map(Column::name).toList());
    }

    /**
     * {@code MODIFY COLUMN c <spec> AFTER p} clauses that turn order {@code current} into {@code wanted} (both the
     * same columns), collecting the moved columns' names.
     */
    private static List<ColumnClause> moves(Table to, List<String> current, List<String> wanted, List<String> moved) {
        List<String> state = new ArrayList<>(current);
        List<ColumnClause> out = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            String name = wanted.get(i);
            if (Names.key(state.get(i)).equals(Names.key(name))) {
                continue;
            }
            state.removeIf(n -> Names.key(n).equals(Names.key(name)));
            state.add(i, name);
            moved.add(name);
            Column spec = ColumnDiff.asModified(to.column(name).orElseThrow(), to);
            out.add(new ColumnClause.Modify(spec, i == 0 ? ColumnPosition.atFirst()
                    : ColumnPosition.after(wanted.get(i - 1)), false));
        }
        return out;
    }

    /**
     * The column order after the ALTER of {@code edits}, as the server builds it: drops removed, adds put FIRST,
     * AFTER their predecessor, or — without a position — key columns after the last key column and the others at
     * the end.
     */
    private static List<String> orderAfter(Table from, Table to, List<ColumnDiff.Edit> edits) {
        List<String> order = new ArrayList<>(from.columns().stream().map(Column::name).toList());
        TableKey held = ImplicitLayout.key(from);
        List<String> keys = new ArrayList<>(held == null ? List.of() : held.columns());
        for (ColumnDiff.Edit e : edits) {
            if (e.clause() instanceof ColumnClause.Drop d) {
                order.removeIf(n -> Names.key(n).equals(Names.key(d.column())));
            } else if (e.clause() instanceof ColumnClause.Add a) {
                String name = a.column().name();
                boolean key = a.key() || to.key() != null && Names.contains(to.key().columns(), name);
                int at;
                if (a.position() != null) {
                    at = a.position().first() ? 0 : Names.indexOf(order, a.position().after()) + 1;
                } else if (key) {
                    at = order.stream().filter(n -> Names.contains(keys, n)).mapToInt(n -> order.indexOf(n) + 1)
                            .max().orElse(0);
                } else {
                    at = order.size();
                }
                order.add(at, name);
                if (key) {
                    keys.add(name);
                }
            }
        }
        return order;
    }
}
