package org.starrocks4j.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.starrocks4j.rules.ImplicitLayout;
import org.starrocks4j.rules.RunMode;
import org.starrocks4j.rules.ServerProfile;
import org.starrocks4j.schema.AggregateType;
import org.starrocks4j.schema.Column;
import org.starrocks4j.schema.ColumnDefault;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.Index;
import org.starrocks4j.schema.IndexType;
import org.starrocks4j.schema.KeyType;
import org.starrocks4j.schema.MaterializedView;
import org.starrocks4j.schema.PartitionDefinition;
import org.starrocks4j.schema.PartitionExpression;
import org.starrocks4j.schema.Partitioning;
import org.starrocks4j.schema.Refresh;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.Table;
import org.starrocks4j.schema.TableKey;
import org.starrocks4j.schema.View;
import org.starrocks4j.schema.ViewSecurity;
import org.starrocks4j.types.Types;

/**
 * Server normalization, case by case from the real-server pairs (the model a user's CREATE gives and the model
 * of what the server printed for it become equal), and its laws: idempotent, and invisible to the diff.
 */
class ServerNormalizerTest {

    private static final ServerNormalizer NOTHING = ServerNormalizer.forServer(ServerProfile.DEFAULT);
    private static final ServerNormalizer DATA = ServerNormalizer.forServer(
            new ServerProfile(org.starrocks4j.rules.ServerVersion.UNKNOWN, RunMode.SHARED_DATA));

    private static Map<String, String> printedDefaults() {
        return Map.of("bucket_size", "1073741824", "compression", "LZ4", "fast_schema_evolution", "true",
                "replicated_storage", "true", "replication_num", "3");
    }

    @Test
    void implicitDuplicateKeyRandomDistributionAndDefaultProperties() {
        // pairs/0005 and 0030: create table t(k int, v int) properties(...)
        Table input = Table.builder("t").column("k", Types.INT).column("v", Types.INT)
                .property("base_compaction_forbidden_time_ranges", "* 8-18 * * *").buildUnchecked();
        Table printed = Table.builder("t")
                .column("k", Types.INT, c -> c.nullable().comment(""))
                .column("v", Types.INT, c -> c.nullable().comment(""))
                .duplicateKey("k", "v").distributedBy(Distribution.random())
                .properties(new java.util.TreeMap<>(printedDefaults()))
                .property("base_compaction_forbidden_time_ranges", "* 8-18 * * *").buildUnchecked();
        Table normalized = NOTHING.normalize(input);
        assertThat(normalized).isEqualTo(NOTHING.normalize(printed));
        assertThat(normalized.key()).isEqualTo(TableKey.of(KeyType.DUPLICATE, "k", "v"));
        assertThat(normalized.distribution()).isEqualTo(Distribution.random());
        assertThat(normalized.properties()).containsExactly(Map.entry("base_compaction_forbidden_time_ranges",
                "* 8-18 * * *"));
        assertThat(normalized.columns()).allSatisfy(c -> assertThat(c.nullable()).isTrue());
    }

    @Test
    void implicitKeyFollowsTheShortKeyRule() {
        // pairs/0018: (event_day string, pv bigint) -> DUPLICATE KEY(event_day); 0098: bigint, varchar, ... -> two
        assertThat(ImplicitLayout.implicitKey(List.of(col("event_day", Types.STRING), col("pv", Types.BIGINT))))
                .isEqualTo(TableKey.of(KeyType.DUPLICATE, "event_day"));
        assertThat(ImplicitLayout.implicitKey(List.of(col("a", Types.BIGINT), col("b", Types.varchar(100)),
                col("c", Types.decimal(10, 0)), col("d", Types.INT))))
                .isEqualTo(TableKey.of(KeyType.DUPLICATE, "a", "b"));
        assertThat(ImplicitLayout.implicitKey(List.of(col("a", Types.INT), col("b", Types.INT), col("c", Types.INT),
                col("d", Types.INT)))).isEqualTo(TableKey.of(KeyType.DUPLICATE, "a", "b", "c"));
        assertThat(ImplicitLayout.implicitKey(List.of(col("a", Types.LARGEINT), col("b", Types.LARGEINT),
                col("c", Types.LARGEINT)))).isEqualTo(TableKey.of(KeyType.DUPLICATE, "a", "b"));
        assertThat(ImplicitLayout.implicitKey(List.of(col("a", Types.INT), col("f", Types.DOUBLE))))
                .isEqualTo(TableKey.of(KeyType.DUPLICATE, "a"));
        assertThat(ImplicitLayout.implicitKey(List.of(col("c", Types.charType(40)), col("d", Types.INT))))
                .isEqualTo(TableKey.of(KeyType.DUPLICATE, "c"));
        assertThat(ImplicitLayout.implicitKey(List.of(col("f", Types.DOUBLE)))).isNull();
    }

    private static Column col(String name, org.starrocks4j.types.DataType type) {
        return Column.builder(name, type).build();
    }

    @Test
    void primaryKeyTablesHashOnTheKeyAndKeepAPersistentIndexOnlyThere() {
        // pairs/0001: create table t(k int, v int) primary key(k)
        Table input = Table.builder("t").column("k", Types.INT).column("v", Types.INT).primaryKey("k")
                .buildUnchecked();
        Table printed = Table.builder("t").column("k", Types.INT, Column.Builder::notNull)
                .column("v", Types.INT, Column.Builder::nullable).primaryKey("k").distributedBy(Distribution.hash("k"))
                .property("compression", "LZ4").property("enable_persistent_index", "true")
                .property("fast_schema_evolution", "true").property("replicated_storage", "true")
                .property("replication_num", "3").buildUnchecked();
        assertThat(NOTHING.normalize(input)).isEqualTo(NOTHING.normalize(printed));
        // pairs/0074: the server drops enable_persistent_index from a DUPLICATE KEY table
        Table dup = Table.builder("d").column("k", Types.INT).duplicateKey("k")
                .property("enable_persistent_index", "true").buildUnchecked();
        assertThat(NOTHING.normalize(dup).properties()).isEmpty();
        Table pkOff = input.toBuilder().property("enable_persistent_index", "false").buildUnchecked();
        assertThat(NOTHING.normalize(pkOff).properties()).isEmpty(); // older servers' default
    }

    @Test
    void valuesAreSpelledAsTheServerPrintsThem() {
        // pairs/0035: "compression" = "zstd ( 2)" is printed "ZSTD(2)"; 0057: constraints get qualified
        Table input = Table.builder("s2").column("k1", Types.INT, Column.Builder::notNull).column("k2", Types.INT)
                .duplicateKey("k1").property("compression", "zstd ( 2)").property("in_memory", "FALSE")
                .property("foreign_key_constraints", "s2(k1) REFERENCES s1(k1)")
                .property("unique_constraints", "s2.k1").buildUnchecked();
        Table printed = input.toBuilder().properties(Map.of("compression", "ZSTD(2)",
                "foreign_key_constraints", "(k1) REFERENCES default_catalog.db_test.s1(k1)",
                "unique_constraints", "default_catalog.db_test.s2.k1")).buildUnchecked();
        assertThat(NOTHING.normalize(input)).isEqualTo(NOTHING.normalize(printed));
        assertThat(NOTHING.normalize(input).properties()).containsEntry("compression", "ZSTD(2)");
    }

    @Test
    void typesNullabilityCommentsAndDefaults() {
        Table input = Table.builder("t")
                .column("v", Types.STRING)
                .column("n", Types.INT, c -> c.defaultExpression("0"))
                .column("ts", Types.DATETIME, c -> c.defaultExpression("now()"))
                .column("g", Types.BIGINT, c -> c.generatedAs("(array_avg(x))"))
                .duplicateKey("v").buildUnchecked();
        Table printed = Table.builder("t")
                .column("v", Types.varchar(65533), c -> c.nullable().comment(""))
                .column("n", Types.INT, c -> c.nullable().defaultValue("0").comment(""))
                .column("ts", Types.DATETIME, c -> c.nullable().defaultCurrentTimestamp().comment(""))
                .column("g", Types.BIGINT, c -> c.nullable().generatedAs("ARRAY_AVG(`x`)"))
                .duplicateKey("v").distributedBy(Distribution.random()).buildUnchecked();
        assertThat(NOTHING.normalize(input)).isEqualTo(NOTHING.normalize(printed));
        Column g = NOTHING.normalize(input).column("g").orElseThrow();
        assertThat(g.generatedAs()).isEqualTo("array_avg(x)");
        assertThat(NOTHING.normalize(input).column("n").orElseThrow().defaultValue())
                .isEqualTo(ColumnDefault.literal("0"));
    }

    @Test
    void replaceMarkersOfUniqueAndPrimaryKeyValueColumnsAreDropped() {
        // pairs/0108 and 0110
        Table input = Table.builder("u").column("k", Types.INT, Column.Builder::notNull)
                .column(Column.builder("v", Types.BIGINT).aggregate(AggregateType.REPLACE).nullable().build())
                .uniqueKey("k").distributedBy(Distribution.hash("k")).buildUnchecked();
        assertThat(NOTHING.normalize(input).column("v").orElseThrow().aggregate()).isNull();
        Table agg = input.toBuilder().aggregateKey("k").buildUnchecked();
        assertThat(NOTHING.normalize(agg).column("v").orElseThrow().aggregate()).isEqualTo(AggregateType.REPLACE);
    }

    @Test
    void ginIndexesTurnReplicatedStorageOffAndGetTheirDefaultLibrary() {
        // pairs/0069
        Table input = Table.builder("t").column("id", Types.BIGINT, Column.Builder::notNull)
                .column("value", Types.varchar(255), Column.Builder::notNull)
                .index(new Index("gin_english", List.of("value"), IndexType.GIN, Map.of("parser", "english"), null))
                .duplicateKey("id").distributedBy(Distribution.hash(1, "id"))
                .property("replicated_storage", "true").property("replication_num", "1").buildUnchecked();
        Table printed = input.toBuilder()
                .indexes(List.of(new Index("gin_english", List.of("value"), IndexType.GIN,
                        Map.of("imp_lib", "clucene", "parser", "english"), "")))
                .properties(Map.of("compression", "LZ4", "fast_schema_evolution", "true",
                        "replicated_storage", "false", "replication_num", "1")).buildUnchecked();
        assertThat(NOTHING.normalize(input)).isEqualTo(NOTHING.normalize(printed));
    }

    @Test
    void rangePartitionsBecomeTheFixedRangesTheServerPrints() {
        // pairs/0098: RANGE(from_unixtime_ms(create_time)) START ... EVERY (INTERVAL 1 DAY) on a DATETIME key
        Table input = Table.builder("p").column("create_time", Types.BIGINT).column("id", Types.INT)
                .partitionBy(new Partitioning.Range(List.of(PartitionExpression.expression("from_unixtime_ms(create_time)")),
                        List.of(PartitionDefinition.batch("2021-01-01", "2021-01-03", "INTERVAL 1 DAY"),
                                PartitionDefinition.fixed("p20231226", "2023-12-26", "2023-12-27"))))
                .buildUnchecked();
        Table normalized = NOTHING.normalize(input);
        assertThat(normalized.partitioning().partitions()).containsExactly(
                PartitionDefinition.fixed("p20210101", "2021-01-01 00:00:00", "2021-01-02 00:00:00"),
                PartitionDefinition.fixed("p20210102", "2021-01-02 00:00:00", "2021-01-03 00:00:00"),
                PartitionDefinition.fixed("p20231226", "2023-12-26 00:00:00", "2023-12-27 00:00:00"));
        // LESS THAN: from the type's minimum, then from the previous upper bound
        Table lessThan = Table.builder("q").column("k", Types.INT).column("d", Types.DATE)
                .partitionBy(Partitioning.rangeOn("d").withPartitions(PartitionDefinition.lessThan("p1", "2020-07-01"),
                        PartitionDefinition.lessThan("p2", "2020-08-01")))
                .buildUnchecked();
        assertThat(NOTHING.normalize(lessThan).partitioning().partitions()).containsExactly(
                PartitionDefinition.fixed("p1", "0000-01-01", "2020-07-01"),
                PartitionDefinition.fixed("p2", "2020-07-01", "2020-08-01"));
        // month batches on a date column
        Table monthly = lessThan.toBuilder().partitionBy(Partitioning.rangeOn("d").withPartitions(
                PartitionDefinition.batch("2024-01-01", "2024-03-01", "interval 1 month"))).buildUnchecked();
        assertThat(NOTHING.normalize(monthly).partitioning().partitions()).extracting(PartitionDefinition::name)
                .containsExactly("p202401", "p202402");
    }

    @Test
    void partitionExpressionsAreSpelledOneWay() {
        // pairs/0011: PARTITION BY substring(k4, 1, 5), k3, date_trunc("month", k1)
        Table input = Table.builder("t").column("k1", Types.DATE).column("k3", Types.varchar(20))
                .column("k4", Types.varchar(20)).duplicateKey("k1")
                .partitionBy(new Partitioning.Expression(List.of(PartitionExpression.expression("substring(k4, 1, 5)"),
                        PartitionExpression.expression("k3"), PartitionExpression.expression("date_trunc(\"month\", k1)"))))
                .buildUnchecked();
        Table printed = input.toBuilder().partitionBy(new Partitioning.Expression(List.of(
                PartitionExpression.expression("substring(k4, 1, 5)"), PartitionExpression.column("k3"),
                PartitionExpression.expression("date_trunc('month', k1)")))).buildUnchecked();
        assertThat(NOTHING.normalize(input)).isEqualTo(NOTHING.normalize(printed));
        assertThat(NOTHING.normalize(input).partitioning().keys()).containsExactly(
                PartitionExpression.expression("substring(k4, 1, 5)"), PartitionExpression.column("k3"),
                PartitionExpression.expression("date_trunc('month', k1)"));
    }

    @Test
    void sharedDataServersHaveTheirOwnDefaults() {
        // pairs/0025: a shared-data server adds COMMENT "OLAP" and volume / cache properties
        Table input = Table.builder("t1").column("k1", Types.INT).column("v1", Types.INT).duplicateKey("k1")
                .distributedBy(Distribution.hash("k1")).property("replication_num", "1").buildUnchecked();
        Table printed = input.toBuilder().comment("OLAP").properties(Map.of(
                "cloud_native_fast_schema_evolution_v2", "true", "compression", "LZ4", "datacache.enable", "true",
                "enable_async_write_back", "false", "file_bundling", "true", "replication_num", "1",
                "storage_volume", "builtin_storage_volume")).buildUnchecked();
        assertThat(ServerNormalizer.inferRunMode(Schema.of(printed))).isEqualTo(RunMode.SHARED_DATA);
        assertThat(ServerNormalizer.inferRunMode(Schema.of(input))).isEqualTo(RunMode.SHARED_NOTHING);
        assertThat(DATA.normalize(input)).isEqualTo(DATA.normalize(printed));
        assertThat(DATA.normalize(input).properties()).isEmpty();
        assertThat(NOTHING.normalize(input).properties()).containsEntry("replication_num", "1");
    }

    @Test
    void viewsAndMaterializedViews() {
        View v = View.builder("v").as("select 1;").build();
        assertThat(NOTHING.normalize(v)).isEqualTo(View.builder("v").security(ViewSecurity.NONE).as("select 1").build());
        MaterializedView mv = MaterializedView.builder("mv").comment("MATERIALIZED_VIEW")
                .refresh(Refresh.async().immediate()).distributedBy(Distribution.hash(10, "k"))
                .property("replication_num", "3").property("replicated_storage", "true")
                .property("storage_medium", "HDD").as("SELECT k FROM t").build();
        MaterializedView normalized = NOTHING.normalize(mv);
        assertThat(normalized.comment()).isNull();
        assertThat(normalized.refresh()).isEqualTo(Refresh.async());
        assertThat(normalized.properties()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void normalizingIsIdempotentAndInvisibleToTheDiff(long seed) {
        RandomEdits edits = new RandomEdits(seed, true);
        // rollups are left out: SHOW CREATE TABLE does not print them, so the normalizer drops them on purpose and a
        // model that declares one is a difference from the printed text (the diff adds it)
        Schema schema = new Schema(edits.edit(edits.base(), 6).objects().stream()
                .map(o -> o instanceof Table t ? t.toBuilder().rollups(List.of()).buildUnchecked() : o).toList());
        for (ServerNormalizer n : List.of(NOTHING, DATA)) {
            Schema once = n.normalize(schema);
            assertThat(n.normalize(once)).isEqualTo(once);
            DiffOptions options = DiffOptions.defaults().withServer(n.server());
            assertThat(SchemaDiff.between(schema, once, options).changes()).isEmpty();
            assertThat(SchemaDiff.between(once, schema, options).changes()).isEmpty();
        }
    }

    @Test
    void dictionaryGetGetsTheServersDefaultFlagOnlyWhereItIsACallWithoutOne() {
        assertThat(ServerNormalizer.expression("DICTIONARY_GET('d', [k1, k2])"))
                .isEqualTo(ServerNormalizer.expression("dictionary_get('d', [k1, k2], false)"));
        assertThat(ServerNormalizer.expression("dictionary_get('d', k, true)")).endsWith("true)");
        assertThat(ServerNormalizer.expression("coalesce(dictionary_get('d', f(a, b)), 0)"))
                .contains("f(a, b), false)");
        assertThat(ServerNormalizer.expression("'dictionary_get(a, b)'")).doesNotContain("false");
        assertThat(ServerNormalizer.expression("mydictionary_get(a, b)")).doesNotContain("false");
    }
}
