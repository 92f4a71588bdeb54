package org.starrocks4j.diff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.starrocks4j.lexical.SqlNormalizer;
import org.starrocks4j.lexical.SqlText;
import org.starrocks4j.operation.ColumnClause;
import org.starrocks4j.operation.Operation;
import org.starrocks4j.operation.SchemaReplay;
import org.starrocks4j.operation.TableOperation;
import org.starrocks4j.rules.ImplicitLayout;
import org.starrocks4j.rules.Names;
import org.starrocks4j.rules.PropertyKeys;
import org.starrocks4j.rules.ServerProfile;
import org.starrocks4j.rules.ServerRules;
import org.starrocks4j.rules.TableChangeRules;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.Index;
import org.starrocks4j.schema.KeyType;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.schema.PartitionExpression;
import org.starrocks4j.schema.Partitioning;
import org.starrocks4j.schema.Rollup;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.Table;
import org.starrocks4j.schema.TableKey;

/**
 * Compares two versions of one table attribute by attribute (engine, key, partitioning, columns, comment,
 * distribution, ORDER BY, PROPERTIES, indexes, rollups, synchronous materialized views, pre-created partitions) on
 * effective values: what the server
 * uses when a side leaves an attribute out.
 */
final class TableDiff {

    /**
     * @param changes  alterable differences as changes, in the order to apply them
     * @param problems differences StarRocks cannot ALTER (the table then needs a rebuild)
     * @param warnings differences deliberately left alone
     */
    record Result(List<Change> changes, List<NonAlterableChange> problems, List<String> warnings) {
    }

    /** The table as it is, before this diff's renames (the base every statement of the diff applies to). */
    private final Table original;
    /** The table after this diff's renames: what the other changes compare with the model. */
    private final Table from;
    private final Table to;
    private final DiffOptions options;
    private final ObjectName name;
    private final String label;
    private final List<Change> changes = new ArrayList<>();
    private final List<NonAlterableChange> problems = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final ServerRules rules;
    private final DependentViews dependents;
    /**
     * Changes StarRocks runs but cannot ALTER back (said in their {@link Change#notUndone()}); with rebuilds allowed
     * for downgrades, the table's downgrade becomes one rebuild of the table as it was
     * ({@link #settleOneWayDowngrades}).
     */
    private final Set<Change> oneWay = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The old names of the columns the diff renames (before every other change of the table). */
    private final Set<String> renamedColumns = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    /** The change renaming columns, or {@code null}: a rebuild downgrade keeps its undo ({@link #oneWay}). */
    private Change renameChange;
    /** Properties set on every existing partition by this diff ({@code MODIFY PARTITION (*)}). */
    private final Set<String> partitionWide = new HashSet<>();

    private TableDiff(Table original, Table from, Table to, DiffOptions options, ServerRules rules,
                      DependentViews dependents) {
        this.original = original;
        this.from = from;
        this.to = to;
        this.options = options;
        this.rules = rules;
        this.dependents = dependents;
        this.name = from.name();
        this.label = "table " + name.toSql();
    }

    /**
     * @param dependents the views and materialized views on each side, for the columns they read (a column change
     *                   turns asynchronous MVs reading it inactive)
     */
    static Result compare(Table from, Table to, DiffOptions options, DependentViews dependents) {
        return compareNormalized(ServerNormalizer.withoutGeneratedPartitionColumns(from),
                ServerNormalizer.withoutGeneratedPartitionColumns(to), options, dependents);
    }

    private static Result compareNormalized(Table from, Table to, DiffOptions options, DependentViews dependents) {
        ServerRules rules = ServerRules.of(options.server());
        List<NonAlterableChange> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<ColumnDiff.Edit> renames = ColumnDiff.renames(from, to, rules, problems, warnings);
        // the renames run first; everything else compares the renamed table with the model
        Table current = renames.isEmpty() ? from : renamed(from, renames);
        TableDiff diff = new TableDiff(from, current, to, options, rules, dependents);
        diff.problems.addAll(problems);
        diff.warnings.addAll(warnings);
        renames.forEach(e -> diff.renamedColumns.add(((ColumnClause.Rename) e.clause()).from()));
        diff.addOneStatementEach(renames); // RENAME COLUMN: synchronous, before the other changes
        diff.renameChange = diff.changes.isEmpty() ? null : diff.changes.get(0);
        diff.run();
        return new Result(diff.changes, diff.problems, diff.warnings);
    }

    /** {@code table} after the renames: the server renames the column in keys, layout, indexes and expressions. */
    private static Table renamed(Table table, List<ColumnDiff.Edit> renames) {
        List<Operation> ops = renames.stream().<Operation>map(e -> new TableOperation.AlterColumns(table.name(),
                List.of(e.clause()))).toList();
        // without its synchronous materialized views, which the diff drops before the renames when they read one
        Table withoutViews = table.toBuilder().syncMaterializedViews(List.of()).buildUnchecked();
        return SchemaReplay.apply(Schema.of(withoutViews), ops).tables().get(0).toBuilder()
                .syncMaterializedViews(table.syncMaterializedViews()).buildUnchecked();
    }

    private void run() {
        compareEngine();
        compareKey();
        comparePartitioning();
        List<Change> indexDrops = new ArrayList<>();
        List<Change> indexCreates = new ArrayList<>();
        compareIndexes(indexDrops, indexCreates);
        changes.addAll(indexDrops);
        ColumnDiff.Result columns = ColumnDiff.compare(from, to, rules, problems);
        warnings.addAll(columns.warnings());
        List<String> dropped = droppedColumns(columns);
        List<Change> rollupAdds = new ArrayList<>();
        compareRollups(dropped, changes, rollupAdds);
        compareSyncViews(columns, rollupAdds);
        addOneStatementEach(columns.comments()); // comment-only changes: no schema-change job
        List<Change> layout = new ArrayList<>();
        List<String> newLayout = new ArrayList<>();
        compareDistribution(dropped, layout, newLayout);
        compareOrderBy(dropped, layout, newLayout);
        addColumnsAndLayout(columns, layout, newLayout);
        addReorder(columns);
        compareComment();
        compareProperties();
        changes.addAll(indexCreates);
        changes.addAll(rollupAdds);
        PartitionDiff.Result partitions = PartitionDiff.compare(from, to, propertyDefaults(), partitionWide);
        changes.addAll(partitions.changes());
        problems.addAll(partitions.problems());
        warnings.addAll(partitions.warnings());
        settleOneWayDowngrades();
    }

    /**
     * When some change StarRocks cannot ALTER back ({@link #oneWay}) and downgrade rebuilds are allowed, the table's
     * changes after its renames become one change whose downgrade rebuilds the table as it was before them (the renames
     * and the synchronous view drops before them keep their own undo, so the renamed columns' rows are copied back).
     * One rebuild, run before any other undo of the table, rather than a rebuild of the state right before the one-way
     * change followed by the ALTER undos of the earlier changes: the rebuilt table holds the key the server infers from
     * its columns when created, which need not be the key the table held at that point of the upgrade (a table whose
     * first column could be no key got one from a column added later), so those undos could be refused. Otherwise
     * each such change keeps what its {@link Change#notUndone()} says, with the way out.
     */
    private void settleOneWayDowngrades() {
        if (oneWay.isEmpty() || !options.downgradeRebuildAllowed() || !problems.isEmpty()) {
            return; // with problems, the table is rebuilt (or refused) as a whole
        }
        int first = renameChange == null ? 0 : indexOf(renameChange) + 1;
        int last = changes.size() - 1;
        Table before = first == 0 ? original : stateAfter(first - 1);
        Table after = stateAfter(last);
        List<Change> undone = List.copyOf(changes.subList(first, last + 1));
        List<Operation> upgrade = new ArrayList<>();
        Set<ChangeFlag> flags = new HashSet<>();
        List<String> notes = new ArrayList<>();
        for (Change c : undone) {
            upgrade.addAll(c.upgrade());
            flags.addAll(c.flags());
            notes.addAll(c.warnings());
            c.notUndone().forEach(why -> notes.add("the downgrade rebuilds the table, as StarRocks cannot ALTER this "
                    + "back: " + why));
        }
        notes.add(label + ": the downgrade rebuilds the table as it was before " + (undone.size() == 1
                ? "this change" : "these changes") + " (new table, every row copied, names swapped, old table "
                + "dropped): stop loads into the table while it runs");
        notes.add(RebuildPlan.inactiveAfterSwap(label));
        String description = undone.stream().map(Change::description).collect(Collectors.joining("; "));
        changes.subList(first, last + 1).clear();
        changes.add(new Change(description, name, upgrade, List.copyOf(RebuildPlan.steps(name, before, after)), flags,
                notes, List.of()));
    }

    /** The position of {@code change} (by identity: two changes may be equal records). */
    private int indexOf(Change change) {
        for (int i = 0; i < changes.size(); i++) {
            if (changes.get(i) == change) {
                return i;
            }
        }
        throw new IllegalStateException("change not in the list: " + change.description());
    }

    /** The table after the upgrade statements of {@code changes[0..index]} (renames included). */
    private Table stateAfter(int index) {
        List<Operation> ops = new ArrayList<>();
        changes.subList(0, index + 1).forEach(c -> c.upgrade().stream().filter(op -> op.target().equals(name))
                .forEach(ops::add));
        return SchemaReplay.apply(Schema.of(original), ops).tables().get(0);
    }

    /**
     * One change of one statement per edit (renames, comments: metadata changes the server makes at once, and does
     * not combine with other clauses), undone last first.
     */
    private void addOneStatementEach(List<ColumnDiff.Edit> edits) {
        if (edits.isEmpty()) {
            return;
        }
        Change.Builder b = Change.builder(describeColumns(edits.stream().map(ColumnDiff.Edit::clause).toList()),
                name);
        for (ColumnDiff.Edit e : edits) {
            b.up(new TableOperation.AlterColumns(name, List.of(e.clause())));
        }
        for (int i = edits.size() - 1; i >= 0; i--) {
            b.down(new TableOperation.AlterColumns(name, List.of(edits.get(i).undo())));
        }
        changes.add(b.build());
    }

    /** The statement that puts the columns in the model's order, after the column changes. */
    private void addReorder(ColumnDiff.Result columns) {
        ColumnOrder.Reorder reorder = columns.reorder();
        if (reorder == null) {
            return;
        }
        Change.Builder b = Change.builder("reorder the columns of " + label + " to (" + String.join(", ",
                        reorder.order()) + ")", name)
                .up(reorder.up())
                .flag(ChangeFlag.ASYNC_JOB)
                .warn(label + ": putting the columns in a new order runs as a schema-change job that rewrites the "
                        + "table");
        if (reorder.undo() != null) {
            b.down(reorder.undo());
        } else {
            b.notUndone(reorder.notUndone());
        }
        addMaybeOneWay(b.build());
    }

    /**
     * The column changes and the layout changes (distribution, ORDER BY) in an order the server accepts: a new
     * layout may name a column this diff adds (columns first), and StarRocks refuses to drop a column while the
     * table is distributed or sorted by it (layout first). When both hold, the drops of the columns the current
     * layout uses get an ALTER of their own after the layout change. Index drops come before all of them (a column
     * an index covers cannot be dropped) and index creations after (a new index may cover a new column).
     */
    private void addColumnsAndLayout(ColumnDiff.Result columns, List<Change> layout, List<String> newLayout) {
        boolean needsNewColumns = newLayout.stream().anyMatch(c -> from.column(Names.key(c)).isEmpty());
        if (columns.isEmpty() || layout.isEmpty() || !needsNewColumns) {
            changes.addAll(layout);
            addColumnChanges(columns.edits());
            return;
        }
        List<String> oldLayout = currentLayoutColumns();
        List<ColumnDiff.Edit> late = columns.edits().stream()
                .filter(e -> e.clause() instanceof ColumnClause.Drop d && Names.contains(oldLayout, d.column()))
                .toList();
        List<ColumnDiff.Edit> early = columns.edits().stream().filter(e -> !late.contains(e)).toList();
        addColumnChanges(early);
        changes.addAll(layout);
        addColumnChanges(late);
    }

    /** The columns the table is distributed or sorted by now, stated or implicit. */
    private List<String> currentLayoutColumns() {
        List<String> out = new ArrayList<>(sortKey(from));
        if (effectiveDistribution(from) instanceof Distribution.Hash h) {
            out.addAll(h.columns());
        }
        return out;
    }

    private static List<String> droppedColumns(ColumnDiff.Result columns) {
        return columns.edits().stream().map(ColumnDiff.Edit::clause).filter(ColumnClause.Drop.class::isInstance)
                .map(c -> ((ColumnClause.Drop) c).column()).toList();
    }

    private void compareEngine() {
        if (!from.engine().equalsIgnoreCase(to.engine())) {
            problems.add(new NonAlterableChange(name, "ENGINE", from.engine(), to.engine()));
        }
    }

    private void compareKey() {
        String before = keyText(from);
        String after = keyText(to);
        if (from.key() == null || to.key() == null) {
            // an unstated key is the server's implicit one: AGGREGATE KEY when columns have aggregate types, else
            // DUPLICATE KEY on leading columns (whose columns are left to the server)
            TableKey implicitBefore = ImplicitLayout.key(from);
            TableKey implicitAfter = ImplicitLayout.key(to);
            KeyType typeBefore = implicitBefore == null ? KeyType.DUPLICATE : implicitBefore.type();
            KeyType typeAfter = implicitAfter == null ? KeyType.DUPLICATE : implicitAfter.type();
            if (typeBefore != typeAfter) {
                problems.add(new NonAlterableChange(name, "key model", before, after));
            } else if (typeBefore == KeyType.AGGREGATE
                    && !Names.sameColumns(implicitBefore.columns(), implicitAfter.columns())) {
                problems.add(new NonAlterableChange(name, "key columns", before, after));
            } else if ((from.key() != null || to.key() != null) && statedKeyLeftWithoutColumns()) {
                // dropping every key column leaves no key, which the server refuses ("No key column left")
                problems.add(new NonAlterableChange(name, "key columns", before, after));
            } else if (from.key() == null && to.key() != null && implicitBefore != null
                    && !Names.sameColumns(implicitBefore.columns(), to.key().columns())) {
                // the table holds the key the server inferred; a model stating another one changes it
                problems.add(new NonAlterableChange(name, "key columns", before, after));
            }
            return;
        }
        if (from.key().type() != to.key().type()) {
            problems.add(new NonAlterableChange(name, "key model", before, after));
        } else if (!Names.sameColumns(from.key().columns(), to.key().columns())) {
            problems.add(new NonAlterableChange(name, "key columns", before, after));
        }
    }

    /** True when the one side stating a key has none of its key columns on the other side. */
    private boolean statedKeyLeftWithoutColumns() {
        Table stated = from.key() != null ? from : to;
        Table other = stated == from ? to : from;
        return stated.key().columns().stream().noneMatch(c -> other.column(Names.key(c)).isPresent());
    }

    private static String keyText(Table t) {
        TableKey key = ImplicitLayout.key(t);
        if (t.key() == null && (key == null || key.type() == KeyType.DUPLICATE)) {
            return "DUPLICATE KEY (implicit)";
        }
        return key.type().sql() + "(" + SqlText.identifiers(key.columns()) + ")" + (t.key() == null ? " (implicit)"
                : "");
    }

    private void comparePartitioning() {
        String before = scheme(from.partitioning());
        String after = scheme(to.partitioning());
        if (!Objects.equals(before, after)) {
            problems.add(new NonAlterableChange(name, "partitioning scheme", describe(from.partitioning()),
                    describe(to.partitioning())));
        }
    }

    /** The comparison key of a partitioning scheme: kind and normalized keys, without pre-created partitions. */
    static String scheme(Partitioning p) {
        if (p == null) {
            return null;
        }
        String kind = p instanceof Partitioning.Range ? "range" : p instanceof Partitioning.ListPartitioning
                ? "list" : "expr";
        return kind + "(" + p.keys().stream().map(TableDiff::keyOf).collect(Collectors.joining(",")) + ")";
    }

    private static String keyOf(PartitionExpression e) {
        return e.isColumn() ? Names.key(e.column())
                : SqlNormalizer.normalizeExpression(ServerNormalizer.expression(e.sql()));
    }

    static String describe(Partitioning p) {
        if (p == null) {
            return null;
        }
        String keys = p.keys().stream().map(PartitionExpression::toString).collect(Collectors.joining(", "));
        if (p instanceof Partitioning.Range) {
            return "RANGE(" + keys + ")";
        }
        if (p instanceof Partitioning.ListPartitioning) {
            return "LIST(" + keys + ")";
        }
        return keys;
    }

    /** Changes for {@code edits}, a subset of the column edits, combined as far as the server allows. */
    private void addColumnChanges(List<ColumnDiff.Edit> edits) {
        if (edits.isEmpty()) {
            return;
        }
        if (rangeDistributedOnSharedData(from)) {
            // StarRocks refuses to combine a sort-key column drop with other clauses on these tables
            List<String> sortKey = sortKey(from);
            List<ColumnDiff.Edit> combined = new ArrayList<>();
            List<ColumnDiff.Edit> alone = new ArrayList<>();
            for (ColumnDiff.Edit e : edits) {
                if (e.clause() instanceof ColumnClause.Drop d && Names.contains(sortKey, d.column())) {
                    alone.add(e);
                } else {
                    combined.add(e);
                }
            }
            if (!alone.isEmpty()) {
                if (!combined.isEmpty()) {
                    addColumnChange(combined);
                }
                for (ColumnDiff.Edit e : alone) {
                    addColumnChange(List.of(e));
                }
                return;
            }
        }
        addColumnChange(edits);
    }


    /**
     * One ALTER TABLE of column clauses, and its undo without the clauses the server refuses to undo (said in the
     * change's {@link Change#notUndone()}). Materialized views reading a dropped or restated column turn inactive
     * when the job finishes; the change re-activates those that can be.
     */
    private void addColumnChange(List<ColumnDiff.Edit> edits) {
        List<ColumnClause> clauses = edits.stream().map(ColumnDiff.Edit::clause).toList();
        List<ColumnClause> undo = edits.stream().map(ColumnDiff.Edit::undo).filter(Objects::nonNull).toList();
        Change.Builder b = Change.builder(describeColumns(clauses), name)
                .up(new TableOperation.AlterColumns(name, clauses))
                .flag(ChangeFlag.ASYNC_JOB);
        if (!undo.isEmpty()) {
            b.down(new TableOperation.AlterColumns(name, undo));
        }
        edits.stream().map(ColumnDiff.Edit::notUndone).filter(Objects::nonNull).forEach(b::notUndone);
        edits.stream().map(ColumnDiff.Edit::warning).filter(Objects::nonNull).forEach(b::warn);
        dependents.reactivate(b, name, restated(edits.stream().map(ColumnDiff.Edit::clause)),
                restated(edits.stream().map(ColumnDiff.Edit::undo).filter(Objects::nonNull)));
        addMaybeOneWay(b.build());
    }

    /** Adds {@code change}; one StarRocks cannot undo by ALTER may get a rebuild downgrade ({@link #oneWay}). */
    private void addMaybeOneWay(Change change) {
        changes.add(change);
        if (change.irreversible()) {
            oneWay.add(change);
        }
    }

    /** The columns that MODIFY COLUMN clauses restate. */
    private static List<String> restated(Stream<ColumnClause> clauses) {
        return clauses.filter(ColumnClause.Modify.class::isInstance).map(c -> ((ColumnClause.Modify) c).column().name())
                .toList();
    }

    private String describeColumns(List<ColumnClause> clauses) {
        List<String> parts = new ArrayList<>();
        for (ColumnClause c : clauses) {
            if (c instanceof ColumnClause.Add a) {
                parts.add("add column `" + a.column().name() + "`");
            } else if (c instanceof ColumnClause.Drop d) {
                parts.add("drop column `" + d.column() + "`");
            } else if (c instanceof ColumnClause.Modify m) {
                parts.add("modify column `" + m.column().name() + "`");
            } else if (c instanceof ColumnClause.Comment m) {
                parts.add((m.comment().isEmpty() ? "remove comment of column `" : "set comment of column `")
                        + m.column() + "`");
            } else if (c instanceof ColumnClause.Rename r) {
                parts.add("rename column `" + r.from() + "` to `" + r.to() + "`");
            }
        }
        return String.join(", ", parts) + " of " + label;
    }

    private void compareComment() {
        String before = ServerNormalizer.comment(from.comment(), ServerNormalizer.TABLE_PLACEHOLDER_COMMENT);
        String after = ServerNormalizer.comment(to.comment(), ServerNormalizer.TABLE_PLACEHOLDER_COMMENT);
        if (!Objects.equals(before, after)) {
            changes.add(Change.builder((after == null ? "remove comment of " : "set comment of ") + label, name)
                    .up(new TableOperation.SetComment(name, after))
                    .down(new TableOperation.SetComment(name, before))
                    .build());
        }
    }

    /**
     * Adds a distribution change to {@code layout}, and the columns it distributes by to {@code newLayout}. A model
     * that states no DISTRIBUTED BY leaves the distribution to the server, like PROPERTIES it leaves unset: a table
     * distributed otherwise is reported, not rewritten by an OPTIMIZE job; except when the table is distributed by
     * a column the model drops, which StarRocks refuses to drop.
     */
    private void compareDistribution(List<String> dropped, List<Change> layout, List<String> newLayout) {
        boolean rangeBefore = rangeDistributedOnSharedData(from);
        boolean rangeAfter = rangeDistributedOnSharedData(to);
        if (rangeBefore || rangeAfter) {
            if (rangeBefore != rangeAfter) {
                problems.add(new NonAlterableChange(name, "distribution",
                        rangeBefore ? "RANGE (implicit)" : distributionText(effectiveDistribution(from)),
                        rangeAfter ? "RANGE (implicit)" : distributionText(effectiveDistribution(to))));
            }
            return;
        }
        Distribution before = effectiveDistribution(from);
        Distribution after = effectiveDistribution(to);
        boolean usesDropped = before instanceof Distribution.Hash h
                && h.columns().stream().anyMatch(c -> Names.contains(dropped, c));
        if (sameDistribution(before, after)) {
            return;
        }
        if (to.distribution() == null && !usesDropped) {
            warnings.add(label + ": the model states no DISTRIBUTED BY; the table is distributed by "
                    + distributionText(before) + " (a table created from the model would get " + distributionText(after)
                    + "); left as is. State DISTRIBUTED BY in the model to manage it");
            return;
        }
        String refusal = TableChangeRules.distributionRefusal(from, before, after);
        if (refusal != null) {
            problems.add(new NonAlterableChange(name, "distribution (" + refusal + ")", distributionText(before),
                    distributionText(after)));
            return;
        }
        if (after instanceof Distribution.Hash h) {
            newLayout.addAll(h.columns());
        }
        Change.Builder b = Change.builder("change distribution of " + label + " to " + distributionText(after), name)
                .up(new TableOperation.SetDistribution(name, after))
                .flag(ChangeFlag.ASYNC_JOB)
                .warn(label + ": DISTRIBUTED BY runs as an OPTIMIZE job that rewrites the table; no other ALTER "
                        + "can run on it until the job finishes");
        if (to.distribution() == null) {
            b.warn(label + ": the model states no DISTRIBUTED BY, but the table is distributed by column(s) it drops, "
                    + "which StarRocks refuses to drop; the distribution becomes " + distributionText(after) + " first");
        }
        if (before.buckets() == null && after.buckets() != null) {
            b.warn(label + ": the bucket count before was chosen by the server; the downgrade restores the "
                    + "distribution without BUCKETS");
        }
        String undoRefusal = TableChangeRules.distributionRefusal(to, after, before);
        if (undoRefusal == null) {
            b.down(new TableOperation.SetDistribution(name, before));
            layout.add(b.build());
            return;
        }
        Change change = b.notUndone(label + ": the downgrade cannot ALTER the distribution back (" + undoRefusal
                + "), so this change has no downgrade. Allow rebuilds (DiffOptions.allowRebuild(), CLI --allow-rebuild) "
                + "for a downgrade that rebuilds the table, or write the downgrade by hand").build();
        layout.add(change);
        oneWay.add(change);
    }

    /** The distribution the server uses: the stated one, else the implicit one ({@link ImplicitLayout}). */
    static Distribution effectiveDistribution(Table t) {
        return ImplicitLayout.distribution(t);
    }

    /** Same method and columns; buckets compared only when the target states them. */
    static boolean sameDistribution(Distribution before, Distribution after) {
        if (before instanceof Distribution.Hash a && after instanceof Distribution.Hash b) {
            if (!Names.sameColumns(a.columns(), b.columns())) {
                return false;
            }
        } else if (before.getClass() != after.getClass()) {
            return false;
        }
        return after.buckets() == null || Objects.equals(before.buckets(), after.buckets());
    }

    static String distributionText(Distribution d) {
        String method = d instanceof Distribution.Hash h ? "HASH(" + SqlText.identifiers(h.columns()) + ")" : "RANDOM";
        return method + (d.buckets() == null ? "" : " BUCKETS " + d.buckets());
    }

    /** Tables that get range distribution: 4.1+ shared-data, no DISTRIBUTED BY, with a key or ORDER BY. */
    private boolean rangeDistributedOnSharedData(Table t) {
        ServerProfile server = options.server();
        return server.sharedData() && server.atLeast(4, 1) && t.distribution() == null
                && (t.key() != null || !t.orderBy().isEmpty());
    }

    private static List<String> sortKey(Table t) {
        if (!t.orderBy().isEmpty()) {
            return t.orderBy();
        }
        return t.key() == null ? List.of() : t.key().columns();
    }

    /** True when the sort columns are each column of a non-PRIMARY KEY table (the target). */
    private boolean namesEveryColumn(List<String> sortColumns) {
        return (to.key() == null || to.key().type() != KeyType.PRIMARY) && sortColumns.size() == to.columns().size()
                && to.columns().stream().allMatch(c -> Names.contains(sortColumns, c.name()));
    }

    /**
     * Adds an ORDER BY change to {@code layout}, and its columns to {@code newLayout}. A model without ORDER BY
     * leaves the sort key to the server, except when it drops a column the table is sorted by: StarRocks refuses
     * that drop, so the sort key first loses the dropped columns (or, when none would remain, becomes the key).
     */
    private void compareOrderBy(List<String> dropped, List<Change> layout, List<String> newLayout) {
        List<String> before = sortKey(from);
        List<String> wanted = to.orderBy();
        boolean managed = !wanted.isEmpty();
        if (!managed) {
            if (from.orderBy().stream().noneMatch(c -> Names.contains(dropped, c))) {
                return;
            }
            wanted = sortKeyWithout(dropped);
            if (wanted.isEmpty()) {
                problems.add(new NonAlterableChange(name, "sort key", "(" + String.join(", ", before) + ")",
                        "(none left: its columns are dropped and the table has no key to sort by)"));
                return;
            }
        }
        if (Names.sameColumns(before, wanted)) {
            return;
        }
        newLayout.addAll(wanted);
        Change.Builder b = Change.builder("change ORDER BY of " + label + " to (" + String.join(", ", wanted)
                        + ")", name)
                .up(new TableOperation.SetOrderBy(name, wanted))
                .flag(ChangeFlag.ASYNC_JOB)
                .warn(label + ": ORDER BY runs as a schema-change job that re-sorts the table; no other ALTER "
                        + "can run on it until the job finishes");
        if (namesEveryColumn(wanted)) {
            // corpus pairs 0102, 0107, 0112: the columns and the key were reordered, the sort key kept
            b.warn(label + ": this ORDER BY names every column, which the server reads as a column reorder (columns "
                    + "and key put in this order) rather than a new sort key; check SHOW CREATE TABLE afterwards");
        }
        if (!managed) {
            b.warn(label + ": the model states no ORDER BY, but the table is sorted by column(s) it drops, which "
                    + "StarRocks refuses to drop; the sort key becomes (" + String.join(", ", wanted) + ") first");
        }
        if (before.isEmpty()) {
            // no ORDER BY and no stated key: the server sorted by the implicit key, so the downgrade sorts by it
            TableKey implicit = ImplicitLayout.key(from);
            before = implicit == null ? List.of() : implicit.columns();
        }
        if (!before.isEmpty()) {
            b.down(new TableOperation.SetOrderBy(name, before));
            layout.add(b.build());
            return;
        }
        // one way: the downgrade of a column this ORDER BY names would be refused while the table is sorted by it
        Change change = b.notUndone(label + ": the sort key before was chosen by the server, so the downgrade cannot "
                + "restore it; write its ORDER BY by hand (SHOW CREATE TABLE before upgrading shows it), or allow "
                + "rebuilds (DiffOptions.allowRebuild(), CLI --allow-rebuild) for a downgrade that rebuilds the table")
                .build();
        layout.add(change);
        oneWay.add(change);
    }

    /** The current ORDER BY without {@code dropped}, else the wanted table's key columns. */
    private List<String> sortKeyWithout(List<String> dropped) {
        List<String> kept = from.orderBy().stream().filter(c -> !Names.contains(dropped, c)).toList();
        if (!kept.isEmpty()) {
            return kept;
        }
        TableKey key = ImplicitLayout.key(to);
        return key == null ? List.of() : key.columns();
    }

    /**
     * PROPERTIES, each changed as the server allows ({@link TableChangeRules#propertyAlter}): one SET, or for the
     * storage medium and replica count the table default and every existing partition; a property the server fixes
     * at CREATE TABLE is refused (stated in the model) or only reported (an unmanaged value a reset would undo).
     */
    private void compareProperties() {
        PropertyDefaults defaults = propertyDefaults();
        PropertyDiff.Result result = PropertyDiff.compare(label, from.properties(), to.properties(), defaults,
                options.resetsUnmanagedProperties());
        warnings.addAll(result.warnings());
        List<PropertyDiff.PropertyChange> applied = new ArrayList<>();
        for (PropertyDiff.PropertyChange p : result.changes()) {
            switch (TableChangeRules.propertyAlter(from, p.key(), rules)) {
                case NOT_SETTABLE -> {
                    String reason = TableChangeRules.refusal(from, p.key(), rules);
                    if (p.reset()) {
                        warnings.add(label + ": property \"" + p.key() + "\" is \"" + p.previous() + "\" but the model "
                                + "leaves it unset; it is not reset: " + reason + ". Declare it in the model, or rebuild "
                                + "the table to drop it");
                    } else {
                        problems.add(new NonAlterableChange(name, "property \"" + p.key() + "\" (" + reason + ")",
                                p.previous(), p.value()));
                    }
                }
                case IGNORED -> warnings.add(label + ": property \"" + p.key() + "\" differs (\"" + p.previous()
                        + "\" -> \"" + p.value() + "\") but StarRocks ignores ALTER TABLE ... SET of it; left as is");
                default -> applied.add(p);
            }
        }
        if (applied.isEmpty()) {
            return;
        }
        Change.Builder b = Change.builder("set properties " + applied.stream()
                .map(PropertyDiff.PropertyChange::key).collect(Collectors.joining(", ")) + " of " + label, name);
        for (PropertyDiff.PropertyChange p : applied) {
            setProperty(p, p.value()).forEach(b::up);
        }
        for (PropertyDiff.PropertyChange p : applied) {
            if (p.previous() != null) {
                setProperty(p, p.previous()).forEach(b::down);
            } else {
                b.notUndone(PropertyDiff.notUndone(label, p));
            }
            if (TableChangeRules.propertyAlter(from, p.key(), rules)
                    == TableChangeRules.PropertyAlter.PARTITIONS && hasPartitionOverrides(from, p.key())) {
                b.warn(label + ": some partitions had their own " + p.key() + "; the downgrade sets every partition to "
                        + "the table's former " + p.key() + " \"" + p.previous() + "\"");
            }
        }
        b.warnAll(result.changeWarnings());
        changes.add(b.build());
    }

    PropertyDefaults propertyDefaults() {
        return PropertyDefaults.forTable(options.server(), to.key() == null ? null : to.key().type(),
                ServerNormalizer.hasGinIndex(from) || ServerNormalizer.hasGinIndex(to));
    }

    /**
     * The statements that set one property: {@code SET ("key" = ...)}; for the storage medium and (on partitioned
     * tables) the replica count, {@code SET ("default.key" = ...)}, which only partitions created later take, and
     * {@code MODIFY PARTITION (*) SET ("key" = ...)} for the existing ones. On an unpartitioned table
     * {@code SET ("replication_num" = ...)} changes its one partition; {@code SET ("storage_medium" = ...)} is refused
     * there ("Unknown properties").
     */
    private List<TableOperation> setProperty(PropertyDiff.PropertyChange p, String value) {
        if (TableChangeRules.propertyAlter(from, p.key(), rules) != TableChangeRules.PropertyAlter.PARTITIONS
                || p.key().equals("replication_num") && to.partitioning() == null) {
            return List.of(new TableOperation.SetProperty(name, p.plainKey(), value));
        }
        partitionWide.add(p.key());
        return List.of(new TableOperation.SetProperty(name, "default." + p.key(), value),
                new TableOperation.ModifyPartitions(name, List.of(), Map.of(p.key(), value)));
    }

    private static boolean hasPartitionOverrides(Table t, String key) {
        return t.partitioning() != null && t.partitioning().partitions().stream()
                .anyMatch(d -> PropertyKeys.value(d.properties(), key) != null);
    }

    /**
     * Rollup drops into {@code drops} (before the column changes: a rollup holding a dropped column goes first) and
     * additions into {@code adds} (after them: a new rollup may hold a new column), compared by name when the target
     * declares rollups. A target that declares none leaves the table's rollups alone, as SHOW CREATE TABLE does not
     * print them and most models do not manage them. A rollup is unchanged when it holds the same columns in the same
     * order and, where both sides state one, the same duplicate key; properties are not compared, since a live
     * database does not show them. A changed rollup is dropped and added again.
     */
    private void compareRollups(List<String> droppedColumns, List<Change> drops, List<Change> adds) {
        if (to.rollups().isEmpty()) {
            if (!from.rollups().isEmpty()) {
                warnings.add(label + " has rollups the model does not declare (" + String.join(", ",
                        from.rollups().stream().map(Rollup::name).toList()) + "); they are left alone, declare "
                        + "them in the model to manage them");
            }
            dropEmptiedRollups(droppedColumns, drops);
            return;
        }
        MemberChanges<Rollup> changed = MemberChanges.of(from.rollups(), to.rollups(), Rollup::name,
                TableDiff::sameRollup);
        if (!changed.dropped().isEmpty()) {
            drops.add(dropRollups(changed.dropped()).build());
        }
        if (!changed.added().isEmpty()) {
            List<String> names = changed.added().stream().map(Rollup::name).toList();
            adds.add(Change.builder("add rollup " + quoted(names) + " to " + label, name)
                    .up(new TableOperation.AddRollup(name, changed.added()))
                    .down(new TableOperation.DropRollup(name, names))
                    .flag(ChangeFlag.ASYNC_JOB)
                    .warn(label + ": ADD ROLLUP runs as an asynchronous ROLLUP job that copies the rollup's columns "
                            + "of every row")
                    .build());
        }
    }

    /**
     * Rollups the model does not declare that hold only columns it drops: StarRocks refuses to drop a rollup's last
     * column, so they are dropped first, and the downgrade adds them again once their columns are back.
     */
    private void dropEmptiedRollups(List<String> droppedColumns, List<Change> drops) {
        List<Rollup> emptied = from.rollups().stream()
                .filter(r -> r.columns().stream().allMatch(c -> Names.contains(droppedColumns, c))).toList();
        if (emptied.isEmpty()) {
            return;
        }
        drops.add(dropRollups(emptied)
                .warn(label + ": rollup(s) " + quoted(emptied.stream().map(Rollup::name).toList()) + ", which the "
                        + "model does not declare, hold only columns it drops (StarRocks refuses to drop a rollup's "
                        + "last column); they are dropped first, and the downgrade adds them again")
                .build());
    }

    /** DROP ROLLUP of {@code rollups}, undone by adding them again. */
    private Change.Builder dropRollups(List<Rollup> rollups) {
        List<String> names = rollups.stream().map(Rollup::name).toList();
        return Change.builder("drop rollup " + quoted(names) + " of " + label, name)
                .up(new TableOperation.DropRollup(name, names))
                .down(new TableOperation.AddRollup(name, rollups));
    }

    /**
     * The synchronous materialized views: their drops go first, before the renames (StarRocks refuses to drop, modify
     * or rename a column an aggregating view reads), their creations into {@code adds}, after the column changes.
     */
    private void compareSyncViews(ColumnDiff.Result columns, List<Change> adds) {
        Set<String> gone = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        gone.addAll(renamedColumns);
        gone.addAll(droppedColumns(columns));
        Set<String> restated = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        columns.edits().stream().map(ColumnDiff.Edit::clause).filter(ColumnClause.Modify.class::isInstance)
                .forEach(c -> restated.add(((ColumnClause.Modify) c).column().name()));
        List<Change> drops = new ArrayList<>();
        SyncMaterializedViewDiff.compare(from, to, gone, restated, drops, adds, warnings);
        changes.addAll(0, drops);
    }

    private static boolean sameRollup(Rollup a, Rollup b) {
        return Names.sameColumns(a.columns(), b.columns())
                && (a.duplicateKey().isEmpty() || b.duplicateKey().isEmpty()
                || Names.sameColumns(a.duplicateKey(), b.duplicateKey()));
    }

    private static String quoted(List<String> names) {
        return names.stream().map(n -> "`" + n + "`").collect(Collectors.joining(", "));
    }

    /**
     * Index drops into {@code drops} and creations into {@code creates}; a changed index is dropped and created
     * again, in two changes, since the columns it covers may be dropped or added in between.
     */
    private void compareIndexes(List<Change> drops, List<Change> creates) {
        Map<String, Index> before = indexes(from);
        Map<String, Index> after = indexes(to);
        for (Map.Entry<String, Index> e : before.entrySet()) {
            Index wanted = after.get(e.getKey());
            if (wanted == null || !sameIndex(e.getValue(), wanted)) {
                drops.add(Change.builder("drop index `" + e.getValue().name() + "` of " + label
                                + (wanted == null ? "" : " (to create it again changed)"), name)
                        .up(new TableOperation.DropIndex(name, e.getValue().name()))
                        .down(new TableOperation.CreateIndex(name, e.getValue()))
                        .flag(ChangeFlag.ASYNC_JOB)
                        .build());
            }
            if (wanted != null && !sameIndex(e.getValue(), wanted)) {
                creates.add(Change.builder("create index `" + wanted.name() + "` on " + label + " again, changed",
                                name)
                        .up(new TableOperation.CreateIndex(name, wanted))
                        .down(new TableOperation.DropIndex(name, wanted.name()))
                        .flag(ChangeFlag.ASYNC_JOB)
                        .build());
            }
        }
        for (Map.Entry<String, Index> e : after.entrySet()) {
            if (!before.containsKey(e.getKey())) {
                creates.add(Change.builder("create index `" + e.getValue().name() + "` on " + label, name)
                        .up(new TableOperation.CreateIndex(name, e.getValue()))
                        .down(new TableOperation.DropIndex(name, e.getValue().name()))
                        .flag(ChangeFlag.ASYNC_JOB)
                        .build());
            }
        }
    }

    private static Map<String, Index> indexes(Table t) {
        Map<String, Index> out = new LinkedHashMap<>();
        t.indexes().forEach(i -> out.put(Names.key(i.name()), i));
        return out;
    }

    /** Same type, columns, properties (without the server's defaults) and comment. */
    static boolean sameIndex(Index a, Index b) {
        return a.type() == b.type() && Names.sameColumns(a.columns(), b.columns())
                && lowerValues(ServerNormalizer.indexProperties(a)).equals(lowerValues(ServerNormalizer.indexProperties(b)))
                && Objects.equals(ColumnDiff.blankToNull(a.comment()), ColumnDiff.blankToNull(b.comment()));
    }

    private static Map<String, String> lowerValues(Map<String, String> props) {
        Map<String, String> out = new LinkedHashMap<>();
        props.forEach((k, v) -> out.put(k, v.toLowerCase(java.util.Locale.ROOT)));
        return out;
    }
}
