package org.starrocks4j.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.starrocks4j.types.AggregateStateType;
import org.starrocks4j.types.DataType;

/**
 * A StarRocks table with every attribute of its CREATE TABLE statement. Build one with {@link #builder(String)}.
 *
 * @param name         the table name
 * @param columns      columns in order
 * @param key          the key model, or {@code null} when none is stated (the server then uses DUPLICATE KEY
 *                     on the leading columns)
 * @param comment      COMMENT, or {@code null}
 * @param engine       ENGINE (OLAP for native tables)
 * @param partitioning PARTITION BY, or {@code null}
 * @param distribution DISTRIBUTED BY, or {@code null} for the server default
 * @param orderBy      ORDER BY columns (sort key), empty when not stated
 * @param properties   PROPERTIES in the order given
 * @param indexes      secondary indexes declared inside the column list
 * @param rollups      rollups, in the order declared
 * @param syncMaterializedViews the table's synchronous materialized views (indexes built from a query on it, which
 *                     {@code CREATE MATERIALIZED VIEW} without REFRESH and DISTRIBUTED BY makes), in the order created
 */
public record Table(ObjectName name, List<Column> columns, TableKey key, String comment, String engine,
                    Partitioning partitioning, Distribution distribution, List<String> orderBy,
                    Map<String, String> properties, List<Index> indexes, List<Rollup> rollups,
                    List<SyncMaterializedView> syncMaterializedViews) implements SchemaObject {

    /** The engine of native StarRocks tables. */
    public static final String OLAP = "OLAP";

    public Table {
        Objects.requireNonNull(name, "table name");
        columns = List.copyOf(columns);
        engine = engine == null ? OLAP : engine;
        orderBy = List.copyOf(orderBy);
        properties = Properties.copyOf(properties);
        indexes = List.copyOf(indexes);
        rollups = List.copyOf(rollups);
        syncMaterializedViews = List.copyOf(syncMaterializedViews);
    }

    @Override
    public String kind() {
        return "table";
    }

    /** The column of that name (case-insensitive, as StarRocks resolves column names). */
    public Optional<Column> column(String columnName) {
        for (Column c : columns) { // a loop, not a stream: validation and replay ask this for every column named
            if (c.name().equalsIgnoreCase(columnName)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the column holds NULL on the server: as its definition states, else yes, except for AUTO_INCREMENT
     * columns, the key columns of a PRIMARY KEY table and the states of aggregate functions that are never NULL
     * ({@code count}).
     */
    public boolean nullable(Column column) {
        if (column.nullable() != null) {
            return column.nullable();
        }
        if (column.autoIncrement()
                || column.type() instanceof AggregateStateType state && state.notNullByDefault()) {
            return false;
        }
        return !(key != null && key.type() == KeyType.PRIMARY
                && key.columns().stream().anyMatch(column.name()::equalsIgnoreCase));
    }

    public static Builder builder(String name) {
        return new Builder(ObjectName.of(name));
    }

    public static Builder builder(ObjectName name) {
        return new Builder(name);
    }

    /** A builder preset with this table's values. */
    public Builder toBuilder() {
        Builder b = new Builder(name);
        b.columns.addAll(columns);
        b.key = key;
        b.comment = comment;
        b.engine = engine;
        b.partitioning = partitioning;
        b.distribution = distribution;
        b.orderBy.addAll(orderBy);
        b.properties.putAll(properties);
        b.indexes.addAll(indexes);
        b.rollups.addAll(rollups);
        b.syncMaterializedViews.addAll(syncMaterializedViews);
        return b;
    }

    /** Fluent construction of a {@link Table}: the Java DSL for tables. {@link #build()} validates. */
    public static final class Builder {
        private ObjectName name;
        private final List<Column> columns = new ArrayList<>();
        private TableKey key;
        private String comment;
        private String engine = OLAP;
        private Partitioning partitioning;
        private Distribution distribution;
        private final List<String> orderBy = new ArrayList<>();
        private final Map<String, String> properties = new LinkedHashMap<>();
        private final List<Index> indexes = new ArrayList<>();
        private final List<Rollup> rollups = new ArrayList<>();
        private final List<SyncMaterializedView> syncMaterializedViews = new ArrayList<>();

        private Builder(ObjectName name) {
            this.name = name;
        }

        public Builder name(ObjectName value) {
            this.name = value;
            return this;
        }

        /** Puts the table in a database. */
        public Builder database(String database) {
            this.name = name.inDatabase(database);
            return this;
        }

        public Builder column(Column column) {
            columns.add(column);
            return this;
        }

        /** A nullable column with no other attributes. */
        public Builder column(String columnName, DataType type) {
            return column(Column.builder(columnName, type).build());
        }

        /** A column configured by {@code spec}, e.g. {@code c -> c.notNull().comment("id")}. */
        public Builder column(String columnName, DataType type, Consumer<Column.Builder> spec) {
            Column.Builder b = Column.builder(columnName, type);
            spec.accept(b);
            return column(b.build());
        }

        /** Replaces all columns. */
        public Builder columns(List<Column> values) {
            columns.clear();
            columns.addAll(values);
            return this;
        }

        public Builder key(TableKey value) {
            this.key = value;
            return this;
        }

        public Builder duplicateKey(String... keyColumns) {
            return key(TableKey.of(KeyType.DUPLICATE, keyColumns));
        }

        public Builder aggregateKey(String... keyColumns) {
            return key(TableKey.of(KeyType.AGGREGATE, keyColumns));
        }

        public Builder uniqueKey(String... keyColumns) {
            return key(TableKey.of(KeyType.UNIQUE, keyColumns));
        }

        public Builder primaryKey(String... keyColumns) {
            return key(TableKey.of(KeyType.PRIMARY, keyColumns));
        }

        public Builder comment(String value) {
            this.comment = value;
            return this;
        }

        public Builder engine(String value) {
            this.engine = value;
            return this;
        }

        public Builder partitionBy(Partitioning value) {
            this.partitioning = value;
            return this;
        }

        public Builder distributedBy(Distribution value) {
            this.distribution = value;
            return this;
        }

        public Builder orderBy(String... sortColumns) {
            return orderBy(List.of(sortColumns));
        }

        public Builder orderBy(List<String> sortColumns) {
            orderBy.clear();
            orderBy.addAll(sortColumns);
            return this;
        }

        public Builder property(String key, String value) {
            properties.put(key, value);
            return this;
        }

        /** Replaces all properties (order kept). */
        public Builder properties(Map<String, String> values) {
            properties.clear();
            properties.putAll(values);
            return this;
        }

        public Builder index(Index value) {
            indexes.add(value);
            return this;
        }

        /** Replaces all indexes. */
        public Builder indexes(List<Index> values) {
            indexes.clear();
            indexes.addAll(values);
            return this;
        }

        public Builder rollup(Rollup value) {
            rollups.add(value);
            return this;
        }

        /** Replaces all rollups. */
        public Builder rollups(List<Rollup> values) {
            rollups.clear();
            rollups.addAll(values);
            return this;
        }

        /** A synchronous materialized view of the table, e.g. {@code SyncMaterializedView.of("mv", "SELECT ...")}. */
        public Builder syncMaterializedView(SyncMaterializedView value) {
            syncMaterializedViews.add(value);
            return this;
        }

        /** Replaces all synchronous materialized views. */
        public Builder syncMaterializedViews(List<SyncMaterializedView> values) {
            syncMaterializedViews.clear();
            syncMaterializedViews.addAll(values);
            return this;
        }

        /** The table, validated: a model StarRocks would reject fails here with every broken rule. */
        public Table build() {
            Table table = buildUnchecked();
            ModelValidator.requireValid(table);
            return table;
        }

        /**
         * The table without validation, for tools that must hold what a server or a file said even where it
         * breaks a rule (reflection, parsing); run {@link ModelValidator} on it before rendering.
         */
        public Table buildUnchecked() {
            return new Table(name, columns, key, comment, engine, partitioning, distribution, orderBy, properties,
                    indexes, rollups, syncMaterializedViews);
        }
    }
}
