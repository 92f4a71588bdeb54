package org.starrocks4j.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.starrocks4j.schema.AggregateType;
import org.starrocks4j.schema.Column;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.Index;
import org.starrocks4j.schema.IndexType;
import org.starrocks4j.schema.KeyType;
import org.starrocks4j.schema.MaterializedView;
import org.starrocks4j.schema.PartitionDefinition;
import org.starrocks4j.schema.Partitioning;
import org.starrocks4j.schema.Refresh;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.SchemaObject;
import org.starrocks4j.schema.Table;
import org.starrocks4j.schema.View;
import org.starrocks4j.types.Types;

/**
 * Deterministic schemas of a chosen size that look like real ones: every key model, 20 columns per table (complex
 * types, defaults, comments), partitions, indexes and properties, one view per ten tables and one materialized view
 * per twenty. {@link #edited} gives the same schema after a typical migration (a tenth of the tables changed), so a
 * diff has work to do; {@link #forEachObject} makes the objects one at a time, for schemas too large to hold.
 */
public final class SyntheticSchema {

    private static final KeyType[] KEY_TYPES = KeyType.values();

    private SyntheticSchema() {
    }

    /** A schema of {@code tables} tables plus their views and materialized views. */
    public static Schema of(int tables) {
        List<SchemaObject> objects = new ArrayList<>();
        forEachObject(tables, objects::add);
        return new Schema(objects);
    }

    /** The objects of {@link #of}, made and handed over one at a time (each view and MV after its table). */
    public static void forEachObject(int tables, Consumer<SchemaObject> action) {
        for (int i = 0; i < tables; i++) {
            action.accept(table(i));
            if (i % 10 == 0) {
                action.accept(View.builder("v_" + tableName(i)).column("id", "row id").column("name")
                        .comment("names of " + tableName(i))
                        .as("SELECT id, name FROM " + tableName(i) + " WHERE dt >= '2024-01-01'").build());
            }
            if (i % 20 == 0) {
                action.accept(MaterializedView.builder("mv_" + tableName(i))
                        .distributedBy(Distribution.hash(4, "dt"))
                        .refresh(Refresh.asyncEvery(1, "HOUR"))
                        .property("replication_num", "1")
                        .as("SELECT dt, count(*) AS n FROM " + tableName(i) + " GROUP BY dt").build());
            }
        }
    }

    /**
     * The schema after a migration: every tenth table gains a column and changes a property and its comment,
     * every fiftieth is dropped, and there are a few new tables.
     */
    public static Schema edited(Schema schema) {
        List<SchemaObject> objects = new ArrayList<>();
        int tables = schema.tables().size();
        for (SchemaObject object : schema.objects()) {
            if (object instanceof Table table) {
                int i = Integer.parseInt(table.name().name().substring("table_".length()));
                if (i % 50 == 49) {
                    continue;
                }
                objects.add(i % 10 == 5 ? changed(table) : table);
            } else {
                objects.add(object);
            }
        }
        for (int i = tables; i < tables + Math.max(1, tables / 20); i++) {
            objects.add(table(i));
        }
        return new Schema(objects);
    }

    private static Table changed(Table table) {
        boolean aggregate = table.key().type() == KeyType.AGGREGATE;
        return table.toBuilder()
                .column("added_note", Types.varchar(200), c -> {
                    if (aggregate) {
                        c.aggregate(AggregateType.REPLACE);
                    }
                    c.comment("added by the migration");
                })
                .comment(table.comment() + " (changed)")
                .property("replication_num", "3")
                .build();
    }

    static String tableName(int i) {
        return String.format("table_%05d", i);
    }

    private static Table table(int i) {
        KeyType keyType = KEY_TYPES[i % KEY_TYPES.length];
        boolean aggregate = keyType == KeyType.AGGREGATE;
        Table.Builder b = Table.builder(tableName(i))
                .column("id", Types.BIGINT, c -> c.notNull().comment("row id"))
                .column("dt", Types.DATE, Column.Builder::notNull);
        value(b, "name", Types.varchar(64 + i % 100), aggregate ? AggregateType.REPLACE : null, "display name");
        value(b, "amount", Types.decimal(18, 4), aggregate ? AggregateType.SUM : null, null);
        value(b, "score", Types.DOUBLE, aggregate ? AggregateType.MAX : null, null);
        value(b, "city", Types.varchar(32), aggregate ? AggregateType.REPLACE_IF_NOT_NULL : null, "city of the user");
        value(b, "status", Types.varchar(16), aggregate ? AggregateType.REPLACE : null, "order status");
        value(b, "quantity", Types.INT, aggregate ? AggregateType.SUM : null, null);
        value(b, "price", Types.decimal(10, 2), aggregate ? AggregateType.MAX : null, "unit price");
        value(b, "discount", Types.DOUBLE, aggregate ? AggregateType.MIN : null, null);
        value(b, "updated", Types.DATETIME, aggregate ? AggregateType.REPLACE : null, null);
        value(b, "country", Types.charType(2), aggregate ? AggregateType.REPLACE : null, "ISO 3166 code");
        value(b, "user_agent", Types.varchar(512), aggregate ? AggregateType.REPLACE : null, null);
        value(b, "flag", Types.BOOLEAN, aggregate ? AggregateType.REPLACE : null, null);
        value(b, "ip", Types.varchar(45), aggregate ? AggregateType.REPLACE_IF_NOT_NULL : null, "client address");
        if (!aggregate) {
            b.column("tags", Types.array(Types.STRING))
                    .column("attrs", Types.map(Types.STRING, Types.INT))
                    .column("address", Types.struct(Types.field("street", Types.STRING), Types.field("zip", Types.charType(5))))
                    .column("payload", Types.JSON)
                    .column("created", Types.DATETIME, Column.Builder::defaultCurrentTimestamp);
        } else {
            b.column("visitors", Types.HLL, c -> c.aggregate(AggregateType.HLL_UNION))
                    .column("users", Types.BITMAP, c -> c.aggregate(AggregateType.BITMAP_UNION))
                    .column("clicks", Types.BIGINT, c -> c.aggregate(AggregateType.SUM).comment("clicks in the period"))
                    .column("first_seen", Types.DATETIME, c -> c.aggregate(AggregateType.MIN))
                    .column("last_seen", Types.DATETIME, c -> c.aggregate(AggregateType.MAX));
        }
        if (keyType == KeyType.DUPLICATE) {
            b.index(new Index("idx_city_" + i, List.of("city"), IndexType.BITMAP, java.util.Map.of(), "city lookups"));
        }
        return b.key(new org.starrocks4j.schema.TableKey(keyType, List.of("id", "dt")))
                .comment("synthetic table " + i)
                .partitionBy(Partitioning.rangeOn("dt").withPartitions(
                        PartitionDefinition.lessThan("p2023", "2024-01-01"),
                        PartitionDefinition.lessThan("p2024", "2025-01-01"),
                        PartitionDefinition.maxValue("pmax")))
                .distributedBy(Distribution.hash(8, "id"))
                .property("replication_num", "1")
                .property("compression", "LZ4")
                .build();
    }

    private static void value(Table.Builder b, String name, org.starrocks4j.types.DataType type, AggregateType aggregate,
                              String comment) {
        b.column(name, type, c -> c.aggregate(aggregate).comment(comment));
    }
}
