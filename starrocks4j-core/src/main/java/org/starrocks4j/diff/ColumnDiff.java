package org.starrocks4j.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.starrocks4j.lexical.SqlNormalizer;
import org.starrocks4j.operation.ColumnClause;
import org.starrocks4j.operation.ColumnPosition;
import org.starrocks4j.rules.ImplicitLayout;
import org.starrocks4j.rules.Names;
import org.starrocks4j.rules.ServerColumns;
import org.starrocks4j.rules.ServerRules;
import org.starrocks4j.schema.AggregateType;
import org.starrocks4j.schema.Column;
import org.starrocks4j.schema.KeyType;
import org.starrocks4j.schema.Table;
import org.starrocks4j.schema.TableKey;
import org.starrocks4j.types.Types;

/**
 * Column differences of one table as ALTER TABLE clauses, each with the clause that undoes it, both checked against
 * the {@link ServerRules}: a clause the server refuses becomes a {@link NonAlterableChange} (the table then needs a
 * rebuild), an undo it refuses is left out and said why ({@link Edit#notUndone}). Columns are matched by name
 * (case-insensitive); a column missing on one side is added or dropped, unless the model says it was renamed
 * ({@link Column#renamedFrom()}, see {@link #renames}).
 */
final class ColumnDiff {

    /** Why a generated column cannot be placed (corpus rejected: "AFTER can not be set when ADD GENERATED COLUMN"). */
    private static final String GENERATED_ADDED_LAST = "StarRocks adds a generated column after every other column "
            + "(\"AFTER can not be set when ADD GENERATED COLUMN\")";

    /**
     * One clause and its undo.
     *
     * @param clause    the forward clause
     * @param undo      the clause that undoes it, or {@code null} when the server refuses every such clause
     * @param notUndone why {@code undo} is missing (the table, column, rule and the way out), else {@code null}
     * @param warning   what to know before running the clause (e.g. a type conversion that can lose values), or
     *                  {@code null}
     */
    record Edit(ColumnClause clause, ColumnClause undo, String notUndone, String warning) {
        static Edit reversible(ColumnClause clause, ColumnClause undo) {
            return new Edit(clause, undo, null, null);
        }
    }

    /**
     * The column changes.
     *
     * @param edits    adds (in target order), drops and full modifies, for one ALTER TABLE
     * @param comments comment-only changes as {@code MODIFY COLUMN c COMMENT '...'} (each its own statement, with no
     *                 schema-change job), when the server takes them
     * @param reorder  the statements that put the columns in the model's order, or {@code null}
     * @param warnings differences that got no clause, and hints (e.g. a drop and an add that look like a rename)
     */
    record Result(List<Edit> edits, List<Edit> comments, ColumnOrder.Reorder reorder, List<String> warnings) {
        boolean isEmpty() {
            return edits.isEmpty();
        }
    }

    private final Table from;
    private final Table to;
    private final ServerRules rules;
    private final List<NonAlterableChange> problems;
    private final String label;

    private ColumnDiff(Table from, Table to, ServerRules rules, List<NonAlterableChange> problems) {
        this.from = from;
        this.to = to;
        this.rules = rules;
        this.problems = problems;
        this.label = "table " + to.name().toSql();
    }

    /**
     * The renames the model declares ({@link Column#renamedFrom()}): a column of {@code to} whose previous name
     * {@code from} has, while neither {@code from} has its new name nor {@code to} the old one. Renames the server
     * refuses become problems; hints that name nothing become warnings.
     */
    static List<Edit> renames(Table from, Table to, ServerRules rules, List<NonAlterableChange> problems,
                              List<String> warnings) {
        List<Edit> out = new ArrayList<>();
        String label = "table " + to.name().toSql();
        for (Column c : to.columns()) {
            String old = c.renamedFrom();
            if (old == null || from.column(c.name()).isPresent()) {
                continue; // no hint, or the rename is applied already
            }
            if (from.column(old).isEmpty()) {
                warnings.add(label + ": column `" + c.name() + "` says it was renamed from `" + old + "`, which the "
                        + "table does not have; it is added as a new column. Correct or remove renamedFrom");
            } else if (to.column(old).isPresent()) {
                warnings.add(label + ": column `" + c.name() + "` says it was renamed from `" + old + "`, but the "
                        + "model still has a column `" + old + "`; no rename is made. Remove one of them");
            } else if (rules.renameRefusal() != null) {
                problems.add(new NonAlterableChange(to.name(), "name of column `" + old + "`", old, c.name(),
                        rules.renameRefusal().message()));
            } else {
                String had = from.column(old).orElseThrow().name();
                out.add(Edit.reversible(new ColumnClause.Rename(had, c.name()), new ColumnClause.Rename(c.name(), had)));
            }
        }
        return out;
    }

    /** The differences of the columns of {@code from} (after its renames) and {@code to}. */
    static Result compare(Table from, Table to, ServerRules rules, List<NonAlterableChange> problems) {
        return new ColumnDiff(from, to, rules, problems).run();
    }

    private Result run() {
        Map<String, Column> before = byKey(from.columns());
        Map<String, Column> after = byKey(to.columns());
        List<Edit> adds = new ArrayList<>();
        List<Edit> drops = new ArrayList<>();
        List<Edit> modifies = new ArrayList<>();
        List<Edit> comments = new ArrayList<>();
        List<String> warnings = new ArrayList<>();

        List<Column> target = to.columns();
        for (int i = 0; i < target.size(); i++) {
            Column c = target.get(i);
            if (!before.containsKey(Names.key(c.name()))) {
                ServerRules.Refusal refusal = rules.addRefusal(from, c);
                if (refusal != null) {
                    problems.add(new NonAlterableChange(to.name(), "new column `" + c.name() + "`", null,
                            spec(c, to), refusal.message()));
                    continue;
                }
                ColumnPosition at = position(target, i, before);
                if (c.generatedAs() != null && at != null) {
                    problems.add(new NonAlterableChange(to.name(), "new column `" + c.name() + "`", null,
                            spec(c, to), GENERATED_ADDED_LAST + "; add it after the columns the table has"));
                    continue;
                }
                adds.add(Edit.reversible(new ColumnClause.Add(inAlter(c, to), at), new ColumnClause.Drop(c.name())));
            }
        }
        boolean primaryKey = from.key() != null && from.key().type() == KeyType.PRIMARY;
        List<Column> source = from.columns();
        for (int i = 0; i < source.size(); i++) {
            Column c = source.get(i);
            if (after.containsKey(Names.key(c.name()))) {
                continue;
            }
            if (primaryKey && Names.contains(from.orderBy(), c.name())) {
                problems.add(new NonAlterableChange(to.name(), "dropped sort-key column `" + c.name() + "`", c.name(),
                        null, "StarRocks cannot drop a sort column of a PRIMARY KEY table (\"Can not drop sort column "
                        + "in primary data model table\"); keep it, or change ORDER BY in another revision first"));
                continue;
            }
            ColumnClause drop = new ColumnClause.Drop(c.name());
            ServerRules.Refusal refusal = rules.addRefusal(to, c);
            ColumnPosition at = position(source, i, after);
            if (c.generatedAs() != null && at != null) {
                drops.add(new Edit(drop, null, label + ": column `" + c.name() + "` is dropped and the downgrade cannot "
                        + "add it back in its place: " + GENERATED_ADDED_LAST, null));
            } else if (refusal == null) {
                // a dropped key column comes back into the key (ADD COLUMN ... KEY), else the undo changes the key
                drops.add(Edit.reversible(drop,
                        new ColumnClause.Add(inAlter(c, from), at, droppableKeyColumn(from, c))));
            } else {
                drops.add(new Edit(drop, null, label + ": column `" + c.name() + "` is dropped and the downgrade cannot "
                        + "add it back as it was: " + refusal.forDowngrade(), null));
            }
        }
        for (Column wanted : target) {
            Column had = before.get(Names.key(wanted.name()));
            if (had != null) {
                compareColumn(had, wanted, modifies, comments, warnings);
            }
        }
        hintRenames(drops, adds, warnings);

        List<Edit> edits = new ArrayList<>(adds);
        edits.addAll(drops);
        edits.addAll(modifies);
        return new Result(edits, comments, ColumnOrder.reorder(from, to, edits, rules, problems), warnings);
    }

    private void compareColumn(Column had, Column wanted, List<Edit> modifies, List<Edit> comments,
                               List<String> warnings) {
        String column = "column `" + wanted.name() + "`";
        AggregateType hadAggregate = ServerColumns.effectiveAggregate(had, from);
        AggregateType wantedAggregate = ServerColumns.effectiveAggregate(wanted, to);
        if (hadAggregate != wantedAggregate) {
            problems.add(new NonAlterableChange(to.name(), "aggregate type of " + column,
                    hadAggregate == null ? null : hadAggregate.name(),
                    wantedAggregate == null ? null : wantedAggregate.name(),
                    "StarRocks cannot change a column's aggregate type (\"Can not change aggregation type\"); keep "
                            + "it, or rebuild the table"));
            return;
        }
        if (!Objects.equals(normalizedSql(had.generatedAs()), normalizedSql(wanted.generatedAs()))) {
            problems.add(new NonAlterableChange(to.name(), "generated expression of " + column,
                    had.generatedAs(), wanted.generatedAs(), "StarRocks cannot change a generated column's expression, "
                    + "nor make a column generated or not; keep it, or drop the column and add it again"));
            return;
        }
        if (had.autoIncrement() != wanted.autoIncrement()) {
            warnings.add(label + ": AUTO_INCREMENT of " + column + " differs (" + had.autoIncrement() + " -> "
                    + wanted.autoIncrement() + "); StarRocks cannot change it by MODIFY COLUMN, left as is");
        }
        if (!differs(had, from, wanted, to) || keyColumnOfChangedKey(had, wanted)) {
            return; // no change, or one the key change (a rebuild) makes
        }
        boolean key = ServerRules.takesKeyMarker(from, had.name());
        Column up = asModified(wanted, to).toBuilder().autoIncrement(had.autoIncrement()).build();
        Column down = asModified(had, from);
        ServerRules.Refusal refusal = rules.modifyRefusal(from, had, up);
        if (onlyCommentDiffers(had, from, wanted, to) && rules.commentAlone(refusal != null)) {
            // the server changes a comment in place, even on key, distribution and complex-type columns
            comments.add(Edit.reversible(new ColumnClause.Comment(wanted.name(), wanted.comment()),
                    new ColumnClause.Comment(had.name(), had.comment())));
            return;
        }
        if (refusal != null) {
            problems.add(new NonAlterableChange(to.name(), column, spec(had, from), spec(wanted, to),
                    refusal.message()));
            return;
        }
        ServerRules.Refusal undoRefusal = rules.modifyRefusal(to, wanted, down);
        String lossy = rules.typeChangeWarning(had.type(), wanted.type());
        ColumnClause modify = new ColumnClause.Modify(up, null, key);
        modifies.add(new Edit(modify, undoRefusal == null ? new ColumnClause.Modify(down, null, key) : null,
                undoRefusal == null ? null : label + ": " + column + " " + spec(had, from) + " -> " + spec(wanted, to)
                        + " cannot be undone by ALTER: " + undoRefusal.forDowngrade(),
                lossy == null ? null : label + ": " + column + ": " + lossy));
    }

    /**
     * Warns when a dropped and an added column have the same type and nothing else does: most likely a rename the
     * model does not declare, which loses the column's data.
     */
    private void hintRenames(List<Edit> drops, List<Edit> adds, List<String> warnings) {
        for (Edit drop : drops) {
            Column gone = from.column(((ColumnClause.Drop) drop.clause()).column()).orElseThrow();
            List<Column> sameType = adds.stream().map(a -> ((ColumnClause.Add) a.clause()).column())
                    .filter(c -> Types.equivalent(c.type(), gone.type())).toList();
            long droppedOfType = drops.stream().map(d -> from.column(((ColumnClause.Drop) d.clause()).column())
                    .orElseThrow()).filter(c -> Types.equivalent(c.type(), gone.type())).count();
            if (sameType.size() == 1 && droppedOfType == 1) {
                String added = sameType.get(0).name();
                warnings.add(label + ": column `" + gone.name() + "` is dropped and `" + added + "` of the same type ("
                        + gone.type().toSql() + ") is added, which loses the values of `" + gone.name() + "`. If it is "
                        + "a rename, declare it so the data is kept (RENAME COLUMN): Column.builder(\"" + added
                        + "\", ...).renamedFrom(\"" + gone.name() + "\") or @StarRocksColumn(renamedFrom = \""
                        + gone.name() + "\")");
            }
        }
    }

    /**
     * Where to add column {@code index} of {@code columns}: {@code FIRST}, {@code AFTER} its predecessor, or at
     * the end ({@code null}) when it and every column after it are new (appending them in order lands them right).
     */
    private static ColumnPosition position(List<Column> columns, int index, Map<String, Column> existing) {
        boolean onlyNewAfter = true;
        for (int j = index + 1; j < columns.size(); j++) {
            if (existing.containsKey(Names.key(columns.get(j).name()))) {
                onlyNewAfter = false;
                break;
            }
        }
        if (onlyNewAfter && index > 0) {
            return null;
        }
        return index == 0 ? ColumnPosition.atFirst() : ColumnPosition.after(columns.get(index - 1).name());
    }

    /** The column as SQL-like text for messages: type, nullability, DEFAULT, COMMENT. */
    static String spec(Column c, Table t) {
        return c.type().toSql() + (t.nullable(c) ? " NULL" : " NOT NULL")
                + (c.defaultValue() == null ? "" : " DEFAULT " + ServerColumns.describeDefault(c.defaultValue()))
                + (blankToNull(c.comment()) == null ? "" : " COMMENT '" + c.comment() + "'");
    }

    /** True when MODIFY COLUMN must restate the column (type, nullability, default, comment). */
    private static boolean differs(Column had, Table from, Column wanted, Table to) {
        return !ServerColumns.sameDefinition(had, from, wanted, to)
                || !Objects.equals(blankToNull(had.comment()), blankToNull(wanted.comment()));
    }

    /**
     * True for a key column of a DUPLICATE or AGGREGATE KEY table (those of other key models cannot be dropped), the
     * key stated or the one the server inferred when the table was created without one (and holds ever since).
     */
    private static boolean droppableKeyColumn(Table table, Column column) {
        TableKey key = ImplicitLayout.key(table);
        return key != null && (key.type() == KeyType.DUPLICATE || key.type() == KeyType.AGGREGATE)
                && Names.contains(key.columns(), column.name());
    }

    /**
     * True for a key column (on either side) of a table whose key model or key columns change: the table needs a
     * rebuild for the key, which also makes the column's change (e.g. NOT NULL on becoming a PRIMARY KEY column).
     */
    private boolean keyColumnOfChangedKey(Column had, Column wanted) {
        TableKey before = ImplicitLayout.key(from);
        // a model stating no key leaves the table the key it holds (stated, or inferred when it was created)
        TableKey after = to.key() != null ? to.key() : before;
        boolean sameKey = before == null ? after == null : after != null && before.type() == after.type()
                && Names.sameColumns(before.columns(), after.columns());
        return !sameKey && (before != null && Names.contains(before.columns(), had.name())
                || after != null && Names.contains(after.columns(), wanted.name()));
    }

    /** True when the columns are the same except for their comments. */
    private static boolean onlyCommentDiffers(Column had, Table from, Column wanted, Table to) {
        return ServerColumns.sameDefinition(had, from, wanted, to)
                && !Objects.equals(blankToNull(had.comment()), blankToNull(wanted.comment()));
    }

    /**
     * The spec MODIFY COLUMN restates: the column with its nullability made explicit (MODIFY without NULL would make
     * a NOT NULL column nullable, or the reverse, depending on the server).
     */
    static Column asModified(Column column, Table table) {
        return inAlter(column, table).toBuilder().nullable(table.nullable(column)).renamedFrom(null).build();
    }

    /**
     * The column as ADD and MODIFY COLUMN state it: with an aggregate type only in an AGGREGATE KEY table. CREATE TABLE
     * takes a REPLACE marker on the value columns of UNIQUE and PRIMARY KEY tables, which hold REPLACE anyway, but an
     * ALTER naming it is refused ("Can not assign aggregation method on column in Unique data model table").
     */
    static Column inAlter(Column column, Table table) {
        return ServerColumns.effectiveAggregate(column, table) == column.aggregate() ? column
                : column.toBuilder().aggregate(null).build();
    }


    private static String normalizedSql(String sql) {
        return sql == null ? null : SqlNormalizer.normalizeExpression(ServerNormalizer.expression(sql));
    }

    static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static Map<String, Column> byKey(List<Column> columns) {
        return columns.stream().collect(Collectors.toMap(c -> Names.key(c.name()), Function.identity(),
                (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
