package org.starrocks4j.codegen;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.starrocks4j.lexical.SqlText;
import org.starrocks4j.schema.AggregateType;
import org.starrocks4j.schema.Column;
import org.starrocks4j.schema.ColumnDefault;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.Index;
import org.starrocks4j.schema.IndexType;
import org.starrocks4j.schema.KeyType;
import org.starrocks4j.schema.MaterializedView;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.schema.PartitionDefinition;
import org.starrocks4j.schema.PartitionExpression;
import org.starrocks4j.schema.Partitioning;
import org.starrocks4j.schema.Refresh;
import org.starrocks4j.schema.Rollup;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.SchemaObject;
import org.starrocks4j.schema.SyncMaterializedView;
import org.starrocks4j.schema.Table;
import org.starrocks4j.schema.TableKey;
import org.starrocks4j.schema.View;
import org.starrocks4j.schema.ViewColumn;
import org.starrocks4j.schema.ViewSecurity;
import org.starrocks4j.types.AggregateStateType;
import org.starrocks4j.types.BinaryType;
import org.starrocks4j.types.CharType;
import org.starrocks4j.types.DataType;
import org.starrocks4j.types.DecimalType;
import org.starrocks4j.types.Primitive;
import org.starrocks4j.types.PrimitiveType;
import org.starrocks4j.types.StructType;
import org.starrocks4j.types.Types;

/**
 * Random but valid schema models, from a seed, built from names and texts that are hard to turn into Java and SQL.
 * Shared by the codegen, diff and parser round-trip tests.
 */
public final class RandomModels {

    private static final String[] NAMES = {"id", "class", "select", "weird name", "a`b", "Ünïcödé", "123abc",
            "camelCase", "UPPER_CASE", "x_", "_y", "__op", "hashCode", "toString", "getClass", "String", "List", "Map",
            "Key", "value", "a.b", "emoji\uD83D\uDE00", "new", "record", "var", "dt", "k1", "schema", "properties",
            "Types", "PageViews", "page_views", "ID", "Id", "int", "long name with many words in it"};
    private static final String[] TEXTS = {"", "plain", "it's", "say \"hi\"", "back\\slash", "end */ of comment",
            "\\u000a is no newline", "two\nlines", "tab\there", "trailing space ", "ünï €", "@param x", "<b>&amp;</b>",
            "\u0001control", "\"\"\"", "ends with quote\""};
    private static final String[] FUNCTIONS = {"avg", "count", "ds_theta_count_distinct", "MIN_BY"};
    private static final String[] DEFINITIONS = {"SELECT 1", "select a,\n       b\nfrom t", "select\n  c1, -- note\n  c2 \nfrom t1",
            "SELECT 'x\\\\y', \"q\"\n\tFROM t", "WITH x AS (SELECT 1)\nSELECT * FROM x\n", "select '\"\"\"' from t"};

    private final Random random;
    private int syncViews;

    public RandomModels(long seed) {
        this.random = new Random(seed);
    }

    /** A schema of {@code objects} random tables, views and materialized views. */
    public Schema schema(int objects) {
        List<SchemaObject> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < objects; i++) {
            String name = uniqueName(names) + (random.nextBoolean() ? "" : "_" + i);
            ObjectName objectName = random.nextInt(4) == 0 ? ObjectName.of(pick(NAMES), name) : ObjectName.of(name);
            int kind = random.nextInt(5);
            out.add(kind < 3 ? table(objectName) : kind == 3 ? view(objectName) : materializedView(objectName));
        }
        return new Schema(out);
    }

    /**
     * A random table StarRocks would accept: candidates breaking a validation rule are drawn again, so the
     * stream of models stays deterministic per seed.
     */
    private Table table(ObjectName name) {
        while (true) {
            Table candidate = candidateTable(name);
            if (org.starrocks4j.schema.ModelValidator.problems(candidate).isEmpty()) {
                return candidate;
            }
        }
    }

    private Table candidateTable(ObjectName name) {
        Table.Builder b = Table.builder(name);
        List<String> columns = new ArrayList<>();
        Set<String> used = new HashSet<>();
        int count = 1 + random.nextInt(8);
        for (int i = 0; i < count; i++) {
            String columnName = uniqueName(used);
            columns.add(columnName);
            b.column(column(columnName));
        }
        if (random.nextBoolean()) {
            KeyType type = KeyType.values()[random.nextInt(KeyType.values().length)];
            b.key(new TableKey(type, columns.subList(0, 1 + random.nextInt(columns.size()))));
        }
        if (random.nextBoolean()) {
            b.comment(pick(TEXTS));
        }
        if (random.nextInt(6) == 0) {
            b.engine("MYSQL");
        }
        if (random.nextBoolean()) {
            b.partitionBy(partitioning(columns));
        }
        if (random.nextBoolean()) {
            b.distributedBy(distribution(columns));
        }
        if (random.nextBoolean() && columns.size() > 1) {
            // never every column: the server reads such an ORDER BY as a column reorder, which the diff only warns
            // about (TableDiff), so the model would not come back from replayed SQL
            b.orderBy(columns.subList(0, 1 + random.nextInt(columns.size() - 1)));
        }
        b.properties(properties());
        if (random.nextInt(3) == 0) {
            b.index(new Index(pick(NAMES), List.of(pick(columns)), IndexType.values()[random.nextInt(4)], properties(),
                    random.nextBoolean() ? null : pick(TEXTS)));
        }
        if (random.nextInt(4) == 0) {
            List<String> prefix = columns.subList(0, 1 + random.nextInt(columns.size()));
            Rollup rollup = new Rollup("r_" + random.nextInt(100), prefix, List.of(), properties());
            b.rollup(random.nextBoolean() ? rollup : rollup.withDuplicateKey(prefix.get(0)));
        }
        if (random.nextInt(4) == 0) {
            // names unique in the schema: the server keeps synchronous MV names unique in a database
            List<String> read = columns.subList(0, 1 + random.nextInt(columns.size()));
            String query = "SELECT " + SqlText.identifiers(read) + "\nFROM " + SqlText.identifier(name.name())
                    + (random.nextBoolean() ? "" : " -- the table's rows\nWHERE " + SqlText.identifier(read.get(0))
                    + " IS NOT NULL");
            b.syncMaterializedView(new SyncMaterializedView("smv_" + syncViews++, query, properties()));
        }
        return b.buildUnchecked();
    }

    private Column column(String name) {
        if (random.nextInt(6) == 0) {
            // the state of an aggregate function: a value column of an AGGREGATE KEY table, with no other attribute
            return Column.builder(name, new AggregateStateType(random.nextBoolean() ? null : Types.VARBINARY,
                    pick(FUNCTIONS), List.of(type(1)))).comment(random.nextBoolean() ? null : pick(TEXTS)).build();
        }
        Column.Builder c = Column.builder(name, type(0));
        if (random.nextInt(3) == 0) {
            c.aggregate(AggregateType.values()[random.nextInt(AggregateType.values().length)]);
        }
        c.nullable(random.nextInt(3) == 0 ? null : random.nextBoolean());
        switch (random.nextInt(6)) {
            case 0 -> c.defaultValue(ColumnDefault.literal(pick(TEXTS)));
            case 1 -> c.defaultValue(ColumnDefault.expression("uuid()"));
            case 2 -> c.defaultValue(ColumnDefault.currentTimestamp());
            default -> { }
        }
        c.autoIncrement(random.nextInt(8) == 0);
        if (random.nextInt(8) == 0) {
            c.generatedAs("a + \"b\"");
        }
        if (random.nextBoolean()) {
            c.comment(pick(TEXTS));
        }
        return c.build();
    }

    private DataType type(int depth) {
        int choice = random.nextInt(depth >= 2 ? 6 : 9);
        switch (choice) {
            case 0:
            case 1:
                return new PrimitiveType(Primitive.values()[random.nextInt(Primitive.values().length)]);
            case 2:
                return new CharType(random.nextBoolean(), 1 + random.nextInt(200));
            case 3: {
                DecimalType.Spelling spelling = DecimalType.Spelling.values()[random.nextInt(4)];
                int max = spelling == DecimalType.Spelling.DECIMAL32 ? 9 : spelling == DecimalType.Spelling.DECIMAL64 ? 18 : 38;
                int precision = 1 + random.nextInt(max);
                return new DecimalType(spelling, precision, random.nextInt(precision + 1));
            }
            case 4:
                return new BinaryType(random.nextBoolean(), random.nextBoolean() ? null : 1 + random.nextInt(100));
            case 5:
                return Types.varchar(random.nextBoolean() ? 20 : CharType.STRING_LENGTH);
            case 6:
                return Types.array(type(depth + 1));
            case 7: {
                DataType key;
                do {
                    key = type(2);
                } while (key.isComplex());
                return Types.map(key, type(depth + 1));
            }
            default: {
                List<StructType.Field> fields = new ArrayList<>();
                Set<String> used = new HashSet<>();
                for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
                    fields.add(new StructType.Field(uniqueName(used), type(depth + 1),
                            random.nextBoolean() ? null : pick(TEXTS)));
                }
                return new StructType(fields);
            }
        }
    }

    private Partitioning partitioning(List<String> columns) {
        List<PartitionExpression> keys = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
            keys.add(random.nextBoolean() ? PartitionExpression.column(pick(columns))
                    : PartitionExpression.expression("date_trunc('day', " + SqlText.identifier(pick(columns)) + ")"));
        }
        switch (random.nextInt(3)) {
            case 0:
                return new Partitioning.Expression(keys);
            case 1: {
                List<PartitionDefinition> defs = new ArrayList<>();
                for (int i = 0, n = random.nextInt(4); i < n; i++) {
                    defs.add(switch (random.nextInt(4)) {
                        case 0 -> new PartitionDefinition.LessThan("p" + i, List.of(pick(TEXTS)), properties());
                        case 1 -> PartitionDefinition.maxValue("p" + i);
                        case 2 -> new PartitionDefinition.Fixed("p" + i, List.of("1", "a"), List.of("2", "b"),
                                properties());
                        default -> PartitionDefinition.batch("2024-01-01", "2025-01-01", "INTERVAL 1 MONTH");
                    });
                }
                return new Partitioning.Range(keys, defs);
            }
            default: {
                List<PartitionDefinition> defs = new ArrayList<>();
                for (int i = 0, n = random.nextInt(3); i < n; i++) {
                    List<List<String>> values = new ArrayList<>();
                    for (int v = 0, m = 1 + random.nextInt(3); v < m; v++) {
                        values.add(keys.size() == 1 ? List.of(pick(TEXTS)) : List.of(pick(TEXTS), "x" + v));
                    }
                    defs.add(new PartitionDefinition.In("p" + i, values, properties()));
                }
                return new Partitioning.ListPartitioning(keys, defs);
            }
        }
    }

    private Distribution distribution(List<String> columns) {
        Integer buckets = random.nextBoolean() ? null : 1 + random.nextInt(64);
        return random.nextBoolean() ? new Distribution.Random(buckets)
                : new Distribution.Hash(columns.subList(0, 1 + random.nextInt(columns.size())), buckets);
    }

    private View view(ObjectName name) {
        View.Builder b = View.builder(name).columns(viewColumns());
        if (random.nextBoolean()) {
            b.comment(pick(TEXTS));
        }
        if (random.nextBoolean()) {
            b.security(ViewSecurity.values()[random.nextInt(2)]);
        }
        return b.as(pick(DEFINITIONS)).build();
    }

    private MaterializedView materializedView(ObjectName name) {
        List<ViewColumn> listed = viewColumns();
        MaterializedView.Builder b = MaterializedView.builder(name).columns(listed);
        if (!listed.isEmpty() && random.nextBoolean()) {
            b.index(new Index("idx_" + random.nextInt(100), List.of(listed.get(0).name()), IndexType.BITMAP, Map.of(),
                    random.nextBoolean() ? null : pick(TEXTS)));
        }
        List<String> columns = List.of("a", "b");
        if (random.nextBoolean()) {
            b.comment(pick(TEXTS));
        }
        if (random.nextBoolean()) {
            b.partitionBy(partitioning(columns));
        }
        if (random.nextBoolean()) {
            b.distributedBy(distribution(columns));
        }
        if (random.nextBoolean()) {
            b.orderBy("a");
        }
        switch (random.nextInt(5)) {
            case 0 -> b.refresh(Refresh.manual().deferred());
            case 1 -> b.refresh(Refresh.incremental());
            case 2 -> b.refresh(Refresh.asyncEvery(1 + random.nextInt(30),
                    List.of("SECOND", "MINUTE", "HOUR", "DAY", "WEEK", "MONTH").get(random.nextInt(6)).toLowerCase(Locale.ROOT))
                    .startingAt("2024-01-01 00:00:00").immediate());
            case 3 -> b.refresh(Refresh.async());
            default -> { }
        }
        return b.properties(properties()).as(pick(DEFINITIONS)).build();
    }

    private List<ViewColumn> viewColumns() {
        List<ViewColumn> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int i = 0, n = random.nextInt(4); i < n; i++) {
            out.add(new ViewColumn(uniqueName(used), random.nextBoolean() ? null : pick(TEXTS)));
        }
        return out;
    }

    /** Up to two properties, each named once whatever the case (StarRocks compares property names without case). */
    private Map<String, String> properties() {
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (int i = 0, n = random.nextInt(3); i < n; i++) {
            String key = pick(NAMES);
            String value = pick(TEXTS);
            if (used.add(key.toLowerCase(Locale.ROOT)) || out.containsKey(key)) {
                out.put(key, value); // the same spelling twice keeps the later value, as before
            }
        }
        return out;
    }

    private String uniqueName(Set<String> used) {
        String name = pick(NAMES);
        for (int i = 2; !used.add(name.toLowerCase(Locale.ROOT)); i++) {
            name = pick(NAMES) + i;
        }
        return name;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
