package org.starrocks4j.operation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.starrocks4j.rules.ServerRules;
import org.starrocks4j.rules.SyncViewColumnRules;
import org.starrocks4j.schema.Column;
import org.starrocks4j.schema.ColumnReferences;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.Index;
import org.starrocks4j.schema.KeyType;
import org.starrocks4j.schema.PartitionExpression;
import org.starrocks4j.schema.Partitioning;
import org.starrocks4j.schema.Rollup;
import org.starrocks4j.schema.Table;
import org.starrocks4j.schema.TableKey;

/**
 * One {@link ColumnClause} applied to a table, with the server's rules for what it may touch: those of the model
 * (a column must exist to be changed, ...) and the server's schema-change rules ({@link ServerRules}).
 */
final class TableColumnEdit {

    private final Table table;
    private final ServerRules rules;
    private final Function<String, ReplayException> fail;
    private final String label;

    TableColumnEdit(Table table, ServerRules rules, Function<String, ReplayException> fail) {
        this.table = table;
        this.rules = rules;
        this.fail = fail;
        this.label = "table " + table.name().toSql();
    }

    Table apply(ColumnClause clause) {
        if (clause instanceof ColumnClause.Add a) {
            Table added = add(a.column(), a.position(), a.key());
            return a.key() ? withKeyColumn(added, a.column().name()) : added;
        }
        if (clause instanceof ColumnClause.Drop d) {
            return drop(d.column());
        }
        if (clause instanceof ColumnClause.Modify m) {
            return modify(m);
        }
        if (clause instanceof ColumnClause.Comment c) {
            return comment(c.column(), c.comment());
        }
        ColumnClause.Rename r = (ColumnClause.Rename) clause;
        refuseIf(rules.renameRefusal(), "RENAME COLUMN `" + r.from() + "`");
        refuseIf(SyncViewColumnRules.refusal(table, r.from()), "RENAME COLUMN `" + r.from() + "`");
        return rename(r.from(), r.to());
    }

    /** Fails with the server's rule and the way out when {@code refusal} is one. */
    private void refuseIf(ServerRules.Refusal refusal, String clause) {
        if (refusal != null) {
            throw fail.apply(label + ", " + clause + ": " + refusal.message());
        }
    }

    private Table add(Column column, ColumnPosition position, boolean keyMarker) {
        if (table.column(column.name()).isPresent()) {
            throw fail.apply(label + " already has a column `" + column.name() + "`; use MODIFY COLUMN to change it "
                    + "or choose another name");
        }
        String clause = "ADD COLUMN `" + column.name() + "`";
        refuseIf(rules.addRefusal(table, column), clause);
        if (position != null && position.after() != null) {
            refuseIf(ServerRules.positionRefusal(table, column, position.after(), false), clause);
        }
        boolean aggregateKey = table.key() != null && table.key().type() == KeyType.AGGREGATE
                && !column.isAggregated() && column.generatedAs() == null;
        List<Column> columns = new ArrayList<>(table.columns());
        // a key column without a position, marked KEY or made one by the AGGREGATE KEY rule, goes after the keys
        int at = position == null && (keyMarker || aggregateKey) ? afterLastKeyColumn(columns)
                : insertionPoint(columns, column, position);
        columns.add(at, column);
        Table.Builder b = table.toBuilder().columns(columns);
        if (aggregateKey) {
            // in an AGGREGATE KEY table a column without an aggregate type is a key column
            List<String> keys = new ArrayList<>();
            for (Column c : columns) {
                if (c == column || contains(table.key().columns(), c.name())) {
                    keys.add(c.name());
                }
            }
            b.key(new TableKey(KeyType.AGGREGATE, keys));
        }
        return b.buildUnchecked();
    }

    /**
     * FIRST, AFTER a column, or — without a position — at the end, except that an ordinary column goes before the
     * generated columns, which the server keeps last.
     */
    private int insertionPoint(List<Column> columns, Column column, ColumnPosition position) {
        if (position != null) {
            return position.first() ? 0 : indexOf(columns, position.after(), "AFTER") + 1;
        }
        if (column.generatedAs() == null) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).generatedAs() != null) {
                    return i;
                }
            }
        }
        return columns.size();
    }

    /**
     * Where a new key column without a position goes: right after the last key column, as the server puts it
     * ({@code SchemaChangeHandler.checkAndAddColumn}); first when the table has no key column.
     */
    private int afterLastKeyColumn(List<Column> columns) {
        int at = 0;
        for (int i = 0; i < columns.size(); i++) {
            if (table.key() != null && contains(table.key().columns(), columns.get(i).name())) {
                at = i + 1;
            }
        }
        return at;
    }

    private Table drop(String name) {
        Column column = existing(name);
        String col = "column `" + column.name() + "`";
        TableKey key = table.key();
        if (key != null && contains(key.columns(), name)
                && (key.type() == KeyType.PRIMARY || key.type() == KeyType.UNIQUE)) {
            throw fail.apply(label + ": " + col + " is a key column of a " + key.type().sql() + " table, which the "
                    + "server cannot drop; rebuild the table without it");
        }
        if (table.distribution() instanceof Distribution.Hash h && contains(h.columns(), name)) {
            throw fail.apply(label + " is distributed by " + col + "; change DISTRIBUTED BY before dropping it");
        }
        if (contains(table.orderBy(), name)) {
            throw fail.apply(label + " is sorted by " + col + "; change ORDER BY before dropping it");
        }
        if (table.partitioning() != null && table.partitioning().keys().stream().anyMatch(k -> k.isColumn()
                ? k.column().equalsIgnoreCase(name) : ColumnReferences.mentions(k.sql(), name))) {
            throw fail.apply(label + " is partitioned by " + col + "; a partition column cannot be dropped");
        }
        refuseIf(SyncViewColumnRules.refusal(table, column.name()), "DROP COLUMN `" + column.name() + "`");
        for (Index i : table.indexes()) {
            if (contains(i.columns(), name)) {
                throw fail.apply(label + ": index `" + i.name() + "` covers " + col + "; drop the index first");
            }
        }
        for (Column c : table.columns()) {
            if (c.generatedAs() != null && ColumnReferences.mentions(c.generatedAs(), name)) {
                throw fail.apply(label + ": generated column `" + c.name() + "` reads " + col + "; drop or change "
                        + "the generated column first");
            }
        }
        List<Column> columns = new ArrayList<>(table.columns());
        columns.remove(column);
        Table.Builder b = table.toBuilder().columns(columns).rollups(withoutColumn(name, col));
        if (key != null && contains(key.columns(), name)) {
            List<String> keys = new ArrayList<>(key.columns());
            keys.removeIf(k -> k.equalsIgnoreCase(name));
            if (keys.isEmpty()) {
                throw fail.apply(label + ": " + col + " is its only key column; a table needs at least one");
            }
            b.key(new TableKey(key.type(), keys));
        }
        return b.buildUnchecked();
    }

    /** The rollups without a dropped column: the server drops it from every rollup holding it. */
    private List<Rollup> withoutColumn(String name, String col) {
        List<Rollup> rollups = new ArrayList<>();
        for (Rollup r : table.rollups()) {
            List<String> columns = r.columns().stream().filter(c -> !c.equalsIgnoreCase(name)).toList();
            if (columns.isEmpty()) {
                throw fail.apply(label + ": rollup `" + r.name() + "` holds only " + col + "; drop the rollup first");
            }
            List<String> duplicateKey = r.duplicateKey().stream().filter(c -> !c.equalsIgnoreCase(name)).toList();
            rollups.add(new Rollup(r.name(), columns, duplicateKey, r.properties()));
        }
        return rollups;
    }

    private Table modify(ColumnClause.Modify m) {
        Column wanted = m.column();
        ColumnPosition position = m.position();
        Column had = existing(wanted.name());
        String clause = "MODIFY COLUMN `" + had.name() + "`";
        refuseIf(rules.modifyClauseRefusal(table, had, wanted, m.key(), position != null), clause);
        refuseIf(SyncViewColumnRules.refusal(table, had.name()), clause);
        if (position != null && position.after() != null) {
            refuseIf(ServerRules.positionRefusal(table, wanted, position.after(), true), clause);
        }
        Column.Builder spec = wanted.toBuilder().name(had.name());
        if (wanted.aggregate() == null && had.aggregate() != null) {
            spec.aggregate(had.aggregate()); // REPLACE, which UNIQUE KEY value columns hold whether stated or not
        }
        Column modified = spec.build();
        List<Column> columns = new ArrayList<>(table.columns());
        int at = columns.indexOf(had);
        if (position == null) {
            columns.set(at, modified);
        } else {
            columns.remove(at);
            columns.add(insertionPoint(columns, modified, position), modified);
            refuseIf(rules.reorderRefusal(table, columns.stream().map(Column::name).toList(),
                    List.of(had.name())), clause);
        }
        return table.toBuilder().columns(columns).buildUnchecked();
    }

    /**
     * ADD COLUMN ... KEY: the new column joins the table's key, which keeps the columns' order (key columns come
     * first in StarRocks tables). A table without a stated key keeps its implicit one.
     */
    private Table withKeyColumn(Table added, String column) {
        if (added.key() == null) {
            return added;
        }
        if (added.key().type() == KeyType.PRIMARY) {
            throw fail.apply(label + ": ADD COLUMN `" + column + "` ... KEY; StarRocks cannot add a column to the "
                    + "key of a PRIMARY KEY table");
        }
        List<String> keys = new ArrayList<>();
        for (Column c : added.columns()) {
            if (c.name().equalsIgnoreCase(column) || contains(added.key().columns(), c.name())) {
                keys.add(c.name());
            }
        }
        return added.toBuilder().key(new TableKey(added.key().type(), keys)).buildUnchecked();
    }

    /** MODIFY COLUMN c COMMENT '...': only the comment changes; an empty one removes it. */
    private Table comment(String name, String comment) {
        Column had = existing(name);
        List<Column> columns = new ArrayList<>(table.columns());
        columns.set(columns.indexOf(had), had.toBuilder().comment(comment.isEmpty() ? null : comment).build());
        return table.toBuilder().columns(columns).buildUnchecked();
    }

    private Table rename(String from, String to) {
        Column had = existing(from);
        if (!from.equalsIgnoreCase(to) && table.column(to).isPresent()) {
            throw fail.apply(label + " already has a column `" + to + "`; choose another name");
        }
        UnaryOperator<String> name = n -> n.equalsIgnoreCase(from) ? to : n;
        UnaryOperator<String> expression = sql -> sql == null ? null : ColumnReferences.rename(sql, from, to);
        List<Column> columns = new ArrayList<>();
        for (Column c : table.columns()) {
            Column.Builder b = c.toBuilder().generatedAs(expression.apply(c.generatedAs()));
            columns.add((c == had ? b.name(to) : b).build());
        }
        Table.Builder b = table.toBuilder().columns(columns).orderBy(map(table.orderBy(), name));
        if (table.key() != null) {
            b.key(new TableKey(table.key().type(), map(table.key().columns(), name)));
        }
        if (table.distribution() instanceof Distribution.Hash h) {
            b.distributedBy(new Distribution.Hash(map(h.columns(), name), h.buckets()));
        }
        if (table.partitioning() != null) {
            b.partitionBy(renamePartitionKeys(table.partitioning(), name, expression));
        }
        List<Index> indexes = new ArrayList<>();
        for (Index i : table.indexes()) {
            indexes.add(new Index(i.name(), map(i.columns(), name), i.type(), i.properties(), i.comment()));
        }
        List<Rollup> rollups = new ArrayList<>();
        for (Rollup r : table.rollups()) {
            rollups.add(new Rollup(r.name(), map(r.columns(), name), map(r.duplicateKey(), name), r.properties()));
        }
        return b.indexes(indexes).rollups(rollups).buildUnchecked();
    }

    private static Partitioning renamePartitionKeys(Partitioning p, UnaryOperator<String> name,
                                                    UnaryOperator<String> expression) {
        List<PartitionExpression> keys = new ArrayList<>();
        for (PartitionExpression k : p.keys()) {
            keys.add(k.isColumn() ? PartitionExpression.column(name.apply(k.column()))
                    : PartitionExpression.expression(expression.apply(k.sql())));
        }
        if (p instanceof Partitioning.Range) {
            return new Partitioning.Range(keys, p.partitions());
        }
        if (p instanceof Partitioning.ListPartitioning) {
            return new Partitioning.ListPartitioning(keys, p.partitions());
        }
        return new Partitioning.Expression(keys);
    }

    private Column existing(String name) {
        return table.column(name).orElseThrow(() -> fail.apply(label + " has no column `" + name + "`"
                + SchemaReplay.names(table.columns().stream().map(Column::name).toList(), "its columns")));
    }

    private int indexOf(List<Column> columns, String name, String clause) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        throw fail.apply(clause + " names column `" + name + "`, which " + label + " does not have"
                + SchemaReplay.names(columns.stream().map(Column::name).toList(), "its columns"));
    }

    private static boolean contains(List<String> names, String name) {
        return names.stream().anyMatch(n -> n.equalsIgnoreCase(name));
    }

    private static List<String> map(List<String> names, UnaryOperator<String> f) {
        return names.stream().map(f).toList();
    }
}
