package org.starrocks4j.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.starrocks4j.operation.ColumnClause;
import org.starrocks4j.operation.ColumnPosition;
import org.starrocks4j.schema.AggregateType;
import org.starrocks4j.schema.Column;
import org.starrocks4j.schema.ColumnDefault;
import org.starrocks4j.schema.KeyType;
import org.starrocks4j.schema.Table;
import org.starrocks4j.types.AggregateStateType;

/**
 * Column differences of one table as ALTER TABLE clauses, with their inverses. Columns are matched by name
 * (case-insensitive); a column missing on one side is added or dropped, never guessed to be a rename.
 */
final class ColumnDiff {

    /**
     * The column clauses and what they undo.
     *
     * @param clauses  forward clauses: adds (in target order), drops, modifies
     * @param inverse  clauses that undo them: drops of the added columns, re-adds of the dropped ones at their old
     *                 position, modifies back to the old specs
     * @param comments comment-only changes as {@code MODIFY COLUMN c COMMENT '...'} clauses (each its own statement,
     *                 with no schema-change job), when the server takes them; empty otherwise
     * @param commentInverse the comment clauses that undo them, index-aligned
     * @param warnings differences that got no clause
     */
    record Result(List<ColumnClause> clauses, List<ColumnClause> inverse, List<ColumnClause.Comment> comments,
                  List<ColumnClause.Comment> commentInverse, List<String> warnings) {
        boolean isEmpty() {
            return clauses.isEmpty();
        }
    }

    private ColumnDiff() {
    }

    /**
     * @param commentsAlone whether a column whose only difference is its comment gets a comment-only clause (the
     *                      server accepts {@code MODIFY COLUMN c COMMENT '...'}) instead of a full MODIFY COLUMN
     */
    static Result compare(Table from, Table to, List<NonAlterableChange> problems, boolean commentsAlone) {
        Map<String, Column> before = byKey(from.columns());
        Map<String, Column> after = byKey(to.columns());
        List<ColumnClause> adds = new ArrayList<>();
        List<ColumnClause> drops = new ArrayList<>();
        List<ColumnClause> modifies = new ArrayList<>();
        List<ColumnClause> undoAdds = new ArrayList<>();
        List<ColumnClause> undoDrops = new ArrayList<>();
        List<ColumnClause> undoModifies = new ArrayList<>();
        List<ColumnClause.Comment> comments = new ArrayList<>();
        List<ColumnClause.Comment> undoComments = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        String label = "table " + to.name().toSql();

        boolean primaryKey = from.key() != null && from.key().type() == KeyType.PRIMARY;
        List<Column> target = to.columns();
        for (int i = 0; i < target.size(); i++) {
            Column c = target.get(i);
            if (!before.containsKey(Names.key(c.name()))) {
                if (c.autoIncrement()) {
                    problems.add(new NonAlterableChange(to.name(), "new AUTO_INCREMENT column `" + c.name()
                            + "` (StarRocks cannot ADD an AUTO_INCREMENT column)", null, c.type().toSql()
                            + " AUTO_INCREMENT"));
                    continue;
                }
                adds.add(new ColumnClause.Add(c, position(target, i, before)));
                undoAdds.add(new ColumnClause.Drop(c.name()));
            }
        }
        List<Column> source = from.columns();
        for (int i = 0; i < source.size(); i++) {
            Column c = source.get(i);
            if (!after.containsKey(Names.key(c.name()))) {
                if (primaryKey && Names.contains(from.orderBy(), c.name())) {
                    problems.add(new NonAlterableChange(to.name(), "dropped sort-key column `" + c.name()
                            + "` (StarRocks cannot drop a sort column of a PRIMARY KEY table)", c.name(), null));
                    continue;
                }
                drops.add(new ColumnClause.Drop(c.name()));
                // a dropped key column comes back into the key (ADD COLUMN ... KEY), else the undo changes the key
                undoDrops.add(new ColumnClause.Add(c, position(source, i, after), droppableKeyColumn(from, c)));
            }
        }
        for (Column wanted : target) {
            Column had = before.get(Names.key(wanted.name()));
            if (had == null) {
                continue;
            }
            String column = "column `" + wanted.name() + "`";
            AggregateType hadAggregate = ServerNormalizer.effectiveAggregate(had, from);
            AggregateType wantedAggregate = ServerNormalizer.effectiveAggregate(wanted, to);
            if (hadAggregate != wantedAggregate) {
                problems.add(new NonAlterableChange(to.name(), "aggregate type of " + column,
                        hadAggregate == null ? null : hadAggregate.name(),
                        wantedAggregate == null ? null : wantedAggregate.name()));
                continue;
            }
            if (!Objects.equals(normalizedSql(had.generatedAs()), normalizedSql(wanted.generatedAs()))) {
                problems.add(new NonAlterableChange(to.name(), "generated expression of " + column,
                        had.generatedAs(), wanted.generatedAs()));
                continue;
            }
            String refusal = TypeChangeRules.refusal(ServerNormalizer.effectiveType(had, from),
                    ServerNormalizer.effectiveType(wanted, to));
            if (refusal != null) {
                problems.add(new NonAlterableChange(to.name(), "type of " + column + " (" + refusal + ")",
                        had.type().toSql(), wanted.type().toSql()));
                continue;
            }
            if (had.autoIncrement() != wanted.autoIncrement()) {
                warnings.add(label + ": AUTO_INCREMENT of " + column + " differs (" + had.autoIncrement() + " -> "
                        + wanted.autoIncrement() + "); StarRocks cannot change it by MODIFY COLUMN, left as is");
            }
            boolean differs = differs(had, from, wanted, to);
            if (differs && commentsAlone && onlyCommentDiffers(had, from, wanted, to)) {
                // the server changes a comment in place, even on a PRIMARY KEY table's key columns
                comments.add(new ColumnClause.Comment(wanted.name(), wanted.comment()));
                undoComments.add(new ColumnClause.Comment(had.name(), had.comment()));
                continue;
            }
            if (differs && primaryKey && (Names.contains(from.key().columns(), had.name())
                    || Names.contains(from.orderBy(), had.name()))) {
                problems.add(new NonAlterableChange(to.name(), "key or sort-key " + column
                        + " (StarRocks cannot MODIFY it in a PRIMARY KEY table)", spec(had, from), spec(wanted, to)));
                continue;
            }
            if (differs) {
                boolean key = restatedWithKeyMarker(from, had);
                modifies.add(new ColumnClause.Modify(asModified(wanted, had, to), null, key));
                undoModifies.add(new ColumnClause.Modify(asModified(had, wanted, from), null, key));
            }
        }
        reportReordering(source, target, label, warnings);

        List<ColumnClause> clauses = new ArrayList<>(adds);
        clauses.addAll(drops);
        clauses.addAll(modifies);
        List<ColumnClause> inverse = new ArrayList<>(undoAdds);
        inverse.addAll(undoDrops);
        inverse.addAll(undoModifies);
        return new Result(clauses, inverse, comments, undoComments, warnings);
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

    private static String spec(Column c, Table t) {
        return c.type().toSql() + (effectiveNullable(c, t) ? " NULL" : " NOT NULL")
                + (c.defaultValue() == null ? "" : " DEFAULT " + defaultKey(c.defaultValue()))
                + (blankToNull(c.comment()) == null ? "" : " COMMENT '" + c.comment() + "'");
    }

    /** True when MODIFY COLUMN must restate the column (type, nullability, default, comment). */
    private static boolean differs(Column had, Table from, Column wanted, Table to) {
        return !sameSpec(had, from, wanted, to)
                || !Objects.equals(blankToNull(had.comment()), blankToNull(wanted.comment()));
    }

    /** True when type, nullability and default are the same as the server holds them. */
    private static boolean sameSpec(Column had, Table from, Column wanted, Table to) {
        return ServerNormalizer.effectiveType(had, from).equals(ServerNormalizer.effectiveType(wanted, to))
                && effectiveNullable(had, from) == effectiveNullable(wanted, to)
                && Objects.equals(defaultKey(ServerNormalizer.effectiveDefault(had)),
                        defaultKey(ServerNormalizer.effectiveDefault(wanted)));
    }

    /** True for a key column of a DUPLICATE or AGGREGATE KEY table (those of other key models cannot be dropped). */
    private static boolean droppableKeyColumn(Table table, Column column) {
        return table.key() != null && (table.key().type() == KeyType.DUPLICATE
                || table.key().type() == KeyType.AGGREGATE) && Names.contains(table.key().columns(), column.name());
    }

    /**
     * True for a key column of an AGGREGATE or UNIQUE KEY table: MODIFY COLUMN restates it with the {@code KEY}
     * marker ({@code MODIFY COLUMN k2 BIGINT KEY}, as the corpus' accepted statements do), so that the server does not
     * read it as a value column without aggregate type.
     */
    private static boolean restatedWithKeyMarker(Table table, Column column) {
        return table.key() != null && (table.key().type() == KeyType.AGGREGATE || table.key().type() == KeyType.UNIQUE)
                && Names.contains(table.key().columns(), column.name());
    }

    /** True when the columns are the same except for their comments. */
    private static boolean onlyCommentDiffers(Column had, Table from, Column wanted, Table to) {
        return sameSpec(had, from, wanted, to)
                && !Objects.equals(blankToNull(had.comment()), blankToNull(wanted.comment()));
    }

    /**
     * The spec MODIFY COLUMN restates: the wanted column with its nullability made explicit (MODIFY without NULL
     * would make a NOT NULL column nullable, or the reverse, depending on the server).
     */
    private static Column asModified(Column wanted, Column other, Table table) {
        return wanted.toBuilder().nullable(effectiveNullable(wanted, table)).build();
    }

    /**
     * Nullability as the server applies it: unstated means NULL, except for PRIMARY KEY and AUTO_INCREMENT columns and
     * the states of aggregate functions that are never NULL ({@code count}).
     */
    static boolean effectiveNullable(Column column, Table table) {
        if (column.nullable() != null) {
            return column.nullable();
        }
        if (column.autoIncrement()
                || column.type() instanceof AggregateStateType state && state.notNullByDefault()) {
            return false;
        }
        return !(table.key() != null && table.key().type() == KeyType.PRIMARY
                && Names.contains(table.key().columns(), column.name()));
    }

    private static String defaultKey(ColumnDefault d) {
        if (d == null) {
            return null;
        }
        if (d instanceof ColumnDefault.Literal l) {
            return "literal:" + l.value();
        }
        if (d instanceof ColumnDefault.CurrentTimestamp) {
            return "now";
        }
        String sql = SqlNormalizer.normalizeExpression(((ColumnDefault.Expression) d).sql());
        if (sql.matches("-?[0-9][0-9a-z.]*")) {
            return "literal:" + sql; // DEFAULT 0 is the literal '0' to the server
        }
        if (sql.length() >= 2 && sql.startsWith("'") && sql.endsWith("'") && sql.indexOf('\'', 1) == sql.length() - 1) {
            return "literal:" + sql.substring(1, sql.length() - 1);
        }
        return sql.equals("current_timestamp") || sql.equals("current_timestamp ( )") || sql.equals("now ( )")
                ? "now" : "expr:" + sql;
    }

    private static String normalizedSql(String sql) {
        return sql == null ? null : SqlNormalizer.normalizeExpression(ServerNormalizer.expression(sql));
    }

    static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static void reportReordering(List<Column> source, List<Column> target, String label, List<String> warnings) {
        Set<String> targetKeys = target.stream().map(c -> Names.key(c.name())).collect(Collectors.toSet());
        List<String> keptBefore = source.stream().map(c -> Names.key(c.name())).filter(targetKeys::contains).toList();
        Set<String> kept = Set.copyOf(keptBefore);
        List<String> keptAfter = target.stream().map(c -> Names.key(c.name())).filter(kept::contains).toList();
        if (!keptBefore.equals(keptAfter)) {
            warnings.add(label + ": the existing columns are in a different order (" + String.join(", ", keptBefore)
                    + " -> " + String.join(", ", keptAfter) + "); column order is not changed by the diff");
        }
    }

    private static Map<String, Column> byKey(List<Column> columns) {
        return columns.stream().collect(Collectors.toMap(c -> Names.key(c.name()), Function.identity(),
                (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
