package org.starrocks4j.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.starrocks4j.lexical.SqlText;
import org.starrocks4j.rules.ImplicitLayout;
import org.starrocks4j.schema.AggregateType;
import org.starrocks4j.schema.Column;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.Index;
import org.starrocks4j.schema.IndexType;
import org.starrocks4j.schema.KeyType;
import org.starrocks4j.schema.MaterializedView;
import org.starrocks4j.schema.PartitionDefinition;
import org.starrocks4j.schema.PartitionExpression;
import org.starrocks4j.schema.Partitioning;
import org.starrocks4j.schema.Refresh;
import org.starrocks4j.schema.Rollup;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.SchemaObject;
import org.starrocks4j.schema.Table;
import org.starrocks4j.schema.TableKey;
import org.starrocks4j.schema.View;
import org.starrocks4j.schema.ViewSecurity;
import org.starrocks4j.types.DataType;
import org.starrocks4j.types.Types;

/**
 * Random schemas and random sequences of model edits, for round-trip tests: every edit is one a user makes to a
 * model (add/drop/modify columns, comments, properties, layout, indexes, partitions, views, MVs, objects), and
 * optionally edits StarRocks cannot ALTER (which need a rebuild).
 */
final class RandomEdits {

    private final Random random;
    private final boolean nonAlterable;
    private int counter;

    RandomEdits(long seed, boolean nonAlterable) {
        this.random = new Random(seed);
        this.nonAlterable = nonAlterable;
    }

    /** A starting schema: two tables (one partitioned, one aggregate), a view and an MV. */
    Schema base() {
        Table events = Table.builder("events")
                .column("id", Types.BIGINT, Column.Builder::notNull)
                .column("dt", Types.DATE, Column.Builder::notNull)
                .column("name", Types.varchar(64), c -> c.comment("event name"))
                .column("amount", Types.decimal(10, 2), c -> c.defaultValue("0"))
                .column("tags", Types.array(Types.STRING))
                .duplicateKey("id", "dt")
                .partitionBy(Partitioning.rangeOn("dt").withPartitions(
                        PartitionDefinition.lessThan("p2024", "2025-01-01"),
                        PartitionDefinition.lessThan("p2025", "2026-01-01")))
                .distributedBy(Distribution.hash(4, "id"))
                .property("replication_num", "1")
                .build();
        Table totals = Table.builder("totals")
                .column("k", Types.INT)
                .column(Column.builder("v", Types.BIGINT).aggregate(AggregateType.SUM).build())
                .aggregateKey("k")
                .distributedBy(Distribution.hash("k"))
                .comment("running totals")
                .build();
        View recent = View.builder("recent").as("SELECT id, name FROM events WHERE dt > '2025-01-01'").build();
        MaterializedView daily = MaterializedView.builder("daily").refresh(Refresh.asyncEvery(1, "HOUR"))
                .distributedBy(Distribution.hash("dt"))
                .as("SELECT dt, count(*) AS n FROM events GROUP BY dt").build();
        return Schema.of(events, totals, recent, daily);
    }

    /** {@code steps} random edits applied one after the other. */
    Schema edit(Schema schema, int steps) {
        Schema current = schema;
        for (int i = 0; i < steps; i++) {
            current = editOnce(current);
        }
        return current;
    }

    private Schema editOnce(Schema schema) {
        List<SchemaObject> objects = new ArrayList<>(schema.objects());
        int choice = random.nextInt(10);
        if (choice == 0) {
            objects.add(newTable());
            return new Schema(objects);
        }
        if (choice == 1 && objects.size() > 1) {
            SchemaObject removed = objects.get(random.nextInt(objects.size()));
            if (!(removed instanceof Table t) || noQueryReads(objects, t)) {
                objects.remove(removed);
            }
            return new Schema(objects);
        }
        if (choice == 2) {
            Table base = objects.stream().filter(Table.class::isInstance).map(Table.class::cast).findFirst()
                    .orElse(null);
            if (base != null) {
                objects.add(View.builder("v" + (++counter)).as("SELECT "
                        + SqlText.identifier(base.columns().get(0).name()) + " FROM "
                        + base.name().toSql()).build());
            }
            return new Schema(objects);
        }
        int index = random.nextInt(objects.size());
        SchemaObject o = objects.get(index);
        SchemaObject edited = o instanceof Table t ? editTable(t) : o instanceof View v ? editView(v)
                : editMaterializedView((MaterializedView) o);
        objects.set(index, edited);
        return new Schema(objects);
    }

    private static boolean noQueryReads(List<SchemaObject> objects, Table t) {
        return objects.stream().filter(o -> !(o instanceof Table))
                .noneMatch(o -> Dependencies.references(o).contains(t.name().name().toLowerCase()));
    }

    private Table newTable() {
        String name = "t" + (++counter);
        return Table.builder(name).column("id", Types.INT, Column.Builder::notNull).column("v", Types.STRING)
                .primaryKey("id").distributedBy(Distribution.hash(2, "id")).comment("new " + name).build();
    }

    private Table editTable(Table t) {
        Table.Builder b = t.toBuilder();
        List<Column> columns = new ArrayList<>(t.columns());
        boolean aggregate = t.key() != null && t.key().type() == KeyType.AGGREGATE;
        int keyCount = t.key() == null ? 1 : t.key().columns().size();
        // with non-alterable edits on, half of the table edits are one (they are what the rebuild plan is for)
        switch (nonAlterable && random.nextBoolean() ? 14 + random.nextInt(6) : random.nextInt(14)) {
            case 0 -> {
                String name = "c" + (++counter);
                Column c = aggregate ? Column.builder(name, Types.BIGINT).aggregate(AggregateType.MAX).build()
                        : Column.builder(name, randomScalar()).comment(random.nextBoolean() ? "added" : null).build();
                int at = keyCount + random.nextInt(columns.size() - keyCount + 1);
                columns.add(at, c);
                b.columns(columns);
            }
            case 1 -> {
                if (columns.size() > keyCount + 1) {
                    Column victim = columns.get(keyCount + random.nextInt(columns.size() - keyCount));
                    boolean indexed = t.indexes().stream().anyMatch(i -> i.columns().contains(victim.name()));
                    boolean sorted = t.orderBy().contains(victim.name());
                    boolean distributed = t.distribution() instanceof Distribution.Hash h
                            && h.columns().contains(victim.name());
                    if (!indexed && !sorted && !distributed) {
                        columns.remove(victim);
                        b.columns(columns);
                    }
                }
            }
            case 2 -> {
                int i = keyCount + random.nextInt(Math.max(1, columns.size() - keyCount));
                if (i < columns.size()) {
                    Column c = columns.get(i);
                    columns.set(i, c.toBuilder().comment("comment " + (++counter)).build());
                    b.columns(columns);
                }
            }
            case 3 -> {
                int i = keyCount + random.nextInt(Math.max(1, columns.size() - keyCount));
                if (i < columns.size() && !columns.get(i).type().isComplex()) {
                    Column c = columns.get(i);
                    DataType wider = widen(c.type());
                    columns.set(i, c.toBuilder().type(wider).build());
                    b.columns(columns);
                }
            }
            case 4 -> b.comment(random.nextBoolean() ? null : "table comment " + (++counter));
            case 5 -> b.property("replication_num", String.valueOf(1 + random.nextInt(3)));
            case 6 -> b.property("storage_medium", random.nextBoolean() ? "SSD" : "HDD");
            case 7 -> {
                // HASH to HASH: StarRocks optimizes a RANDOM-distributed table into nothing else
                if (!(ImplicitLayout.distribution(t) instanceof Distribution.Random)) {
                    b.distributedBy(Distribution.hash(1 + random.nextInt(8), t.columns().get(0).name()));
                }
            }
            case 8 -> {
                String first = columns.get(columns.size() - 1).name();
                // not on a one-column table, where it would name every column: see RandomModels
                if (!aggregate && columns.size() > 1 && !columns.get(columns.size() - 1).type().isComplex()) {
                    b.orderBy(first);
                }
            }
            case 9 -> {
                if (t.indexes().isEmpty()) {
                    Column c = columns.get(random.nextInt(columns.size()));
                    if (!c.type().isComplex()) {
                        b.index(Index.of("idx_" + (++counter), IndexType.BITMAP, c.name()));
                    }
                } else {
                    b.indexes(List.of());
                }
            }
            case 10 -> {
                if (t.partitioning() instanceof Partitioning.Range r && !r.partitions().isEmpty()) {
                    List<PartitionDefinition> parts = new ArrayList<>(r.partitions());
                    if (random.nextBoolean() && parts.size() > 1) {
                        parts.remove(parts.size() - 1);
                    } else {
                        int year = 2026 + parts.size();
                        parts.add(PartitionDefinition.lessThan("p" + year, (year + 1) + "-01-01"));
                    }
                    b.partitionBy(new Partitioning.Range(r.keys(), parts));
                }
            }
            case 11 -> b.rollups(otherRollups(t));
            case 12 -> {
                // two value columns swap places (ordinary ones: generated columns stay last)
                int values = columns.size() - keyCount;
                int i = keyCount + random.nextInt(Math.max(1, values));
                int j = values < 2 ? i : keyCount + (i - keyCount + 1 + random.nextInt(values - 1)) % values;
                if (i != j && columns.get(i).generatedAs() == null
                        && columns.get(j).generatedAs() == null) {
                    Column c = columns.get(i);
                    columns.set(i, columns.get(j));
                    columns.set(j, c);
                    b.columns(columns);
                }
            }
            case 13 -> {
                // a value column renamed, as the model declares it
                int i = keyCount + random.nextInt(Math.max(1, columns.size() - keyCount));
                Column c = i < columns.size() ? columns.get(i) : null;
                boolean used = c == null || t.indexes().stream().anyMatch(x -> x.columns().contains(c.name()))
                        || t.orderBy().contains(c.name()) || t.columns().stream().anyMatch(g -> g.generatedAs() != null);
                if (!used) {
                    columns.set(i, c.toBuilder().name(c.name() + "_r" + (++counter)).renamedFrom(c.name()).build());
                    b.columns(columns);
                }
            }
            case 14 -> b.key(otherKeyModel(t));
            case 15 -> b.key(otherKeyColumns(t));
            case 16 -> b.columns(otherAggregateType(columns));
            case 17 -> b.property("compression", random.nextBoolean() ? "ZSTD" : "LZ4");
            // HASH to RANDOM runs, but its undo does not: with rebuilds allowed, the downgrade rebuilds
            case 18 -> b.distributedBy(Distribution.random(1 + random.nextInt(8)));
            default -> b.partitionBy(otherPartitioning(t));
        }
        // an edit StarRocks would reject (e.g. RANDOM distribution on a key table) is skipped
        Table edited = b.buildUnchecked();
        return org.starrocks4j.schema.ModelValidator.problems(edited).isEmpty() ? edited : t;
    }

    /** A rollup of leading columns added, one dropped, or one holding a column more or fewer. */
    private List<Rollup> otherRollups(Table t) {
        List<Rollup> rollups = new ArrayList<>(t.rollups());
        int size = 1 + random.nextInt(t.columns().size());
        List<String> leading = t.columns().subList(0, size).stream().map(Column::name).toList();
        switch (rollups.isEmpty() ? 0 : random.nextInt(3)) {
            case 0 -> rollups.add(new Rollup("r" + (++counter), leading, List.of(), java.util.Map.of()));
            case 1 -> rollups.remove(random.nextInt(rollups.size()));
            default -> {
                Rollup r = rollups.get(0);
                rollups.set(0, new Rollup(r.name(), leading, List.of(), r.properties()));
            }
        }
        return rollups;
    }

    // ---- edits StarRocks cannot ALTER: each gives a table the validator accepts, or the edit is skipped --------

    /** The same key columns under another key model (never AGGREGATE, which needs aggregate value columns). */
    private TableKey otherKeyModel(Table t) {
        List<String> keyColumns = t.key() != null ? t.key().columns() : List.of(t.columns().get(0).name());
        List<KeyType> others = new ArrayList<>(List.of(KeyType.DUPLICATE, KeyType.UNIQUE, KeyType.PRIMARY));
        others.remove(t.key() == null ? KeyType.DUPLICATE : t.key().type());
        return new TableKey(others.get(random.nextInt(others.size())), keyColumns);
    }

    /** The key model with one key column more or one fewer (the key stays a prefix of the columns). */
    private TableKey otherKeyColumns(Table t) {
        if (t.key() == null) {
            return t.key();
        }
        List<String> keyColumns = new ArrayList<>(t.key().columns());
        if (keyColumns.size() > 1 && random.nextBoolean()) {
            keyColumns.remove(keyColumns.size() - 1);
        } else if (keyColumns.size() < t.columns().size() - 1) {
            keyColumns.add(t.columns().get(keyColumns.size()).name());
        }
        return new TableKey(t.key().type(), keyColumns);
    }

    /** A value column of an AGGREGATE table switched between SUM, MIN and MAX. */
    private List<Column> otherAggregateType(List<Column> columns) {
        List<Column> out = new ArrayList<>(columns);
        for (int i = 0; i < out.size(); i++) {
            AggregateType current = out.get(i).aggregate();
            if (current == AggregateType.SUM || current == AggregateType.MIN || current == AggregateType.MAX) {
                List<AggregateType> others = new ArrayList<>(List.of(AggregateType.SUM, AggregateType.MIN,
                        AggregateType.MAX));
                others.remove(current);
                out.set(i, out.get(i).toBuilder().aggregate(others.get(random.nextInt(2))).build());
                return out;
            }
        }
        return out;
    }

    /** Partitioning added (by day on a DATE column), switched between RANGE and expression, or removed. */
    private Partitioning otherPartitioning(Table t) {
        if (t.partitioning() != null) {
            return t.partitioning() instanceof Partitioning.Range r && random.nextBoolean() ? new Partitioning
                    .Expression(r.keys()) : null;
        }
        return t.columns().stream().filter(c -> c.type().equals(Types.DATE) || c.type().equals(Types.DATETIME))
                .findFirst().map(c -> new Partitioning.Expression(List.of(PartitionExpression.expression(
                        "date_trunc('day', " + SqlText.identifier(c.name()) + ")"))))
                .orElse(null);
    }

    private DataType randomScalar() {
        DataType[] types = {Types.INT, Types.BIGINT, Types.varchar(20), Types.DATE, Types.DATETIME, Types.DOUBLE,
                Types.decimal(12, 3), Types.BOOLEAN, Types.JSON};
        return types[random.nextInt(types.length)];
    }

    private static DataType widen(DataType type) {
        if (type.equals(Types.INT)) {
            return Types.BIGINT;
        }
        if (type instanceof org.starrocks4j.types.CharType c && c.varying()) {
            return Types.varchar(c.length() * 2);
        }
        if (type instanceof org.starrocks4j.types.DecimalType d && d.precision() < 30) {
            return Types.decimal(d.precision() + 4, d.scale());
        }
        return type;
    }

    private View editView(View v) {
        return switch (random.nextInt(3)) {
            case 0 -> v.toBuilder().as(v.definition() + " LIMIT " + (1 + random.nextInt(100))).build();
            case 1 -> v.toBuilder().comment("view comment " + (++counter)).build();
            default -> v.toBuilder().security(v.security() == ViewSecurity.INVOKER ? ViewSecurity.NONE
                    : ViewSecurity.INVOKER).build();
        };
    }

    private MaterializedView editMaterializedView(MaterializedView mv) {
        return switch (random.nextInt(3)) {
            case 0 -> mv.toBuilder().refresh(random.nextBoolean() ? Refresh.manual()
                    : Refresh.asyncEvery(1 + random.nextInt(12), "HOUR")).build();
            case 1 -> mv.toBuilder().property("mv_rewrite_staleness_second", String.valueOf(random.nextInt(600)))
                    .build();
            default -> mv.toBuilder().comment("mv comment " + (++counter)).build();
        };
    }
}
