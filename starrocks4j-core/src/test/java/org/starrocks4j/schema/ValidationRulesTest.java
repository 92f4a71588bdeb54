package org.starrocks4j.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.starrocks4j.types.Types;

/**
 * We reject what a real server rejected wherever the statement alone shows it. Each case is the DSL equivalent of a
 * statement in {@code ../shared/starrocks-corpus/rejected/} (file named), with the part of the server's message
 * our error repeats. The accepted cases are statements the server accepted that a stricter reading of the
 * documentation would wrongly refuse.
 */
class ValidationRulesTest {

    private static Table.Builder pk() {
        return Table.builder("t").column("id", Types.BIGINT, Column.Builder::notNull).primaryKey("id")
                .distributedBy(Distribution.hash("id"));
    }

    private static Table.Builder dup() {
        return Table.builder("t").column("id", Types.INT).column("v", Types.STRING).duplicateKey("id")
                .distributedBy(Distribution.hash("id"));
    }

    private static Table.Builder agg() {
        return Table.builder("agg_test").column("k1", Types.INT, Column.Builder::notNull)
                .column("k2", Types.INT, Column.Builder::notNull)
                .column("v1", Types.BIGINT, c -> c.aggregate(AggregateType.REPLACE).nullable())
                .aggregateKey("k1", "k2").distributedBy(Distribution.hash(1, "k1"));
    }

    static Stream<Arguments> rejectedByTheServer() {
        return Stream.of(
                rejected("0042", "More than one AUTO_INCREMENT column", () -> Table.builder("t")
                        .column("id", Types.BIGINT, c -> c.notNull().autoIncrement())
                        .column("name", Types.BIGINT, c -> c.notNull().autoIncrement())
                        .primaryKey("id", "name").distributedBy(Distribution.hash(7, "id")).build()),
                rejected("0046", "property 'bucket_size' = '-1': must be a whole number",
                        () -> dup().property("bucket_size", "-1").build()),
                rejected("0049", "property 'mutable_bucket_num' = 'a'", () -> dup().property("mutable_bucket_num", "a").build()),
                rejected("0075", "Type:ARRAY<TIME> does not support TIME in a table column", () -> Table.builder("dup_test")
                        .column("id", Types.BIGINT).column("city", Types.varchar(100), Column.Builder::notNull)
                        .column("time", Types.array(Types.TIME), Column.Builder::notNull)
                        .duplicateKey("id").partitionBy(Partitioning.columns("city")).distributedBy(Distribution.hash("id"))
                        .property("replication_num", "1").build()),
                rejected("0052", "The partition expr should base on key column", () -> Table.builder("t")
                        .column("k1", Types.INT).column("k2", Types.BIGINT).column("v", Types.INT).primaryKey("k1")
                        .partitionBy(Partitioning.expressions("from_unixtime(k2, '%Y-%m-%d')")).build()),
                rejected("0054", "Column name starts with __generated_partition_column_ is a system reserved name",
                        () -> Table.builder("t").column("k1", Types.INT).column("k2", Types.BIGINT)
                                .column("__generated_partition_column_0", Types.INT).build()),
                rejected("0057", "Property base_compaction_forbidden_time_ranges not support primary keys table",
                        () -> Table.builder("t").column("k", Types.INT).column("v", Types.INT).primaryKey("k")
                                .property("base_compaction_forbidden_time_ranges", "* * * * *").build()),
                rejected("0059", "Invalid crontab format. The minute field must be '*'", () -> Table.builder("t")
                        .column("k", Types.INT).column("v", Types.INT)
                        .property("base_compaction_forbidden_time_ranges", "5 8-18 * * *").build()),
                rejected("0062", "Invalid level for zstd compression type", () -> compression("zstd(0)")),
                rejected("0063", "Invalid level for zstd compression type", () -> compression("zstd(23)")),
                rejected("0064", "unknown compression type: zstd(-1)", () -> compression("zstd(-1)")),
                rejected("0066", "unknown compression type: zstd(2aa0)", () -> compression("zstd(2aa0)")),
                rejected("0067", "unknown compression type: lz4(3)", () -> compression("lz4(3)")),
                rejected("0073", "The partition expr should base on key column", () -> Table.builder("orders")
                        .column("order_id", Types.BIGINT, Column.Builder::notNull)
                        .column("merchant_id", Types.INT, Column.Builder::notNull)
                        .column("dt", Types.DATETIME, c -> c.notNull().defaultCurrentTimestamp().comment(""))
                        .column("user_id", Types.INT, Column.Builder::notNull)
                        .primaryKey("order_id", "merchant_id", "dt").partitionBy(Partitioning.expressions("day('dt')"))
                        .distributedBy(Distribution.hash("merchant_id")).orderBy("dt", "merchant_id")
                        .property("enable_persistent_index", "true").property("replication_num", "1").build()),
                rejected("0109", "Expression can not refers to AUTO_INCREMENT columns: incr", () -> pk()
                        .column("incr", Types.BIGINT, c -> c.notNull().autoIncrement())
                        .column("mc", Types.BIGINT, c -> c.generatedAs("(incr)")).build()),
                rejected("0110", "Expression can not refers to other generated columns: mc", () -> pk()
                        .column("array_data", Types.array(Types.INT), Column.Builder::notNull)
                        .column("mc", Types.DOUBLE, c -> c.generatedAs("array_avg(array_data)"))
                        .column("mc_1", Types.DOUBLE, c -> c.generatedAs("(`MC`)")).build()),
                rejected("0111", "Generated Column don't support aggregation function (sum)", () -> pk()
                        .column("mc", Types.BIGINT, c -> c.generatedAs("(SUM(id))")).build()),
                rejected("0165", "Unsupported partition expression from_unixtime for column create_time type DATE",
                        () -> unixTime(Types.DATE, "from_unixtime")),
                rejected("0166", "Unsupported partition expression from_unixtime for column create_time type VARCHAR(100)",
                        () -> unixTime(Types.varchar(100), "from_unixtime")),
                rejected("0167", "Unsupported partition expression from_unixtime_ms for column create_time type INT",
                        () -> unixTime(Types.INT, "from_unixtime_ms")),
                rejected("0179", "Currently not support default distribution in UNIQUE_KEYS", () -> Table.builder("t3")
                        .column("k", Types.INT).column("v", Types.INT).uniqueKey("k").build()),
                rejected("0080", "Type 'BITMAP' only supports empty string", () -> Table.builder("test_bitmap_nonempty")
                        .column("id", Types.INT).column("bm", Types.BITMAP, c -> c.aggregate(AggregateType.BITMAP_UNION)
                                .defaultValue("test"))
                        .aggregateKey("id").distributedBy(Distribution.hash(1, "id")).build()),
                rejected("0081", "Type 'HLL' only supports empty string", () -> Table.builder("test_hll_nonempty")
                        .column("id", Types.INT).column("h", Types.HLL, c -> c.aggregate(AggregateType.HLL_UNION)
                                .defaultValue("test"))
                        .aggregateKey("id").distributedBy(Distribution.hash(1, "id")).build()),
                rejected("0083", "Invalid JSON format for default value", () -> json("{\"key\": \"value\",}")),
                rejected("0084", "Invalid JSON format for default value", () -> json("{'key': 'value'}")),
                rejected("0085", "Invalid JSON format for default value", () -> json("{\"key\": \"value\" /* comment */}")),
                rejected("0086", "Invalid JSON format for default value", () -> json("[1, 2, 3,]")),
                rejected("0087", "Invalid JSON format for default value", () -> json("{\"a\": 1,,}")),
                rejected("0088", "Invalid JSON format for default value", () -> json("{\"key\": value}")),
                rejected("0089", "Invalid JSON format for default value", () -> json("{\"value\": NaN}")),
                rejected("0090", "Invalid JSON format for default value", () -> json("{\"value\": Infinity}")),
                rejected("0095", "The inverted index can only be build on DUPLICATE/PRIMARY_KEYS table", () ->
                        Table.builder("t1_unique").column("id1", Types.BIGINT, Column.Builder::notNull)
                                .column("value", Types.varchar(255), Column.Builder::notNull)
                                .index(new Index("gin_english", List.of("value"), IndexType.GIN, Map.of("parser", "english"), null))
                                .uniqueKey("id1").distributedBy(Distribution.hash(1, "id1")).build()),
                rejected("0098", "should only have one bloom filter index or ngram bloom filter index", () -> dup()
                        .index(Index.of("idx_name", IndexType.NGRAMBF, "v")).index(Index.of("idx_name1", IndexType.NGRAMBF, "v"))
                        .build()),
                rejected("0099", "can only be built on CHAR/STRING/VARCHAR columns", () -> Table.builder("t_gin_index_type_4")
                        .column("id1", Types.BIGINT, Column.Builder::notNull).column("test_column", Types.BIGINT)
                        .index(new Index("gin_none", List.of("test_column"), IndexType.GIN, Map.of("parser", "none"), null))
                        .duplicateKey("id1").distributedBy(Distribution.hash(1, "id1")).build()),
                rejected("0106", "Generated Column must be nullable column", () -> pk()
                        .column("array_data", Types.array(Types.INT), Column.Builder::notNull)
                        .column("mc", Types.DOUBLE, c -> c.notNull().generatedAs("array_avg(array_data)")).build()),
                rejected("0112", "All generated columns must be defined after ordinary columns", () -> pk()
                        .column("mc", Types.DOUBLE, c -> c.generatedAs("array_avg(array_data)"))
                        .column("job", Types.INT, Column.Builder::notNull).build()),
                rejected("0121", "Generated Column can not be KEY", () -> Table.builder("t")
                        .column("mc_3", Types.BIGINT, c -> c.generatedAs("id")).column("id", Types.BIGINT)
                        .duplicateKey("mc_3").build()),
                rejected("0176", "property 'primary_index_cache_expire_sec' = 'asd'",
                        () -> pk().property("primary_index_cache_expire_sec", "asd").build()),
                rejected("0178", "PRIMARY KEY cannot use random distribution", () -> Table.builder("t2")
                        .column("k", Types.INT).column("v", Types.INT).primaryKey("k").distributedBy(Distribution.random(20)).build()),
                rejected("0180", "UNIQUE KEY cannot use random distribution", () -> Table.builder("t3")
                        .column("k", Types.INT).column("v", Types.INT).uniqueKey("k").distributedBy(Distribution.random(20)).build()),
                rejected("0181", "Currently not support default distribution in AGG_KEYS", () -> Table.builder("t4")
                        .column("k", Types.INT).column("v", Types.INT, c -> c.aggregate(AggregateType.SUM))
                        .aggregateKey("k").build()),
                rejected("0186", "The sort columns of AGGREGATE KEY table must be same with key columns",
                        () -> agg().orderBy("k2").build()),
                rejected("0193", "Duplicate sort key column k2 is not allowed", () -> agg().orderBy("k1", "k2", "k2").build()),
                rejected("0197", "The sort columns of UNIQUE KEY table must be same with key columns", () -> Table.builder("uni_test")
                        .column("k1", Types.INT, Column.Builder::notNull).column("k2", Types.INT, Column.Builder::notNull)
                        .column("v1", Types.BIGINT, c -> c.aggregate(AggregateType.REPLACE))
                        .uniqueKey("k1", "k2").distributedBy(Distribution.hash(1, "k1")).orderBy("k2").build()),
                rejected("0061", "Invalid crontab format: the day of week is 1 (Sunday) .. 7, not 0", () -> Table.builder("t")
                        .column("k", Types.INT).column("v", Types.INT)
                        .property("base_compaction_forbidden_time_ranges", "* * * * 0").build()),
                rejected("0094", "unsupported user variable hint in Materialized view for now", () -> MaterializedView
                        .builder("test_mv").refresh(Refresh.manual().deferred()).property("replication_num", "1")
                        .property("partition_refresh_number", "1")
                        .as("select /*+ set_user_variable(@c = (select min(c3) from t1)) */ * from t1").build()),
                rejected("0170", "only supports the result of the function str2date(VARCHAR str, VARCHAR format) as a "
                        + "strict DATE type", () -> Table.builder("t2").column("dt", Types.varchar(20))
                        .column("id", Types.INT).partitionBy(Partitioning.range(List.of(
                                PartitionExpression.expression("str2date(dt, \"%Y-%m\")")), List.of(
                                PartitionDefinition.batch("2021-01-01", "2021-01-10", "INTERVAL 1 DAY")))).build()),
                // the server names the generated partition column in its message; the AGGREGATE KEY table cannot have one
                rejected("0051", "expression partition base on generated column doest not support AGGREGATE KEY tables",
                        () -> Table.builder("t").column("k1", Types.INT).column("k2", Types.BIGINT)
                                .column("v", Types.INT, c -> c.aggregate(AggregateType.SUM)).aggregateKey("k1", "k2")
                                .partitionBy(Partitioning.expressions("from_unixtime(k2, '%Y-%m-%d')"))
                                .distributedBy(Distribution.hash("k1")).build()),
                rejected("0051", "AGG_KEYS table should specify aggregate type for non-key column", () -> Table.builder("t")
                        .column("k1", Types.INT).column("k2", Types.BIGINT).column("v", Types.INT)
                        .aggregateKey("k1", "k2").distributedBy(Distribution.hash("k1")).build()));
    }

    private static Arguments rejected(String corpusFile, String message, Supplier<SchemaObject> model) {
        return Arguments.of(corpusFile, message, model);
    }

    private static Table compression(String value) {
        return Table.builder("t_error_handling").column("k", Types.BIGINT, c -> c.notNull().comment(""))
                .column("v", Types.STRING, c -> c.comment("")).engine("OLAP").duplicateKey("k")
                .distributedBy(Distribution.hash(1, "k")).property("replication_num", "1").property("compression", value)
                .build();
    }

    private static Table unixTime(org.starrocks4j.types.DataType type, String function) {
        return Table.builder("partition_unixtime").column("create_time", type).column("sku_id", Types.varchar(100))
                .column("total_amount", Types.decimal(10, 0)).column("id", Types.INT)
                .partitionBy(Partitioning.range(List.of(PartitionExpression.expression(function + "(create_time)")),
                        List.of())).build();
    }

    private static Table json(String defaultValue) {
        return Table.builder("test_json").column("id", Types.INT)
                .column("data", Types.JSON, c -> c.defaultValue(defaultValue))
                .duplicateKey("id").distributedBy(Distribution.hash(1, "id")).build();
    }

    @ParameterizedTest(name = "rejected/{0}.sql")
    @MethodSource("rejectedByTheServer")
    void weRejectWhatTheServerRejected(String corpusFile, String message, Supplier<SchemaObject> model) {
        assertThatThrownBy(model::get).isInstanceOf(InvalidModelException.class).hasMessageContaining(message);
    }

    @Test
    void whatTheServerAcceptedStaysValid() {
        // accepted/create_table/1799: REPLACE markers in a UNIQUE KEY table, sort key a permutation of the key
        assertThatCode(() -> Table.builder("uni_test")
                .column("k1", Types.INT, Column.Builder::notNull).column("k2", Types.INT, Column.Builder::notNull)
                .column("v1", Types.BIGINT, c -> c.aggregate(AggregateType.REPLACE).nullable())
                .uniqueKey("k1", "k2").distributedBy(Distribution.hash(1, "k1")).orderBy("k2", "k1").build())
                .doesNotThrowAnyException();
        // pairs/0001: a PRIMARY KEY column with unstated nullability (the server makes it NOT NULL)
        assertThatCode(() -> Table.builder("t").column("k", Types.INT).column("v", Types.INT).primaryKey("k").build())
                .doesNotThrowAnyException();
        // accepted/create_table/0133: a PRIMARY KEY table may sort by a value column
        assertThatCode(() -> Table.builder("t0").column("k0", Types.BIGINT).column("k1", Types.DATETIME)
                .column("v0", Types.INT).primaryKey("k0", "k1").distributedBy(Distribution.hash(1, "k0"))
                .orderBy("v0").property("replication_num", "1").build()).doesNotThrowAnyException();
        // show_create/table/136: the server's own generated partition columns, their expressions on key columns
        // written with qualified names
        assertThatCode(() -> Table.builder("multi_level_expr_par_tbl_2")
                .column("k1", Types.DATE, Column.Builder::notNull).column("k4", Types.varchar(100), Column.Builder::notNull)
                .column("__generated_partition_column_0", Types.varchar(100),
                        c -> c.nullable().generatedAs("substring(`db`.`multi_level_expr_par_tbl_2`.`k4`, 1, 5)"))
                .primaryKey("k1", "k4").partitionBy(Partitioning.columns("__generated_partition_column_0", "k1"))
                .build()).doesNotThrowAnyException();
        // corpus: every zstd level 1..22, spaces inside the parentheses, plain names
        for (String value : List.of("zstd(1)", "zstd(22)", "zstd ( 2)", "zstd", "lz4", "LZ4")) {
            assertThatCode(() -> compression(value)).as(value).doesNotThrowAnyException();
        }
        // accepted/create_table: from_unixtime on INT and BIGINT, from_unixtime_ms on BIGINT; array_avg is no aggregate
        assertThatCode(() -> unixTime(Types.INT, "from_unixtime")).doesNotThrowAnyException();
        assertThatCode(() -> unixTime(Types.BIGINT, "from_unixtime_ms")).doesNotThrowAnyException();
        assertThatCode(() -> pk().column("a", Types.array(Types.INT)).column("mc", Types.DOUBLE,
                c -> c.generatedAs("array_avg(a)")).build()).doesNotThrowAnyException();
        // show_create: servers print varchar(1073741824)
        assertThatCode(() -> dup().column("p1", Types.varchar(1_073_741_824)).build()).doesNotThrowAnyException();
    }

    @Test
    void keyColumnsLeadTheTableInOrder() {
        assertThatThrownBy(() -> Table.builder("t").column("v", Types.INT).column("k", Types.INT).primaryKey("k").build())
                .hasMessage("table t: PRIMARY KEY columns must be the leading columns of the table, in key order (k); "
                        + "move them to the front");
    }

    @Test
    void messagesNameTheTableTheColumnTheRuleAndTheFix() {
        assertThatThrownBy(() -> pk().column("n", Types.INT, c -> c.aggregate(AggregateType.SUM)).build())
                .hasMessage("table t, column 'n': aggregate type SUM is only valid in AGGREGATE KEY tables; remove it "
                        + "or declare the table with aggregateKey(...)");
        assertThatThrownBy(() -> Table.builder("t").column("id", Types.INT, c -> c.notNull().autoIncrement()).build())
                .hasMessage("table t, column 'id': AUTO_INCREMENT needs type BIGINT, not INT; change the type to BIGINT");
        assertThatThrownBy(() -> Table.builder("t").column("k", Types.DOUBLE).duplicateKey("k").build())
                .hasMessage("table t, column 'k': type DOUBLE cannot be a key column; take it out of the DUPLICATE KEY "
                        + "or change its type");
        assertThatThrownBy(() -> Table.builder("t").column("id", Types.INT, Column.Builder::nullable).primaryKey("id").build())
                .hasMessage("table t, column 'id': PRIMARY KEY columns are NOT NULL; remove NULL");
        assertThatThrownBy(() -> agg().column("total", Types.BITMAP, c -> c.aggregate(AggregateType.SUM)).build())
                .hasMessage("table agg_test, column 'total': a BITMAP value column needs aggregate type BITMAP_UNION, not SUM");
    }

    @Test
    void everyBrokenRuleIsListed() {
        InvalidModelException e = (InvalidModelException) org.assertj.core.api.Assertions.catchThrowable(() ->
                Table.builder("t").column("k", Types.INT).column("k", Types.INT)
                        .primaryKey("missing").distributedBy(Distribution.hash("nowhere")).orderBy("gone").build());
        assertThat(e.problems()).containsExactly(
                "table t: column 'k' is declared twice (Duplicated column); rename one of them",
                "table t: PRIMARY KEY names column 'missing', which the table does not have; add the column or fix the PRIMARY KEY",
                "table t: DISTRIBUTED BY HASH names column 'nowhere', which the table does not have; add the column or fix the DISTRIBUTED BY HASH",
                "table t: ORDER BY names column 'gone', which the table does not have; add the column or fix the ORDER BY");
    }

    @Test
    void partitionBoundsMatchTheKeys() {
        assertThatThrownBy(() -> dup().partitionBy(Partitioning.rangeOn("id")
                .withPartitions(PartitionDefinition.lessThan("p1", "1", "2"))).build())
                .hasMessageContaining("partition 'p1': VALUES LESS THAN gives 2 values for 1 partition key(s)");
        assertThatThrownBy(() -> dup().partitionBy(Partitioning.rangeOn("id").withPartitions(
                PartitionDefinition.lessThan("p1", "1"), PartitionDefinition.lessThan("P1", "2"))).build())
                .hasMessageContaining("partition 'P1' is declared twice");
        assertThatThrownBy(() -> dup().partitionBy(Partitioning.rangeOn("nope")).build())
                .hasMessageContaining("PARTITION BY names column 'nope'");
    }

    @Test
    void viewColumnsAreUnique() {
        assertThatThrownBy(() -> View.builder("v").column("a").column("A").as("SELECT 1, 2").build())
                .hasMessage("view v: column 'A' is listed twice; view column names must be unique");
    }

    /** The inferred key holds the first column, which a generated column cannot be (unrelated seed 4530). */
    @Test
    void withoutAKeyClauseTheFirstColumnIsNotGenerated() {
        assertThatThrownBy(() -> Table.builder("t").column("g", Types.INT, c -> c.generatedAs("1 + 1")).build())
                .hasMessage("table t, column 'g': Generated Column can not be KEY, and a table without a KEY clause is "
                        + "keyed on its leading columns; put an ordinary column first or declare the key");
        assertThatCode(() -> Table.builder("t").column("a", Types.INT).column("g", Types.INT, c -> c.generatedAs("a"))
                .build()).doesNotThrowAnyException();
    }

    /** "ID" and "Id" are one property given twice (seeds 984, 1010, 2010 and 2408 of SqlScriptRoundTripTest). */
    @Test
    void eachPropertyIsNamedOnceWhateverTheCase() {
        assertThatThrownBy(() -> dup().property("replication_num", "1").property("REPLICATION_NUM", "2").build())
                .hasMessage("table t: properties 'replication_num' and 'REPLICATION_NUM' differ only in case, which "
                        + "makes them one property (StarRocks knows each property by its lower-case name); give it once");
        assertThatThrownBy(() -> dup().index(new Index("i", List.of("v"), IndexType.NGRAMBF,
                Map.of("Gram_Num", "3", "gram_num", "4"), null)).build())
                .hasMessageContaining("table t, index 'i': properties '")
                .hasMessageContaining("differ only in case");
        assertThat(ModelValidator.propertyProblems("ALTER TABLE t", Map.of("Id", "1", "ID", "2")))
                .singleElement().asString().startsWith("ALTER TABLE t: properties '");
        assertThatCode(() -> dup().property("replication_num", "1").property("in_memory", "false").build())
                .doesNotThrowAnyException();
    }
}
