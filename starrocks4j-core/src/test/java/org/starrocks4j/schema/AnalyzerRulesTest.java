package org.starrocks4j.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
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
 * The rules the StarRocks FE's analyzers enforce on a CREATE statement alone (CreateTableAnalyzer,
 * PartitionDescAnalyzer, PartitionExprAnalyzer, IndexAnalyzer, PropertyAnalyzer, FeNameFormat), beyond what the
 * corpus recorded (those are in {@link ValidationRulesTest}). Each case names the analyzer and repeats the part of
 * the message our error shares with the server's; the accepted cases are what a server accepted (corpus) near each
 * rule.
 */
class AnalyzerRulesTest {

    private static Table.Builder dup() {
        return Table.builder("t").column("id", Types.INT).column("dt", Types.DATE).column("name", Types.varchar(20))
                .duplicateKey("id").distributedBy(Distribution.hash("id"));
    }

    private static Table.Builder agg() {
        return Table.builder("t").column("id", Types.INT).column("name", Types.varchar(20))
                .column("total", Types.BIGINT, c -> c.aggregate(AggregateType.SUM)).aggregateKey("id", "name")
                .distributedBy(Distribution.hash("id"));
    }

    private static Table.Builder pk() {
        return Table.builder("t").column("id", Types.INT, Column.Builder::notNull).column("name", Types.varchar(20))
                .primaryKey("id").distributedBy(Distribution.hash("id"));
    }

    private static Table.Builder rangeOnDate(PartitionDefinition... partitions) {
        return dup().partitionBy(Partitioning.rangeOn("dt").withPartitions(partitions));
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                // ColumnDefAnalyzer (test/sql/test_create_table/R/test_create_table_with_time)
                refused("TIME column", "Type:TIME does not support TIME in a table column",
                        () -> dup().column("at", Types.TIME).build()),
                refused("TIME in a MAP", "Type:MAP<BIGINT, TIME> does not support",
                        () -> dup().column("at", Types.map(Types.BIGINT, Types.TIME)).build()),
                refused("TIME in a STRUCT", "does not support TIME in a table column",
                        () -> dup().column("at", Types.struct(Types.field("c2", Types.TIME))).build()),
                // FeNameFormat.checkColumnName
                refused("reserved column name", "Column name [__op] is a system reserved name",
                        () -> dup().column("__op", Types.INT).build()),
                // CreateTableAnalyzer
                refused("DECIMAL primary key", "primary key column type not supported: DECIMAL(10, 2)",
                        () -> Table.builder("t").column("id", Types.decimal(10, 2), Column.Builder::notNull)
                                .primaryKey("id").build()),
                refused("CHAR primary key", "primary key column type not supported: CHAR(8)",
                        () -> Table.builder("t").column("id", Types.charType(8), Column.Builder::notNull)
                                .primaryKey("id").build()),
                refused("sort key of a PRIMARY KEY table", "Sort key column[amount] type not supported: DECIMAL(10, 2)",
                        () -> pk().column("amount", Types.decimal(10, 2)).orderBy("amount").build()),
                refused("implicit key on a DOUBLE", "Data type of first column cannot be DOUBLE",
                        () -> Table.builder("t").column("d", Types.DOUBLE).column("id", Types.INT).build()),
                // HashDistributionDesc: the type must be one the server can hash
                refused("DOUBLE distribution column", "Distribution column[d] type DOUBLE cannot be hashed",
                        () -> Table.builder("t").column("id", Types.INT).column("d", Types.DOUBLE).duplicateKey("id")
                                .distributedBy(Distribution.hash("d")).build()),
                // the grammar: partitionExpr is an identifier or a function call; LIST takes identifiers
                refused("partition by arithmetic", "the partition expression id % 10 is neither a column nor a function call",
                        () -> dup().partitionBy(Partitioning.expressions("date_trunc('day', dt)", "id % 10")).build()),
                refused("LIST on an expression", "PARTITION BY LIST takes column names, not the expression",
                        () -> dup().partitionBy(Partitioning.list(List.of(PartitionExpression.expression("upper(name)")),
                                List.of())).build()),
                // PartitionExprAnalyzer
                refused("RANGE on another function", "Unsupported partition type for function to_date(name)",
                        () -> dup().partitionBy(Partitioning.range(List.of(PartitionExpression.expression("to_date(name)")),
                                List.of())).build()),
                refused("an expression of no column", "names no column of the table",
                        () -> dup().partitionBy(Partitioning.expressions("date_trunc('day', '2024-01-01')")).build()),
                // PartitionDescAnalyzer
                refused("FLOAT partition column", "Invalid partition column 'f': invalid data type FLOAT",
                        () -> dup().column("f", Types.FLOAT).partitionBy(Partitioning.rangeOn("f")).build()),
                refused("DECIMAL LIST partition column", "Invalid partition column 'd': invalid data type DECIMAL(10, 2)",
                        () -> dup().column("d", Types.decimal(10, 2)).partitionBy(Partitioning.listOn("d")).build()),
                refused("partition by a value column", "unique table's partition column must be key column: 'total'",
                        () -> agg().partitionBy(Partitioning.listOn("total")).build()),
                refused("partition column listed twice", "Duplicated partition column dt",
                        () -> dup().partitionBy(Partitioning.rangeOn("dt", "dt")).build()),
                refused("partition name", "partition '2024': Incorrect partition name",
                        () -> rangeOnDate(PartitionDefinition.lessThan("2024", "2025-01-01")).build()),
                refused("ranges written two ways", "You can only use one of these methods to create partitions",
                        () -> rangeOnDate(PartitionDefinition.lessThan("p1", "2024-01-01"),
                                PartitionDefinition.fixed("p2", "2024-01-01", "2024-02-01")).build()),
                refused("falling LESS THAN bounds", "partition 'p2': Range is intersected with partition 'p1'",
                        () -> rangeOnDate(PartitionDefinition.lessThan("p1", "2024-02-01"),
                                PartitionDefinition.lessThan("p2", "2024-01-01")).build()),
                refused("MAXVALUE before another partition", "it follows the MAXVALUE partition 'pmax'",
                        () -> rangeOnDate(PartitionDefinition.maxValue("pmax"),
                                PartitionDefinition.lessThan("p1", "2024-01-01")).build()),
                refused("an empty fixed range", "The lower values must smaller than upper values",
                        () -> rangeOnDate(PartitionDefinition.fixed("p1", "2024-02-01", "2024-01-01")).build()),
                refused("overlapping fixed ranges", "is intersected with the range of partition 'p1'",
                        () -> rangeOnDate(PartitionDefinition.fixed("p1", "2024-01-01", "2024-03-01"),
                                PartitionDefinition.fixed("p2", "2024-02-01", "2024-04-01")).build()),
                refused("EVERY in seconds", "Batch build partition does not support time interval type: SECOND",
                        () -> rangeOnDate(PartitionDefinition.batch("2024-01-01", "2024-02-01", "INTERVAL 1 SECOND"))
                                .build()),
                refused("EVERY hour on a DATE", "for hour interval only supports partition column as DATETIME",
                        () -> rangeOnDate(PartitionDefinition.batch("2024-01-01", "2024-02-01", "INTERVAL 1 HOUR"))
                                .build()),
                refused("START after END", "Batch build partition start value should less then end value",
                        () -> rangeOnDate(PartitionDefinition.batch("2024-02-01", "2024-01-01", "INTERVAL 1 DAY"))
                                .build()),
                refused("a LIST value twice", "partition 'p2': Duplicated value Beijing",
                        () -> dup().partitionBy(Partitioning.listOn("name").withPartitions(
                                PartitionDefinition.in("p1", "Beijing"), PartitionDefinition.in("p2", "Beijing"))).build()),
                // IndexAnalyzer
                refused("BITMAP index on DOUBLE", "DOUBLE is not supported in bitmap index",
                        () -> dup().column("d", Types.DOUBLE).index(Index.of("i", IndexType.BITMAP, "d")).build()),
                refused("BITMAP index on a value column", "BITMAP index only used in columns of DUP_KEYS/PRIMARY_KEYS",
                        () -> agg().column("city", Types.varchar(20), c -> c.aggregate(AggregateType.REPLACE))
                                .index(Index.of("i", IndexType.BITMAP, "city")).build()),
                refused("an index on two columns", "i index can only apply to a single column",
                        () -> dup().index(Index.of("i", IndexType.BITMAP, "id", "name")).build()),
                refused("a long index name", "index name too long, the index name length at most is 64",
                        () -> dup().index(Index.of("i".repeat(65), IndexType.BITMAP, "id")).build()),
                refused("NGRAMBF on a value column", "Ngram Bloom filter index only used in columns of DUP_KEYS/PRIMARY",
                        () -> agg().column("city", Types.varchar(20), c -> c.aggregate(AggregateType.REPLACE))
                                .index(Index.of("i", IndexType.NGRAMBF, "city")).build()),
                refused("NGRAMBF fpp", "Bloom filter fpp should in [0.0001, 0.05]",
                        () -> dup().index(new Index("i", List.of("name"), IndexType.NGRAMBF,
                                Map.of("bloom_filter_fpp", "0.5"), null)).build()),
                refused("GIN parser", "INVERTED index parser: french is invalid",
                        () -> dup().index(new Index("i", List.of("name"), IndexType.GIN, Map.of("parser", "french"),
                                null)).build()),
                refused("vector index on ARRAY<INT>", "can only be build on column with type of array<float>",
                        () -> dup().column("v", Types.array(Types.INT), Column.Builder::notNull)
                                .index(new Index("i", List.of("v"), IndexType.VECTOR, Map.of("index_type", "hnsw"), null))
                                .build()),
                // PropertyAnalyzer.analyzeBloomFilterColumns, IndexAnalyzer.analyseBfWithNgramBf
                refused("bloom filter on a missing column", "Invalid bloom filter column 'nope': not exists",
                        () -> dup().property("bloom_filter_columns", "nope").build()),
                refused("bloom filter listed twice", "Duplicate bloom filter column 'name'",
                        () -> dup().property("bloom_filter_columns", "name, name").build()),
                refused("bloom filter on TINYINT", "Invalid bloom filter column 'flag': unsupported type TINYINT",
                        () -> dup().column("flag", Types.TINYINT).property("bloom_filter_columns", "flag").build()),
                refused("bloom filter on a value column", "Bloom filter index only used in columns of DUP_KEYS/PRIMARY",
                        () -> agg().column("city", Types.varchar(20), c -> c.aggregate(AggregateType.REPLACE))
                                .property("bloom_filter_columns", "city").build()),
                refused("bloom filter and NGRAMBF on one column", "should only have one bloom filter index or ngram",
                        () -> dup().property("bloom_filter_columns", "name")
                                .index(Index.of("i", IndexType.NGRAMBF, "name")).build()),
                refused("bloom filter fpp", "Bloom filter fpp should in [0.0001, 0.05]",
                        () -> dup().property("bloom_filter_columns", "name").property("bloom_filter_fpp", "0.2").build()),
                // PropertyAnalyzer.analyzeDataProperty and OlapTableFactory (PR #29495: 3.1 and later)
                refused("storage medium", "property 'storage_medium' = 'NVME': must be one of SSD, HDD",
                        () -> dup().property("storage_medium", "NVME").build()),
                refused("cooldown without medium", "storage medium property is not found",
                        () -> dup().property("storage_cooldown_ttl", "7 day").build()),
                refused("cooldown from HDD", "Can not assign cooldown timestamp to HDD storage medium",
                        () -> dup().property("storage_medium", "HDD")
                                .property("storage_cooldown_time", "2999-01-01 00:00:00").build()),
                refused("cooldown time and TTL", "storage_cooldown_time and storage_cooldown_ttl conflict",
                        () -> dup().property("storage_medium", "SSD").property("storage_cooldown_ttl", "7 day")
                                .property("storage_cooldown_time", "2999-01-01 00:00:00").build()),
                refused("cooldown on a PRIMARY KEY table", "Primary key table does not support storage medium cool down",
                        () -> pk().property("storage_medium", "SSD")
                                .property("storage_cooldown_time", "2999-01-01 00:00:00").build()),
                refused("compression", "unknown compression type: gzip",
                        () -> dup().property("compression", "gzip").build()),
                refused("write quorum", "must be one of ONE, MAJORITY, ALL",
                        () -> dup().property("write_quorum", "SOME").build()),
                refused("partition_live_number 0", "must be a positive whole number (or -1 for none)",
                        () -> dup().property("partition_live_number", "0").build()),
                // OlapTableFactory and DynamicPartitionUtil
                refused("AUTO_INCREMENT without replicated storage", "Table with AUTO_INCREMENT column must use Replicated",
                        () -> Table.builder("t").column("id", Types.BIGINT, c -> c.notNull().autoIncrement())
                                .primaryKey("id").property("replicated_storage", "false").build()),
                refused("dynamic partitions without RANGE", "Only support dynamic partition properties on range",
                        () -> dup().property("dynamic_partition.enable", "true").build()),
                refused("dynamic partitions with expression partitioning", "dynamic_partition properties do not apply",
                        () -> dup().partitionBy(Partitioning.expressions("date_trunc('day', dt)"))
                                .property("dynamic_partition.time_unit", "DAY").build()),
                // PropertyAnalyzer: materialized view properties that need an asynchronous refresh
                refused("excluded_trigger_tables with MANUAL", "The excluded_trigger_tables property only applies to",
                        () -> MaterializedView.builder("mv").refresh(Refresh.manual())
                                .property("excluded_trigger_tables", "t").as("SELECT 1").build()),
                refused("auto_refresh_partitions_limit with MANUAL", "does not support manual refresh mode",
                        () -> MaterializedView.builder("mv").refresh(Refresh.manual())
                                .property("auto_refresh_partitions_limit", "2").as("SELECT 1").build()));
    }

    private static Arguments refused(String what, String message, Supplier<SchemaObject> model) {
        return Arguments.of(what, message, model);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void weRefuseWhatTheAnalyzerRefuses(String what, String message, Supplier<SchemaObject> model) {
        assertThatThrownBy(model::get).isInstanceOf(InvalidModelException.class).hasMessageContaining(message);
    }

    @Test
    void whatServersAcceptedNearTheseRulesStaysValid() {
        // the seed's aggregate table: a single date_trunc is automatic RANGE partitioning, no generated column
        assertThatCode(() -> Table.builder("t").column("id", Types.INT).column("day", Types.DATE)
                .column("total", Types.BIGINT, c -> c.aggregate(AggregateType.SUM)).aggregateKey("id", "day")
                .partitionBy(Partitioning.expressions("date_trunc('day', day)")).distributedBy(Distribution.hash("id"))
                .build()).doesNotThrowAnyException();
        // accepted/create_table/0458: CAST of a substring in a RANGE partition key
        assertThatCode(() -> dup().column("code", Types.varchar(20)).partitionBy(Partitioning.range(List.of(
                PartitionExpression.expression("cast(substr(code, 3, 11) as bigint)")), List.of())).build())
                .doesNotThrowAnyException();
        // fixed ranges and START/END/EVERY together; rising LESS THAN bounds ending in MAXVALUE
        assertThatCode(() -> rangeOnDate(PartitionDefinition.fixed("p1", "2023-01-01", "2024-01-01"),
                PartitionDefinition.batch("2024-01-01", "2025-01-01", "INTERVAL 1 MONTH")).build())
                .doesNotThrowAnyException();
        assertThatCode(() -> rangeOnDate(PartitionDefinition.lessThan("p1", "2024-01-01"),
                PartitionDefinition.lessThan("p2", "2024-02-01"), PartitionDefinition.maxValue("pmax")).build())
                .doesNotThrowAnyException();
        // accepted/create_table/1025: an external catalog's table keyed on nothing, VARIANT first
        assertThatCode(() -> Table.builder("t").column("data", Types.VARIANT).column("id", Types.INT).build())
                .doesNotThrowAnyException();
        // bloom filters on key columns of an AGGREGATE KEY table; storage_medium alone on a PRIMARY KEY table;
        // a cooldown TTL from SSD on a DUPLICATE KEY table (accepted/create_table/0139)
        assertThatCode(() -> agg().property("bloom_filter_columns", "id, name").build()).doesNotThrowAnyException();
        assertThatCode(() -> pk().property("storage_medium", "SSD").build()).doesNotThrowAnyException();
        assertThatCode(() -> dup().property("storage_medium", "SSD").property("storage_cooldown_ttl", "3 day").build())
                .doesNotThrowAnyException();
    }

    @Test
    void aCooldownTimeIsCheckedAgainstTheTimeTheStatementRunsNotWhenTheModelIsBuilt() {
        Table table = dup().property("storage_medium", "SSD").property("storage_cooldown_time", "2025-06-04 00:00:00")
                .build();
        assertThat(ModelValidator.problemsWhenRun(table, Instant.parse("2025-01-01T00:00:00Z"))).isEmpty();
        assertThat(ModelValidator.problemsWhenRun(table, Instant.parse("2026-12-07T00:00:00Z"))).containsExactly(
                "table t, property 'storage_cooldown_time' = '2025-06-04 00:00:00': Cooldown time should be later "
                        + "than now (it is 2026-12-07T00:00 UTC); give a future time, or use \"storage_cooldown_ttl\" "
                        + "(e.g. \"30 day\"), which does not expire");
        // less than a day ahead or behind depends on the server's time zone, which the client does not know
        assertThat(ModelValidator.problemsWhenRun(table, Instant.parse("2025-06-04T06:00:00Z"))).isEmpty();
        assertThat(ModelValidator.problemsWhenRun("ALTER TABLE t", Map.of("default.storage_cooldown_time",
                "2025-06-04 00:00:00"), Instant.parse("2025-06-05T12:00:00Z"))).hasSize(1);
    }
}
