package org.starrocks4j.operation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.starrocks4j.rules.ImplicitLayout;
import org.starrocks4j.rules.ServerRules;
import org.starrocks4j.rules.TableChangeRules;
import org.starrocks4j.schema.Column;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.Index;
import org.starrocks4j.schema.KeyType;
import org.starrocks4j.schema.MaterializedView;
import org.starrocks4j.schema.ModelValidator;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.schema.PartitionDefinition;
import org.starrocks4j.schema.Partitioning;
import org.starrocks4j.schema.QuerySource;
import org.starrocks4j.schema.Rollup;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.SchemaObject;
import org.starrocks4j.schema.SyncMaterializedView;
import org.starrocks4j.schema.Table;
import org.starrocks4j.schema.TableKey;
import org.starrocks4j.schema.View;
import org.starrocks4j.schema.ViewColumn;

/**
 * Applies DDL statements to a schema, as the server would, giving the schema after them: how a SQL file with
 * CREATE and ALTER statements, or a migration history, becomes one {@link Schema}. Every statement is checked
 * against the state it meets, and a statement the server would refuse there fails with a {@link ReplayException}
 * naming the statement, the object, the rule and the way out: what the model requires (ALTER of a table that does
 * not exist, ADD of an existing column, DROP of a column the distribution uses, ...), and the server's own rules for
 * ALTER, the very ones the diff follows ({@link ServerRules}, {@link TableChangeRules}: a nullable column made NOT
 * NULL, a DEFAULT changed by MODIFY COLUMN, a type narrowed, DISTRIBUTED BY on a RANDOM table, a property SET cannot
 * change, ...), and the rules its clauses break on their own ({@link StatementRules}). The server's rules are those of
 * the target server when {@link #startingFrom(Schema, ObjectRules, ServerRules) given}, else those every server
 * keeps ({@link ServerRules#forReadingAnyServer()}).
 *
 * <p>What the server does on its own is replayed too: {@code CREATE TABLE ... AS SELECT} makes the table with the
 * columns its query returns ({@code CreateAsSelectColumns}), a new column without a position goes before the generated
 * columns (which stay last), {@code RENAME COLUMN} renames the column wherever the table refers to it (key,
 * distribution, ORDER BY, partition keys and expressions, indexes, generated columns), {@code SWAP WITH}
 * exchanges two tables' names, {@code MODIFY COLUMN} restates the whole column (but for the REPLACE a UNIQUE KEY
 * value column keeps), and {@code ADD} / {@code DROP PARTITION} leave every RANGE partition where
 * the server holds it (written as fixed ranges, as SHOW CREATE TABLE prints them, once {@code VALUES LESS THAN} no
 * longer describes them). A synchronous materialized view ({@code CREATE MATERIALIZED VIEW} without REFRESH and
 * DISTRIBUTED BY) joins the table its query reads, follows it through RENAME and SWAP, and leaves with
 * {@code DROP MATERIALIZED VIEW}, which names it without its table, or with its table; DROP, MODIFY and RENAME
 * COLUMN of a column an aggregating view or a view's WHERE reads are refused, as the server refuses them, and a view
 * that only selects columns keeps the statement it was created with ({@code SyncViewColumnRules}). Data statements
 * ({@code INSERT ... SELECT}) and states the model does not hold ({@code ACTIVE}/{@code INACTIVE}, partitions' own
 * bucketing and storage settings) only check that their objects exist.
 *
 * <p>{@link #apply(Schema, List)} replays a list at once; {@link #startingFrom} gives a replay to feed statement by
 * statement (a script or a history read one statement at a time). Either way the work is linear: objects are found by
 * name in constant time and a statement costs only the objects it changes; the immutable schema is built once.
 */
public final class SchemaReplay {

    /** Whether the objects statements create or change must also pass StarRocks' rules for a model. */
    public enum ObjectRules {
        /**
         * Objects are taken as the statements leave them, as for statements a server has already run (a migration
         * history) or printed; only the statements are checked against the state they meet.
         */
        TRUST,
        /**
         * Every object a statement creates or changes must pass {@link ModelValidator}: a statement that would leave
         * an object the server refuses (an AGGREGATE KEY value column without an aggregate type, ...) fails there, as
         * on the server, instead of when the schema is printed.
         */
        VALIDATE
    }

    private final WorkingSchema objects;
    private final ObjectRules rules;
    private final ServerRules server;
    private Operation statement;
    private int index;

    private SchemaReplay(Schema start, ObjectRules rules, ServerRules server) {
        this.objects = new WorkingSchema(Objects.requireNonNull(start, "start"));
        this.rules = Objects.requireNonNull(rules, "rules");
        this.server = Objects.requireNonNull(server, "server");
    }

    /**
     * The schema after applying {@code operations} to {@code schema}, in order.
     *
     * @throws ReplayException at the first statement the server would refuse in the state it meets
     */
    public static Schema apply(Schema schema, List<? extends Operation> operations) {
        SchemaReplay replay = startingFrom(schema, ObjectRules.TRUST);
        operations.forEach(replay::apply);
        return replay.schema();
    }

    /** The schema after one statement. */
    public static Schema apply(Schema schema, Operation operation) {
        return apply(schema, List.of(operation));
    }

    /**
     * A replay to apply statements to one at a time, starting from {@code start}: for a long script or history, whose
     * statements are read one by one. Each statement costs only what it changes; {@link #schema()} gives the result.
     */
    public static SchemaReplay startingFrom(Schema start, ObjectRules rules) {
        return startingFrom(start, rules, ServerRules.forReadingAnyServer());
    }

    /**
     * As {@link #startingFrom(Schema, ObjectRules)}, for statements that run (or ran) on the server {@code server}
     * describes ({@link ServerRules#forReading}): its version decides the rules that changed between versions.
     */
    public static SchemaReplay startingFrom(Schema start, ObjectRules rules, ServerRules server) {
        return new SchemaReplay(start, rules, server);
    }

    /**
     * Applies the next statement. Statements are counted from 1 across the calls ({@link ReplayException#index()}).
     *
     * @throws ReplayException when the server would refuse it in the state it meets; the state is left as it was
     *                         before the statement
     */
    public void apply(Operation operation) {
        index++;
        statement = Objects.requireNonNull(operation, "operation");
        List<String> problems = StatementRules.problems(operation);
        if (!problems.isEmpty()) {
            throw fail(String.join("; ", problems));
        }
        dispatch(operation);
    }

    /** The object with that name now (as a statement would find it), if there is one. */
    public Optional<SchemaObject> find(ObjectName name) {
        int at = slotOf(name, false);
        return at < 0 ? Optional.empty() : Optional.of(objects.get(at));
    }

    /** The schema the statements so far have built. */
    public Schema schema() {
        return objects.toSchema();
    }

    private void dispatch(Operation op) {
        if (op instanceof TableOperation t) {
            applyTable(t);
        } else if (op instanceof ViewOperation v) {
            applyView(v);
        } else {
            applyMaterializedView((MaterializedViewOperation) op);
        }
    }

    // ---- tables -------------------------------------------------------------------------------------------------

    private void applyTable(TableOperation op) {
        if (op instanceof TableOperation.CreateTable c) {
            create(c.table(), c.ifNotExists(), false);
        } else if (op instanceof TableOperation.CreateTableLike like) {
            create(copied(table(like.source()), like), like.ifNotExists(), false);
        } else if (op instanceof TableOperation.CreateTableAsSelect ctas) {
            createAsSelect(ctas);
        } else if (op instanceof TableOperation.DropTable d) {
            drop(d.target(), Table.class, d.ifExists());
        } else if (op instanceof TableOperation.AlterColumns a) {
            Table before = withKeyPinned(table(a.target()));
            Table t = before;
            for (ColumnClause clause : a.clauses()) {
                t = new TableColumnEdit(t, server, this::fail).apply(clause);
            }
            refuseIf(ServerRules.columnOrderRefusal(before, t), t);
            replace(t);
        } else if (op instanceof TableOperation.SetProperty p) {
            Table t = table(p.target());
            refuseIf(TableChangeRules.setRefusal(t, p.key(), p.value(), server), t);
            replace(t.toBuilder().properties(withProperty(t.properties(), p.key(), p.value())).buildUnchecked());
        } else if (op instanceof TableOperation.SetComment c) {
            Table t = table(c.target());
            replace(t.toBuilder().comment(c.comment().isEmpty() ? null : c.comment()).buildUnchecked());
        } else if (op instanceof TableOperation.SetDistribution d) {
            Table t = table(d.target());
            if (d.distribution() instanceof Distribution.Hash h) {
                requireColumns(t, h.columns(), "DISTRIBUTED BY HASH");
            }
            String refusal = TableChangeRules.distributionRefusal(t, ImplicitLayout.distribution(t), d.distribution());
            if (refusal != null) {
                throw fail("table " + t.name().toSql() + ": " + refusal + "; leave the distribution as it is, or "
                        + "rebuild the table with the new one");
            }
            replace(t.toBuilder().distributedBy(d.distribution()).buildUnchecked());
        } else if (op instanceof TableOperation.SetOrderBy o) {
            Table t = table(o.target());
            requireColumns(t, o.columns(), "ORDER BY");
            if (namesEveryColumn(t, o.columns())) {
                t = withKeyPinned(t);
                refuseIf(server.reorderRefusal(t, o.columns(), moved(t, o.columns())), t);
                replace(reordered(t, o.columns()));
            } else {
                replace(t.toBuilder().orderBy(o.columns()).buildUnchecked());
            }
        } else if (op instanceof TableOperation.AddPartition a) {
            Table t = table(a.target());
            replace(t.toBuilder().partitionBy(addPartition(t, a)).buildUnchecked());
        } else if (op instanceof TableOperation.DropPartition d) {
            Table t = table(d.target());
            replace(t.toBuilder().partitionBy(dropPartition(t, d)).buildUnchecked());
        } else if (op instanceof TableOperation.ModifyPartitions m) {
            replace(modifyPartitions(table(m.target()), m));
        } else if (op instanceof TableOperation.SetPartitionDistribution d) {
            // re-bucketing partitions: SHOW CREATE TABLE prints no partition's bucketing, the model is unchanged
            Table t = table(d.target());
            requirePartitions(t, d.partitions(), "PARTITIONS (...) DISTRIBUTED BY");
            if (d.distribution() instanceof Distribution.Hash h) {
                requireColumns(t, h.columns(), "DISTRIBUTED BY HASH");
            }
        } else if (op instanceof TableOperation.AddRollup a) {
            replace(addRollups(table(a.target()), a.rollups()));
        } else if (op instanceof TableOperation.DropRollup d) {
            replace(dropRollups(table(d.target()), d.rollups()));
        } else if (op instanceof TableOperation.CreateSyncMaterializedView c) {
            replace(addSyncView(table(c.target()), c.view()));
        } else if (op instanceof TableOperation.DropSyncMaterializedView d) {
            Table t = table(d.target());
            if (findSyncView(t, d.view()) < 0) {
                throw fail("table " + t.name().toSql() + " has no synchronous materialized view `" + d.view() + "`"
                        + names(t.syncMaterializedViews().stream().map(SyncMaterializedView::name).toList(),
                        "its synchronous materialized views"));
            }
            replace(withoutSyncView(t, d.view()));
        } else if (op instanceof TableOperation.CreateIndex c && isMaterializedView(c.target())) {
            // CREATE INDEX ... ON reads the same for tables and MVs; the parser cannot tell which it names
            applyMaterializedView(new MaterializedViewOperation.CreateIndex(c.target(), c.index()));
        } else if (op instanceof TableOperation.DropIndex d && isMaterializedView(d.target())) {
            applyMaterializedView(new MaterializedViewOperation.DropIndex(d.target(), d.index()));
        } else if (op instanceof TableOperation.CreateIndex c) {
            Table t = table(c.target());
            if (t.indexes().stream().anyMatch(i -> i.name().equalsIgnoreCase(c.index().name()))) {
                throw fail("table " + t.name().toSql() + " already has an index `" + c.index().name()
                        + "`; drop it first or choose another name");
            }
            requireColumns(t, c.index().columns(), "index `" + c.index().name() + "`");
            List<Index> indexes = new ArrayList<>(t.indexes());
            indexes.add(c.index());
            replace(t.toBuilder().indexes(indexes).buildUnchecked());
        } else if (op instanceof TableOperation.DropIndex d) {
            Table t = table(d.target());
            List<Index> indexes = new ArrayList<>(t.indexes());
            if (!indexes.removeIf(i -> i.name().equalsIgnoreCase(d.index()))) {
                throw fail("table " + t.name().toSql() + " has no index `" + d.index() + "`" + names(
                        t.indexes().stream().map(Index::name).toList(), "its indexes"));
            }
            replace(t.toBuilder().indexes(indexes).buildUnchecked());
        } else if (op instanceof TableOperation.Rename r) {
            rename(table(r.target()), r.newName());
        } else if (op instanceof TableOperation.SwapWith s) {
            swap(table(s.target()), s.other());
        } else {
            TableOperation.CopyRows copy = (TableOperation.CopyRows) op;
            Table into = table(copy.target());
            Table from = table(copy.source());
            requireColumns(into, copy.columns(), "INSERT INTO");
            requireColumns(from, copy.columns(), "SELECT");
        }
    }

    /**
     * The table with the key the server holds stated: a table created without one keeps the key the server inferred
     * at CREATE TABLE ({@link ImplicitLayout}) through every later column change, while the model's implicit key
     * would be worked out again from the columns left (and SHOW CREATE TABLE prints the key it keeps).
     */
    private static Table withKeyPinned(Table t) {
        TableKey held = t.key() == null ? ImplicitLayout.key(t) : null;
        return held == null ? t : t.toBuilder().key(held).buildUnchecked();
    }

    /**
     * The table CREATE TABLE ... LIKE makes: the source as the server prints it (the server copies SHOW CREATE TABLE's
     * definition, which has no rollups and no synchronous materialized views), under the new name, with the clauses
     * the statement gives instead.
     */
    private static Table copied(Table source, TableOperation.CreateTableLike like) {
        Table.Builder b = source.toBuilder().name(like.target()).rollups(List.of()).syncMaterializedViews(List.of());
        if (like.partitioning() != null) {
            b.partitionBy(like.partitioning());
        }
        if (like.distribution() != null) {
            b.distributedBy(like.distribution());
        }
        if (!like.properties().isEmpty()) {
            b.properties(like.properties());
        }
        return b.buildUnchecked();
    }

    /**
     * CREATE TABLE ... AS SELECT: the table with the columns the query returns ({@code CreateAsSelectColumns}). With
     * IF NOT EXISTS and the table there, nothing happens and the query is not looked at.
     */
    private void createAsSelect(TableOperation.CreateTableAsSelect ctas) {
        int existing = slotOf(ctas.target());
        if (ctas.ifNotExists() && existing >= 0 && objects.get(existing) instanceof Table) {
            return;
        }
        ObjectName from = ctas.query().from();
        Table source = from == null ? null : queried(from);
        List<Column> columns = new CreateAsSelectColumns(ctas, source, this::fail).columns();
        create(ctas.layout().toBuilder().columns(columns).buildUnchecked(), ctas.ifNotExists(), false);
    }

    /** The table a CTAS query reads: a view or MV has no column types in the model, so only a table will do. */
    private Table queried(ObjectName name) {
        int at = slotOf(name);
        if (at >= 0 && !(objects.get(at) instanceof Table)) {
            SchemaObject o = objects.get(at);
            throw fail("the query reads " + o.kind() + " " + o.name().toSql() + ", whose column types the model does "
                    + "not hold (only the server works them out); read its base table instead, or declare the new "
                    + "table as SHOW CREATE TABLE prints it");
        }
        return table(name);
    }

    private Partitioning addPartition(Table t, TableOperation.AddPartition a) {
        if (a.distribution() instanceof Distribution.Hash h) {
            requireColumns(t, h.columns(), "DISTRIBUTED BY HASH");
        }
        Partitioning p = t.partitioning();
        PartitionDefinition added = a.partition();
        if (p == null || p instanceof Partitioning.Expression) {
            throw fail("table " + t.name().toSql() + (p == null ? " is not partitioned" : " uses expression "
                    + "partitioning, whose partitions the server creates as data arrives")
                    + "; ADD PARTITION needs a RANGE or LIST partitioned table");
        }
        RangePartitionEdit ranges = p instanceof Partitioning.Range ? new RangePartitionEdit(t) : null;
        boolean exists = added.name() != null && (ranges != null ? ranges.has(added.name())
                : findPartition(p.partitions(), added.name()) >= 0);
        if (exists) {
            if (a.ifNotExists()) {
                return p;
            }
            throw fail("table " + t.name().toSql() + " already has a partition `" + added.name()
                    + "`; use IF NOT EXISTS or another name");
        }
        if (ranges != null) {
            if (added instanceof PartitionDefinition.In) {
                throw fail("table " + t.name().toSql() + " is RANGE partitioned; partition `" + added.name()
                        + "` is a LIST partition (VALUES IN); give it a range");
            }
            return new Partitioning.Range(p.keys(), ranges.add(added));
        }
        if (!(added instanceof PartitionDefinition.In)) {
            throw fail("table " + t.name().toSql() + " is LIST partitioned; the added partition is a range; give "
                    + "it VALUES IN (...)");
        }
        List<PartitionDefinition> parts = new ArrayList<>(p.partitions());
        parts.add(added);
        return new Partitioning.ListPartitioning(p.keys(), parts);
    }

    private Partitioning dropPartition(Table t, TableOperation.DropPartition d) {
        Partitioning p = t.partitioning();
        List<PartitionDefinition> parts = p == null ? List.of() : p.partitions();
        Optional<List<PartitionDefinition>> remaining = p instanceof Partitioning.Range
                ? new RangePartitionEdit(t).drop(d.partition()) : withoutPartition(parts, d.partition());
        if (remaining.isPresent()) {
            return p instanceof Partitioning.Range ? new Partitioning.Range(p.keys(), remaining.get())
                    : new Partitioning.ListPartitioning(p.keys(), remaining.get());
        }
        if (d.ifExists()) {
            return p;
        }
        boolean batches = parts.stream().anyMatch(PartitionDefinition.Batch.class::isInstance);
        throw fail("table " + t.name().toSql() + " has no partition `" + d.partition() + "`"
                + (batches ? " among its named partitions and those its START/END/EVERY creates (p and the start "
                + "of the step: p20240101 by DAY, p202401 by MONTH, p2024 by YEAR)" : "")
                + "; use DROP PARTITION IF EXISTS or check the name");
    }

    /** The partitions without the one of that name; empty when there is none. */
    private static Optional<List<PartitionDefinition>> withoutPartition(List<PartitionDefinition> parts, String name) {
        int at = findPartition(parts, name);
        if (at < 0) {
            return Optional.empty();
        }
        List<PartitionDefinition> out = new ArrayList<>(parts);
        out.remove(at);
        return Optional.of(out);
    }

    /**
     * The table with the properties set on the partitions named (all of them for {@code (*)}). An unpartitioned
     * table's one partition is named like the table; its replica count is the table's, as on the server.
     */
    private Table modifyPartitions(Table t, TableOperation.ModifyPartitions m) {
        Partitioning p = t.partitioning();
        if (p == null) {
            if (!m.allPartitions() && !(m.partitions().size() == 1 && m.partitions().get(0).equalsIgnoreCase(
                    t.name().name()))) {
                throw fail("table " + t.name().toSql() + " is not partitioned; its one partition is named `"
                        + t.name().name() + "`; use MODIFY PARTITION (*) or that name");
            }
            String replicas = m.properties().get("replication_num");
            return replicas == null ? t
                    : t.toBuilder().properties(withProperty(t.properties(), "replication_num", replicas)).buildUnchecked();
        }
        if (p instanceof Partitioning.Expression) {
            return t; // the server creates these partitions as data arrives; the model does not list them
        }
        List<PartitionDefinition> parts = new ArrayList<>(p.partitions());
        for (String name : m.partitions()) {
            if (findPartition(parts, name) < 0
                    && parts.stream().noneMatch(PartitionDefinition.Batch.class::isInstance)) {
                throw fail("table " + t.name().toSql() + " has no partition `" + name + "`" + names(
                        parts.stream().map(PartitionDefinition::name).toList(), "its partitions"));
            }
        }
        for (int i = 0; i < parts.size(); i++) {
            PartitionDefinition d = parts.get(i);
            if (d.name() != null && (m.allPartitions() || m.partitions().stream().anyMatch(d.name()::equalsIgnoreCase))) {
                Map<String, String> props = d.properties();
                for (Map.Entry<String, String> e : m.properties().entrySet()) {
                    props = withProperty(props, e.getKey(), e.getValue());
                }
                parts.set(i, d.withProperties(props));
            }
        }
        return t.toBuilder().partitionBy(p instanceof Partitioning.Range r ? new Partitioning.Range(r.keys(), parts)
                : new Partitioning.ListPartitioning(p.keys(), parts)).buildUnchecked();
    }

    /**
     * Fails for a partition name the table cannot have: one missing from a RANGE or LIST table whose partitions the
     * model names. Partitions of expression partitioning and of START/END/EVERY batches have names only the server
     * knows; an unpartitioned table's one partition has the table's name.
     */
    private void requirePartitions(Table t, List<String> partitions, String clause) {
        Partitioning p = t.partitioning();
        if (p instanceof Partitioning.Expression
                || p != null && p.partitions().stream().anyMatch(PartitionDefinition.Batch.class::isInstance)) {
            return;
        }
        for (String name : partitions) {
            boolean exists = p == null ? name.equalsIgnoreCase(t.name().name())
                    : findPartition(p.partitions(), name) >= 0;
            if (!exists) {
                throw fail(clause + " names partition `" + name + "`, which table " + t.name().toSql()
                        + " does not have" + names(p == null ? List.of(t.name().name())
                        : p.partitions().stream().map(PartitionDefinition::name).toList(), "its partitions"));
            }
        }
    }

    private Table addRollups(Table t, List<Rollup> added) {
        if (t.key() != null && t.key().type() == KeyType.PRIMARY) {
            throw fail("table " + t.name().toSql() + " is a PRIMARY KEY table, which takes no rollups (Do not "
                    + "support add rollup on primary key table); use a materialized view instead");
        }
        List<Rollup> rollups = new ArrayList<>(t.rollups());
        for (Rollup r : added) {
            if (findRollup(rollups, r.name()) >= 0) {
                throw fail("table " + t.name().toSql() + " already has a rollup `" + r.name() + "`; drop it first "
                        + "or choose another name");
            }
            requireColumns(t, r.columns(), "rollup `" + r.name() + "`");
            rollups.add(r);
        }
        return t.toBuilder().rollups(rollups).buildUnchecked();
    }

    private Table dropRollups(Table t, List<String> dropped) {
        List<Rollup> rollups = new ArrayList<>(t.rollups());
        for (String name : dropped) {
            int at = findRollup(rollups, name);
            if (at < 0) {
                throw fail("table " + t.name().toSql() + " has no rollup `" + name + "`" + names(
                        t.rollups().stream().map(Rollup::name).toList(), "its rollups"));
            }
            rollups.remove(at);
        }
        return t.toBuilder().rollups(rollups).buildUnchecked();
    }

    /**
     * The table with the synchronous materialized view: its name must be new in the database, among objects and
     * every table's rollups and synchronous materialized views (MaterializedViewHandler: "Table [mv] already exists",
     * "Materialized view[mv] already exists"). The server ignores IF NOT EXISTS on such a statement.
     */
    private Table addSyncView(Table t, SyncMaterializedView view) {
        ObjectName name = new ObjectName(t.name().catalog(), t.name().database(), view.name());
        int existing = slotOf(name, false);
        if (existing >= 0) {
            throw fail(objects.get(existing).kind() + " " + objects.get(existing).name().toSql() + " already "
                    + "exists; a synchronous materialized view needs a name of its own");
        }
        for (int slot : objects.tablesWithIndex(view.name())) {
            Table other = (Table) objects.get(slot);
            if (sameDatabase(other.name(), name)) {
                throw fail("Materialized view[" + view.name() + "] already exists: table " + other.name().toSql()
                        + " has a rollup or synchronous materialized view of that name; drop it first or choose "
                        + "another name");
            }
        }
        List<SyncMaterializedView> views = new ArrayList<>(t.syncMaterializedViews());
        views.add(view);
        return t.toBuilder().syncMaterializedViews(views).buildUnchecked();
    }

    /**
     * The table holding a synchronous materialized view named {@code name}, for a {@code DROP MATERIALIZED VIEW} that
     * names no object: the statement names such a view without its table. {@code null} when no table has one.
     */
    private Table tableWithSyncView(ObjectName name) {
        for (int slot : objects.tablesWithIndex(name.name())) {
            Table t = (Table) objects.get(slot);
            if (sameDatabase(t.name(), name) && findSyncView(t, name.name()) >= 0) {
                return t;
            }
        }
        return null;
    }

    private static Table withoutSyncView(Table t, String name) {
        List<SyncMaterializedView> views = new ArrayList<>(t.syncMaterializedViews());
        views.remove(findSyncView(t, name));
        return t.toBuilder().syncMaterializedViews(views).buildUnchecked();
    }

    private static int findSyncView(Table t, String name) {
        List<SyncMaterializedView> views = t.syncMaterializedViews();
        for (int i = 0; i < views.size(); i++) {
            if (views.get(i).name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Names in one database: equal databases, or one of them not given. */
    private static boolean sameDatabase(ObjectName a, ObjectName b) {
        return a.database() == null || b.database() == null || a.database().equals(b.database());
    }

    private static int findRollup(List<Rollup> rollups, String name) {
        for (int i = 0; i < rollups.size(); i++) {
            if (rollups.get(i).name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the partition of that name (names are case-insensitive), or -1. */
    static int findPartition(List<PartitionDefinition> parts, String name) {
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).name() != null && parts.get(i).name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    private void rename(SchemaObject object, String newName) {
        ObjectName renamed = new ObjectName(object.name().catalog(), object.name().database(), newName);
        int existing = slotOf(renamed);
        if (existing >= 0) {
            throw fail(objects.get(existing).kind() + " " + objects.get(existing).name().toSql()
                    + " already exists; cannot rename " + object.kind() + " " + object.name().toSql() + " to it");
        }
        objects.set(objects.slotOf(object.name()), withName(object, renamed));
    }

    private void swap(Table table, String otherName) {
        ObjectName otherRef = new ObjectName(table.name().catalog(), table.name().database(), otherName);
        Table other = table(otherRef);
        if (other == table) {
            throw fail("table " + table.name().toSql() + " cannot be swapped with itself; name another table");
        }
        int a = objects.slotOf(table.name());
        int b = objects.slotOf(other.name());
        objects.set(a, withName(other, table.name()));
        objects.set(b, withName(table, other.name()));
    }

    // ---- views and materialized views ---------------------------------------------------------------------------

    private void applyView(ViewOperation op) {
        if (op instanceof ViewOperation.CreateView c) {
            create(c.view(), c.ifNotExists(), c.orReplace());
        } else if (op instanceof ViewOperation.DropView d) {
            drop(d.target(), View.class, d.ifExists());
        } else if (op instanceof ViewOperation.SetSecurity s) {
            View v = existing(s.target(), View.class);
            replace(new View(v.name(), v.columns(), v.comment(), s.security(), v.definition()));
        } else {
            ViewOperation.AlterView a = (ViewOperation.AlterView) op;
            View v = existing(a.target(), View.class);
            replace(new View(v.name(), a.columns(), v.comment(), v.security(), a.definition()));
        }
    }

    private void applyMaterializedView(MaterializedViewOperation op) {
        if (op instanceof MaterializedViewOperation.CreateMaterializedView c) {
            create(c.view(), c.ifNotExists(), false);
        } else if (op instanceof MaterializedViewOperation.DropMaterializedView d) {
            Table holder = slotOf(d.target(), false) < 0 ? tableWithSyncView(d.target()) : null;
            if (holder != null) {
                replace(withoutSyncView(holder, d.target().name()));
            } else {
                drop(d.target(), MaterializedView.class, d.ifExists());
            }
        } else if (op instanceof MaterializedViewOperation.SetRefresh r) {
            MaterializedView mv = existing(r.target(), MaterializedView.class);
            replace(new MaterializedView(mv.name(), mv.columns(), mv.indexes(), mv.comment(), mv.partitioning(),
                    mv.distribution(), mv.orderBy(), r.refresh(), mv.properties(), mv.definition()));
        } else if (op instanceof MaterializedViewOperation.SetProperties p) {
            MaterializedView mv = existing(p.target(), MaterializedView.class);
            Map<String, String> props = mv.properties();
            for (Map.Entry<String, String> e : p.properties().entrySet()) {
                props = withProperty(props, e.getKey(), e.getValue());
            }
            replace(new MaterializedView(mv.name(), mv.columns(), mv.indexes(), mv.comment(), mv.partitioning(),
                    mv.distribution(), mv.orderBy(), mv.refresh(), props, mv.definition()));
        } else if (op instanceof MaterializedViewOperation.CreateIndex c) {
            MaterializedView mv = existing(c.target(), MaterializedView.class);
            String label = "materialized view " + mv.name().toSql();
            if (mv.indexes().stream().anyMatch(i -> i.name().equalsIgnoreCase(c.index().name()))) {
                throw fail(label + " already has an index `" + c.index().name() + "`; drop it first or choose "
                        + "another name");
            }
            // an MV created without a column list takes the index too (StarRocks' test_mv_with_index: CREATE INDEX on
            // an MV of SELECT *; SHOW CREATE then lists its columns and the index): the server checks the index's
            // columns against the ones its query returns, which the replay does not work out
            for (String column : c.index().columns()) {
                if (!mv.columns().isEmpty() && mv.columns().stream().noneMatch(v -> v.name().equalsIgnoreCase(column))) {
                    throw fail(label + " has no column `" + column + "` for index `" + c.index().name() + "`"
                            + names(mv.columns().stream().map(ViewColumn::name).toList(), "its columns"));
                }
            }
            List<Index> indexes = new ArrayList<>(mv.indexes());
            indexes.add(c.index());
            replace(mv.withIndexes(indexes));
        } else if (op instanceof MaterializedViewOperation.DropIndex d) {
            MaterializedView mv = existing(d.target(), MaterializedView.class);
            List<Index> indexes = new ArrayList<>(mv.indexes());
            if (!indexes.removeIf(i -> i.name().equalsIgnoreCase(d.index()))) {
                throw fail("materialized view " + mv.name().toSql() + " has no index `" + d.index() + "`" + names(
                        mv.indexes().stream().map(Index::name).toList(), "its indexes"));
            }
            replace(mv.withIndexes(indexes));
        } else if (op instanceof MaterializedViewOperation.Rename r) {
            rename(existing(r.target(), MaterializedView.class), r.newName());
        } else {
            existing(op.target(), MaterializedView.class); // ACTIVE / INACTIVE: state the model does not hold
        }
    }

    // ---- objects ------------------------------------------------------------------------------------------------

    private void create(SchemaObject object, boolean ifNotExists, boolean orReplace) {
        int at = slotOf(object.name());
        if (at < 0) {
            objects.add(checked(object));
            return;
        }
        SchemaObject had = objects.get(at);
        if (orReplace && had.getClass() == object.getClass()) {
            objects.set(at, checked(object));
            return;
        }
        if (ifNotExists && had.getClass() == object.getClass()) {
            return;
        }
        throw fail(had.kind() + " " + had.name().toSql() + " already exists; drop it first"
                + (had.getClass() == object.getClass() ? ", or use IF NOT EXISTS" : ""));
    }

    private void drop(ObjectName name, Class<? extends SchemaObject> kind, boolean ifExists) {
        int at = slotOf(name);
        if (at < 0) {
            if (ifExists) {
                return;
            }
            throw fail(kindWord(kind) + " " + name.toSql() + " does not exist; use IF EXISTS to ignore that");
        }
        SchemaObject had = objects.get(at);
        if (!kind.isInstance(had)) {
            throw fail(name.toSql() + " is a " + had.kind() + ", not a " + kindWord(kind) + "; drop it with DROP "
                    + had.kind().toUpperCase(Locale.ROOT));
        }
        objects.remove(at);
    }

    /**
     * True for an ORDER BY that names every column of a table other than a PRIMARY KEY one: the server reads it as a
     * column reorder, not a sort key (corpus pairs 0102, 0107, 0112: the columns and the key are reordered, the sort
     * key is kept).
     */
    private static boolean namesEveryColumn(Table t, List<String> columns) {
        if (t.key() != null && t.key().type() == KeyType.PRIMARY
                || columns.size() != t.columns().size()) {
            return false;
        }
        return t.columns().stream().allMatch(c -> columns.stream().anyMatch(n -> n.equalsIgnoreCase(c.name())));
    }

    /** The columns {@code order} puts in another place than they have in {@code t}. */
    private static List<String> moved(Table t, List<String> order) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            if (!t.columns().get(i).name().equalsIgnoreCase(order.get(i))) {
                out.add(order.get(i));
            }
        }
        return out;
    }

    /** The table with its columns in {@code order}, and its key columns in the new column order. */
    private static Table reordered(Table t, List<String> order) {
        List<Column> columns = new ArrayList<>();
        for (String name : order) {
            columns.add(t.column(name).orElseThrow());
        }
        Table.Builder b = t.toBuilder().columns(columns);
        if (t.key() != null) {
            List<String> key = new ArrayList<>();
            for (Column c : columns) {
                if (t.key().columns().stream().anyMatch(k -> k.equalsIgnoreCase(c.name()))) {
                    key.add(c.name());
                }
            }
            b.key(new TableKey(t.key().type(), key));
        }
        return b.buildUnchecked();
    }

    private boolean isMaterializedView(ObjectName name) {
        int at = slotOf(name);
        return at >= 0 && objects.get(at) instanceof MaterializedView;
    }

    private Table table(ObjectName name) {
        return existing(name, Table.class);
    }

    private <T extends SchemaObject> T existing(ObjectName name, Class<T> kind) {
        int at = slotOf(name);
        if (at < 0) {
            throw fail(kindWord(kind) + " " + name.toSql() + " does not exist; create it before this statement");
        }
        SchemaObject o = objects.get(at);
        if (!kind.isInstance(o)) {
            throw fail(name.toSql() + " is a " + o.kind() + ", not a " + kindWord(kind));
        }
        return kind.cast(o);
    }

    /**
     * The slot of the object with that name: the exact name, else the one object with the same unqualified name
     * when one of the two names does not give a database. -1 when there is none.
     */
    private int slotOf(ObjectName name) {
        return slotOf(name, true);
    }

    /** As {@link #slotOf(ObjectName)}; a name that matches two objects fails, or finds none when not {@code strict}. */
    private int slotOf(ObjectName name, boolean strict) {
        int exact = objects.slotOf(name);
        if (exact >= 0) {
            return exact;
        }
        int found = -1;
        for (int slot : objects.slotsNamed(name.name())) {
            ObjectName n = objects.get(slot).name();
            if (n.database() == null || name.database() == null) {
                if (found >= 0 && !strict) {
                    return -1;
                }
                if (found >= 0) {
                    throw fail("the name " + name.toSql() + " matches both " + objects.get(found).name().toSql()
                            + " and " + n.toSql() + "; qualify it with its database");
                }
                found = slot;
            }
        }
        return found;
    }

    /** Puts the changed object in place of the one with its name. */
    private void replace(SchemaObject object) {
        objects.set(slotOf(object.name()), checked(object));
    }

    /** Fails with the server's rule and the way out when {@code refusal} is one. */
    private void refuseIf(ServerRules.Refusal refusal, Table t) {
        if (refusal != null) {
            throw fail("table " + t.name().toSql() + ": " + refusal.message());
        }
    }

    /** The object, after checking it against StarRocks' rules when this replay validates objects. */
    private SchemaObject checked(SchemaObject object) {
        if (rules == ObjectRules.VALIDATE) {
            List<String> problems = ModelValidator.problems(object);
            if (!problems.isEmpty()) {
                throw fail(String.join("; ", problems));
            }
        }
        return object;
    }

    /**
     * The object under another name. A renamed table's synchronous materialized views read it under its new name:
     * the server keeps them on the table, so their queries are written with the name the table now has.
     */
    private static SchemaObject withName(SchemaObject o, ObjectName name) {
        if (o instanceof Table t) {
            return t.toBuilder().name(name).syncMaterializedViews(t.syncMaterializedViews().stream()
                    .map(v -> new SyncMaterializedView(v.name(), QuerySource.withTable(v.definition(), name.name()),
                            v.properties())).toList()).buildUnchecked();
        }
        if (o instanceof View v) {
            return new View(name, v.columns(), v.comment(), v.security(), v.definition());
        }
        MaterializedView m = (MaterializedView) o;
        return new MaterializedView(name, m.columns(), m.indexes(), m.comment(), m.partitioning(), m.distribution(),
                m.orderBy(), m.refresh(), m.properties(), m.definition());
    }

    private static String kindWord(Class<? extends SchemaObject> kind) {
        return kind == Table.class ? "table" : kind == View.class ? "view" : "materialized view";
    }

    // ---- shared -------------------------------------------------------------------------------------------------

    /**
     * The properties with {@code key} set: an existing key spelled in another case, or as the
     * {@code default.}-prefixed form of a partition default ({@code default.replication_num}), is replaced in place.
     */
    static Map<String, String> withProperty(Map<String, String> properties, String key, String value) {
        Map<String, String> out = new LinkedHashMap<>();
        boolean replaced = false;
        for (Map.Entry<String, String> e : properties.entrySet()) {
            if (!replaced && sameProperty(e.getKey(), key)) {
                out.put(e.getKey(), value);
                replaced = true;
            } else {
                out.put(e.getKey(), e.getValue());
            }
        }
        if (!replaced) {
            out.put(key, value);
        }
        return out;
    }

    private static boolean sameProperty(String a, String b) {
        return withoutDefaultPrefix(a).equals(withoutDefaultPrefix(b));
    }

    private static String withoutDefaultPrefix(String key) {
        String k = key.strip().toLowerCase(Locale.ROOT);
        return k.startsWith("default.") ? k.substring("default.".length()) : k;
    }

    private void requireColumns(Table t, List<String> columns, String clause) {
        for (String c : columns) {
            if (t.column(c).isEmpty()) {
                throw fail(clause + " names column `" + c + "`, which table " + t.name().toSql() + " does not have"
                        + names(t.columns().stream().map(Column::name).toList(),
                        "its columns"));
            }
        }
    }

    static String names(List<String> names, String what) {
        return names.isEmpty() ? "" : " (" + what + ": " + String.join(", ", names) + ")";
    }

    private ReplayException fail(String message) {
        return new ReplayException(message, statement, index);
    }
}
