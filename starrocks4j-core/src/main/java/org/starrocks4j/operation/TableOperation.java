package org.starrocks4j.operation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.Index;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.schema.PartitionDefinition;
import org.starrocks4j.schema.Partitioning;
import org.starrocks4j.schema.Properties;
import org.starrocks4j.schema.Rollup;
import org.starrocks4j.schema.SyncMaterializedView;
import org.starrocks4j.schema.Table;

/** Statements on tables. */
public sealed interface TableOperation extends Operation {

    /**
     * The statements that create {@code table}: CREATE TABLE (of the table without its synchronous materialized
     * views, which it cannot declare), then {@code CREATE MATERIALIZED VIEW} of each of them, in order.
     */
    static List<TableOperation> creating(Table table, boolean ifNotExists) {
        List<TableOperation> out = new ArrayList<>();
        out.add(new CreateTable(table.toBuilder().syncMaterializedViews(List.of()).buildUnchecked(), ifNotExists));
        table.syncMaterializedViews().forEach(v -> out.add(new CreateSyncMaterializedView(table.name(), v)));
        return out;
    }

    /** {@code CREATE TABLE [IF NOT EXISTS] ...}. */
    record CreateTable(Table table, boolean ifNotExists) implements TableOperation {
        public CreateTable {
            Objects.requireNonNull(table, "table");
        }

        @Override
        public ObjectName target() {
            return table.name();
        }
    }

    /**
     * {@code CREATE TABLE [IF NOT EXISTS] t [PARTITION BY ...] [DISTRIBUTED BY ...] [PROPERTIES (...)] LIKE source}: a
     * table defined as {@code source} is (as SHOW CREATE TABLE prints it, so without its rollups), with the clauses
     * given instead of the source's.
     *
     * @param partitioning replaces the source's, or {@code null}
     * @param distribution replaces the source's, or {@code null}
     * @param properties   replace the source's when not empty
     */
    record CreateTableLike(ObjectName target, ObjectName source, boolean ifNotExists, Partitioning partitioning,
                           Distribution distribution, Map<String, String> properties) implements TableOperation {
        public CreateTableLike {
            Objects.requireNonNull(target, "table");
            Objects.requireNonNull(source, "source table");
            properties = Properties.copyOf(properties);
        }
    }

    /**
     * {@code CREATE TABLE [IF NOT EXISTS] t [(names, INDEX ...)] [key] [COMMENT] [PARTITION BY] [DISTRIBUTED BY]
     * [ORDER BY] [PROPERTIES] AS SELECT ...}: a table whose columns are what the query returns. The server works them
     * out; {@link SchemaReplay} does the same where it can tell their types ({@code CreateAsSelectColumns}).
     *
     * @param layout      the new table's name and clauses, with no columns: the query gives them
     * @param columnNames the names given to the query's columns, in order, or an empty list for the query's own
     */
    record CreateTableAsSelect(Table layout, List<String> columnNames, SelectQuery query, boolean ifNotExists)
            implements TableOperation {
        public CreateTableAsSelect {
            Objects.requireNonNull(layout, "table");
            Objects.requireNonNull(query, "query");
            columnNames = List.copyOf(columnNames);
            if (!layout.columns().isEmpty()) {
                throw new IllegalArgumentException("CREATE TABLE " + layout.name() + " AS SELECT takes its columns "
                        + "from the query; give the layout none");
            }
        }

        @Override
        public ObjectName target() {
            return layout.name();
        }
    }

    /** {@code DROP TABLE [IF EXISTS] t [FORCE]}. */
    record DropTable(ObjectName target, boolean ifExists, boolean force) implements TableOperation {
        @Override
        public boolean destructive() {
            return true;
        }
    }

    /**
     * {@code ALTER TABLE t ADD/DROP/MODIFY/RENAME COLUMN ...}, several clauses in one statement (one
     * asynchronous schema-change job).
     */
    record AlterColumns(ObjectName target, List<ColumnClause> clauses) implements TableOperation {
        public AlterColumns {
            Objects.requireNonNull(target, "table");
            clauses = List.copyOf(clauses);
            if (clauses.isEmpty()) {
                throw new IllegalArgumentException("ALTER TABLE " + target + " needs at least one column clause");
            }
        }

        @Override
        public boolean destructive() {
            return clauses.stream().anyMatch(c -> c instanceof ColumnClause.Drop);
        }
    }

    /** {@code ALTER TABLE t SET ("key" = "value")}: StarRocks takes one property per statement. */
    record SetProperty(ObjectName target, String key, String value) implements TableOperation {
        public SetProperty {
            Objects.requireNonNull(key, "property key");
            Objects.requireNonNull(value, "property value");
        }
    }

    /** {@code ALTER TABLE t COMMENT = '...'}; an empty comment removes it. */
    record SetComment(ObjectName target, String comment) implements TableOperation {
        public SetComment {
            comment = comment == null ? "" : comment;
        }
    }

    /** {@code ALTER TABLE t DISTRIBUTED BY ...}: an asynchronous OPTIMIZE job. */
    record SetDistribution(ObjectName target, Distribution distribution) implements TableOperation {
        public SetDistribution {
            Objects.requireNonNull(distribution, "distribution");
        }
    }

    /** {@code ALTER TABLE t ORDER BY (cols)}: an asynchronous OPTIMIZE job. */
    record SetOrderBy(ObjectName target, List<String> columns) implements TableOperation {
        public SetOrderBy {
            columns = List.copyOf(columns);
        }
    }

    /**
     * {@code ALTER TABLE t ADD PARTITION p VALUES ... [DISTRIBUTED BY ...]} or
     * {@code ADD PARTITIONS START ... END ... EVERY ...}.
     *
     * @param distribution the added partitions' own bucketing, or {@code null} for the table's; SHOW CREATE TABLE
     *                     prints no partition's bucketing, so the model keeps none
     */
    record AddPartition(ObjectName target, PartitionDefinition partition, boolean ifNotExists,
                        Distribution distribution) implements TableOperation {
        public AddPartition {
            Objects.requireNonNull(partition, "partition");
        }

        /** A partition with the table's distribution. */
        public AddPartition(ObjectName target, PartitionDefinition partition, boolean ifNotExists) {
            this(target, partition, ifNotExists, null);
        }
    }

    /**
     * {@code ALTER TABLE t PARTITIONS (p1, p2) DISTRIBUTED BY ... BUCKETS n}: re-buckets existing partitions, an
     * asynchronous OPTIMIZE job. SHOW CREATE TABLE prints no partition's bucketing, so the model is unchanged.
     */
    record SetPartitionDistribution(ObjectName target, List<String> partitions, Distribution distribution)
            implements TableOperation {
        public SetPartitionDistribution {
            partitions = List.copyOf(partitions);
            Objects.requireNonNull(distribution, "distribution");
            if (partitions.isEmpty()) {
                throw new IllegalArgumentException("ALTER TABLE " + target + " PARTITIONS (...) needs a partition");
            }
        }
    }

    /** {@code ALTER TABLE t DROP PARTITION [IF EXISTS] p [FORCE]}. */
    record DropPartition(ObjectName target, String partition, boolean ifExists, boolean force) implements TableOperation {
        public DropPartition {
            Objects.requireNonNull(partition, "partition");
        }

        @Override
        public boolean destructive() {
            return true;
        }
    }

    /**
     * {@code ALTER TABLE t MODIFY PARTITION (p1, p2) SET ("key" = "value")}, or {@code MODIFY PARTITION (*)} for every
     * partition (an unpartitioned table has one, named like the table). It changes the existing partitions'
     * storage medium or replica count, which {@code SET ("default.replication_num" = ...)} leaves as they are.
     *
     * @param partitions the partitions by name; empty for all of them ({@code (*)})
     */
    record ModifyPartitions(ObjectName target, List<String> partitions, Map<String, String> properties)
            implements TableOperation {
        public ModifyPartitions {
            Objects.requireNonNull(target, "table");
            partitions = List.copyOf(partitions);
            properties = Properties.copyOf(properties);
            if (properties.isEmpty()) {
                throw new IllegalArgumentException("ALTER TABLE " + target + " MODIFY PARTITION needs a property to set");
            }
        }

        /** True for {@code MODIFY PARTITION (*)}. */
        public boolean allPartitions() {
            return partitions.isEmpty();
        }
    }

    /** {@code CREATE INDEX i ON t (cols) USING ...}. */
    record CreateIndex(ObjectName target, Index index) implements TableOperation {
        public CreateIndex {
            Objects.requireNonNull(index, "index");
        }
    }

    /** {@code DROP INDEX i ON t}. */
    record DropIndex(ObjectName target, String index) implements TableOperation {
        public DropIndex {
            Objects.requireNonNull(index, "index");
        }
    }

    /**
     * {@code ALTER TABLE t ADD ROLLUP r1 (...), r2 (...)}: one asynchronous ROLLUP job that builds every rollup
     * listed.
     */
    record AddRollup(ObjectName target, List<Rollup> rollups) implements TableOperation {
        public AddRollup {
            rollups = List.copyOf(rollups);
            if (rollups.isEmpty()) {
                throw new IllegalArgumentException("ALTER TABLE " + target + " ADD ROLLUP needs a rollup");
            }
        }
    }

    /** {@code ALTER TABLE t DROP ROLLUP r1, r2}. */
    record DropRollup(ObjectName target, List<String> rollups) implements TableOperation {
        public DropRollup {
            rollups = List.copyOf(rollups);
            if (rollups.isEmpty()) {
                throw new IllegalArgumentException("ALTER TABLE " + target + " DROP ROLLUP needs a rollup name");
            }
        }
    }

    /**
     * {@code CREATE MATERIALIZED VIEW mv [PROPERTIES (...)] AS SELECT ... FROM t}, with neither REFRESH nor DISTRIBUTED
     * BY: a synchronous materialized view of table {@code t} ({@code target}), built by an asynchronous ROLLUP job on
     * it. The view is named in the table's database.
     */
    record CreateSyncMaterializedView(ObjectName target, SyncMaterializedView view) implements TableOperation {
        public CreateSyncMaterializedView {
            Objects.requireNonNull(target, "table");
            Objects.requireNonNull(view, "synchronous materialized view");
        }

        /** The view's name, in its table's database. */
        public ObjectName viewName() {
            return new ObjectName(target.catalog(), target.database(), view.name());
        }
    }

    /**
     * {@code DROP MATERIALIZED VIEW mv} of a synchronous materialized view of table {@code t} ({@code target}): the
     * statement names only the view, in the table's database; the diff, which knows the table, writes this. A parsed
     * {@code DROP MATERIALIZED VIEW} is a {@link MaterializedViewOperation.DropMaterializedView}, which replay finds
     * either kind for.
     */
    record DropSyncMaterializedView(ObjectName target, String view) implements TableOperation {
        public DropSyncMaterializedView {
            Objects.requireNonNull(target, "table");
            Objects.requireNonNull(view, "synchronous materialized view name");
        }

        /** The view's name, in its table's database. */
        public ObjectName viewName() {
            return new ObjectName(target.catalog(), target.database(), view);
        }

        @Override
        public boolean destructive() {
            return true;
        }
    }

    /** {@code ALTER TABLE t RENAME new_name}. */
    record Rename(ObjectName target, String newName) implements TableOperation {
        public Rename {
            Objects.requireNonNull(newName, "new name");
        }
    }

    /** {@code ALTER TABLE t SWAP WITH other}: atomically exchanges the two tables' names. */
    record SwapWith(ObjectName target, String other) implements TableOperation {
        public SwapWith {
            Objects.requireNonNull(other, "other table");
        }
    }

    /**
     * {@code INSERT INTO target (cols) SELECT cols FROM source}: copies rows while a table is rebuilt (used by
     * rebuild plans for changes StarRocks cannot ALTER).
     */
    record CopyRows(ObjectName target, ObjectName source, List<String> columns) implements TableOperation {
        public CopyRows {
            Objects.requireNonNull(source, "source");
            columns = List.copyOf(columns);
        }
    }
}
