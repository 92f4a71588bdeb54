package org.starrocks4j.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.starrocks4j.annotations.AnnotatedModelReader;
import org.starrocks4j.schema.AggregateType;
import org.starrocks4j.schema.Column;
import org.starrocks4j.schema.ColumnDefault;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.Index;
import org.starrocks4j.schema.IndexType;
import org.starrocks4j.schema.MaterializedView;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.schema.PartitionDefinition;
import org.starrocks4j.schema.PartitionExpression;
import org.starrocks4j.schema.Partitioning;
import org.starrocks4j.schema.Refresh;
import org.starrocks4j.schema.Rollup;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.SchemaDefinition;
import org.starrocks4j.schema.Table;
import org.starrocks4j.schema.View;
import org.starrocks4j.schema.ViewSecurity;
import org.starrocks4j.types.AggregateStateType;
import org.starrocks4j.types.BinaryType;
import org.starrocks4j.types.DecimalType;
import org.starrocks4j.types.StructType;
import org.starrocks4j.types.Types;

/** Model → Java source → javac (in process) → read back: the same model, for both styles. */
class CodegenRoundTripTest {

    @TempDir
    Path work;

    /** Every attribute the model holds, with names and texts chosen to break naive code generation. */
    static Schema everything() {
        Table aggregates = Table.builder("page_view_aggregates")
                .column("page_id", Types.INT, c -> c.notNull())
                .column("visit_date", Types.DATE)
                .column("total_views", Types.BIGINT, c -> c.aggregate(AggregateType.SUM).defaultValue("0"))
                .column("last_user", Types.STRING, c -> c.aggregate(AggregateType.REPLACE).nullable())
                .column("distinct_users", Types.BITMAP, c -> c.aggregate(AggregateType.BITMAP_UNION)
                        .comment("users */ seen \\u0041 \"quoted\"\nsecond line"))
                .column("avg_time", Types.aggregateState("avg", Types.INT))
                .column("time_sum", new AggregateStateType(Types.BIGINT, "sum", List.of(Types.INT)), c -> c.nullable())
                .column("pages", Types.aggregateState("count", Types.array(Types.varchar(20)), Types.DATE),
                        c -> c.notNull())
                .aggregateKey("page_id", "visit_date")
                .rollup(Rollup.of("r_page", "page_id", "total_views"))
                .comment("Daily page views")
                .partitionBy(Partitioning.expressions("date_trunc('day', visit_date)"))
                .distributedBy(Distribution.hash("page_id"))
                .property("replication_num", "1")
                .build();
        Table everyType = Table.builder(ObjectName.of("analytics", "every_type"))
                .column("id", Types.BIGINT, c -> c.notNull().autoIncrement())
                .column("class", Types.INT)
                .column("CamelCase", Types.SMALLINT)
                .column("UPPER", Types.TINYINT)
                .column("weird name-1", Types.LARGEINT)
                .column("1starts_with_digit", Types.BOOLEAN)
                .column("f", Types.FLOAT)
                .column("d", Types.DOUBLE, c -> c.defaultExpression("rand()"))
                .column("price", Types.decimal(10, 2))
                .column("whole", Types.decimal(18, 0))
                .column("price64", new DecimalType(DecimalType.Spelling.DECIMAL64, 18, 4))
                .column("code", Types.charType(8))
                .column("name", Types.varchar(50), c -> c.comment(""))
                .column("text", Types.STRING)
                .column("bin", Types.BINARY)
                .column("bin10", new BinaryType(false, 10))
                .column("vb", Types.VARBINARY)
                .column("vb20", Types.varbinary(20))
                .column("day", Types.DATE)
                .column("created_at", Types.DATETIME, c -> c.defaultCurrentTimestamp())
                .column("doc", Types.JSON)
                .column("v", Types.VARIANT)
                .column("h", Types.HLL)
                .column("p", Types.PERCENTILE)
                .column("tags", Types.array(Types.STRING))
                .column("short_tags", Types.array(Types.varchar(20)))
                .column("matrix", Types.array(Types.array(Types.INT)))
                .column("attrs", Types.map(Types.varchar(10), Types.varchar(20)))
                .column("amounts", Types.map(Types.STRING, Types.decimal(9, 3)))
                .column("address", Types.struct(Types.field("street", Types.STRING),
                        new StructType.Field("zip code", Types.varchar(10), "postal"),
                        Types.field("hashCode", Types.INT),
                        Types.field("geo", Types.struct(Types.field("lat", Types.decimal(9, 6)),
                                Types.field("lon", Types.decimal(9, 6))))))
                .column("events", Types.array(Types.struct(Types.field("at", Types.DATETIME),
                        Types.field("what`s", Types.STRING))))
                .column("mixed", Types.map(Types.varchar(10), Types.struct(Types.field("s", Types.STRING))))
                .column("upper_id", Types.BIGINT, c -> c.generatedAs("class + 1").comment("generated"))
                .primaryKey("id")
                .comment("")
                .engine("OLAP")
                .partitionBy(Partitioning.rangeOn("id").withPartitions(
                        PartitionDefinition.lessThan("p1", "100"),
                        new PartitionDefinition.LessThan("p2", List.of("200"), Map.of("storage_medium", "SSD")),
                        PartitionDefinition.maxValue("pmax")))
                .distributedBy(Distribution.hash(10, "id"))
                .orderBy("id", "class")
                .property("replication_num", "1")
                .property("storage_medium", "SSD")
                .index(Index.of("idx_name", IndexType.BITMAP, "name"))
                .index(new Index("idx_text", List.of("text"), IndexType.NGRAMBF,
                        Map.of("gram_num", "4", "bloom_filter_fpp", "0.05"), "ngram"))
                .build();
        Table ranges = Table.builder("ranges")
                .column("dt", Types.DATE)
                .column("city", Types.varchar(20))
                .duplicateKey("dt")
                .partitionBy(Partitioning.range(List.of(PartitionExpression.column("dt")), List.of(
                        PartitionDefinition.fixed("p2024", "2024-01-01", "2025-01-01"),
                        PartitionDefinition.batch("2025-01-01", "2026-01-01", "INTERVAL 1 MONTH"))))
                .distributedBy(Distribution.random(4))
                .rollup(Rollup.of("r_city", "city", "dt").withDuplicateKey("city")
                        .withProperties(Map.of("storage_type", "column")))
                .rollup(Rollup.of("r_dt", "dt"))
                .build();
        Table lists = Table.builder("lists")
                .column("city", Types.varchar(20), c -> c.notNull())
                .column("region", Types.varchar(20), c -> c.notNull())
                .uniqueKey("city", "region")
                .partitionBy(Partitioning.list(List.of(PartitionExpression.column("city"),
                        PartitionExpression.column("region")), List.of(
                        new PartitionDefinition.In("p_north", List.of(List.of("Beijing", "north"),
                                List.of("Harbin", "north")), Map.of()))))
                .distributedBy(Distribution.hash("city"))
                .build();
        Table singleList = Table.builder("single_list")
                .column("city", Types.varchar(20))
                .partitionBy(Partitioning.listOn("city").withPartitions(PartitionDefinition.in("p_cn", "Beijing",
                        "Shanghai")))
                .build();
        Table mixedKeys = Table.builder("mixed_keys")
                .column("dt", Types.DATETIME)
                .column("city", Types.varchar(20))
                .partitionBy(new Partitioning.Expression(List.of(
                        PartitionExpression.expression("date_trunc('month', dt)"),
                        PartitionExpression.column("city"))))
                .build();
        Table columnsOnly = Table.builder("columns_only")
                .column("a", Types.INT)
                .column("b", Types.INT)
                .partitionBy(Partitioning.columns("a", "b"))
                .build();
        View view = View.builder(ObjectName.of("my_schema", "my_view"))
                .column("user_id")
                .column("user_name", "the name")
                .comment("A sample view with all options.")
                .security(ViewSecurity.INVOKER)
                .as("SELECT id, name FROM my_table WHERE id > 50")
                .build();
        View textBlock = View.builder("multi_line")
                .as("select\n  c1,\n\n  c2\nfrom t1\nwhere c3 = \"x\"")
                .build();
        View textBlockable = View.builder("text_block")
                .as("SELECT a,\n       b\nFROM t\n\nWHERE a = 'x'")
                .build();
        View awkward = View.builder("awkward")
                .as("select \n c1, -- a comment with \\ and \"\"\" \n\tc2 from t1\n")
                .build();
        MaterializedView mv = MaterializedView.builder("my_mv")
                .column("name")
                .column("cnt", "how many")
                .index(Index.of("idx_name", IndexType.BITMAP, "name"))
                .index(new Index("idx_cnt", List.of("cnt"), IndexType.BITMAP, Map.of(), "bitmap on cnt"))
                .comment("counts")
                .partitionBy(Partitioning.expressions("date_trunc('day', dt)"))
                .distributedBy(Distribution.hash(4, "name"))
                .orderBy("name")
                .refresh(Refresh.asyncEvery(1, "DAY").startingAt("2024-01-01 00:00:00").deferred())
                .property("replication_num", "1")
                .as("SELECT name, count(1) FROM my_table GROUP BY name")
                .build();
        MaterializedView manual = MaterializedView.builder("manual_mv")
                .refresh(Refresh.manual().immediate())
                .as("select 1")
                .build();
        MaterializedView plain = MaterializedView.builder("plain_mv")
                .distributedBy(Distribution.random())
                .refresh(Refresh.async())
                .as("select 2")
                .build();
        return Schema.of(aggregates, everyType, ranges, lists, singleList, mixedKeys, columnsOnly, view, textBlock,
                textBlockable, awkward, mv, manual, plain);
    }

    @ParameterizedTest
    @EnumSource(CodegenStyle.class)
    void everyAttributeSurvivesTheRoundTrip(CodegenStyle style) throws Exception {
        Schema original = everything();

        Schema readBack = roundTrip(original, style, work);

        assertThat(readBack.objects()).containsExactlyElementsOf(original.objects());
    }

    @Test
    void annotationStyleWritesOneReadableClassPerObject() {
        List<GeneratedSource> sources = JavaCodegen.generate(everything(), "com.acme.model", CodegenStyle.ANNOTATIONS);

        assertThat(sources).extracting(GeneratedSource::className).startsWith("PageViewAggregates", "EveryType");
        String aggregates = sources.get(0).source();
        assertThat(aggregates).contains("package com.acme.model;")
                .contains("/** Daily page views */")
                .contains("import org.starrocks4j.annotations.StarRocksTable;")
                .contains("key = @Key(type = KeyType.AGGREGATE, columns = {\"page_id\", \"visit_date\"})")
                .contains("@StarRocksColumn(aggregate = AggregateType.SUM, defaultValue = \"0\")")
                .contains("private Integer pageId;")
                .doesNotContain("org.starrocks4j.annotations.StarRocksColumn(");
        String everyType = sources.get(1).source();
        assertThat(everyType).contains("@StarRocksColumn(name = \"class\")")
                .contains("private Integer class_;")
                .contains("public record Address(");
        String textBlock = sources.stream().filter(s -> s.className().equals("TextBlock")).findFirst().orElseThrow()
                .source();
        assertThat(textBlock).contains("definition = \"\"\"\n                SELECT a,\n                       b\n");
    }

    @Test
    void dslStyleWritesOneSchemaDefinition() {
        List<GeneratedSource> sources = JavaCodegen.generate(everything(), "com.acme.model", CodegenStyle.DSL,
                "AnalyticsSchema");

        assertThat(sources).hasSize(1);
        assertThat(sources.get(0).source()).contains("public class AnalyticsSchema implements SchemaDefinition")
                .contains(".column(\"page_id\", Types.INT, c -> c.notNull())")
                .contains(".aggregateKey(\"page_id\", \"visit_date\")");
    }

    @Test
    void rejectsInvalidPackageNames() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        JavaCodegen.generate(Schema.empty(), "com.class.model", CodegenStyle.ANNOTATIONS))
                .hasMessageContaining("keyword 'class'");
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        JavaCodegen.generate(Schema.empty(), "com.acme", CodegenStyle.DSL, "Types"))
                .hasMessageContaining("class name 'Types' clashes with a class the generated code uses");
    }

    @Test
    void dslClassNamedLikeAnImportableTypeStillCompiles() throws Exception {
        Schema schema = Schema.of(everything().tables().get(0));
        List<GeneratedSource> sources = JavaCodegen.generate(schema, "gen.named", CodegenStyle.DSL, "PageViews");
        List<Class<?>> classes = InProcessCompiler.compileAndLoad(sources, work);

        assertThat(((SchemaDefinition) classes.get(0).getConstructor().newInstance()).schema()).isEqualTo(schema);
    }

    /** renamedFrom is not part of equality, so the round trip above cannot see it: it is checked here. */
    @ParameterizedTest
    @EnumSource(CodegenStyle.class)
    void theRenameHintSurvivesTheRoundTrip(CodegenStyle style) throws Exception {
        Table renamed = Table.builder("renamed").column("id", Types.INT)
                .column(Column.builder("user_name", Types.STRING).renamedFrom("name").build()).build();
        Schema readBack = roundTrip(Schema.of(renamed), style, work);
        assertThat(readBack.tables().get(0).column("user_name").orElseThrow().renamedFrom()).isEqualTo("name");
    }

    /** Generates, compiles and reads back {@code schema}. */
    static Schema roundTrip(Schema schema, CodegenStyle style, Path work) throws Exception {
        List<GeneratedSource> sources = JavaCodegen.generate(schema, "gen.model", style);
        List<Class<?>> classes = InProcessCompiler.compileAndLoad(sources, work);
        if (style == CodegenStyle.DSL) {
            return ((SchemaDefinition) classes.get(0).getConstructor().newInstance()).schema();
        }
        return AnnotatedModelReader.read(classes);
    }

    @Test
    void columnDefaultKindsAreDistinct() {
        // Guard for the fixture: the three DEFAULT forms must all be present above.
        List<ColumnDefault> defaults = everything().tables().stream().flatMap(t -> t.columns().stream())
                .map(Column::defaultValue).filter(java.util.Objects::nonNull).toList();
        assertThat(defaults).hasAtLeastOneElementOfType(ColumnDefault.Literal.class)
                .hasAtLeastOneElementOfType(ColumnDefault.Expression.class)
                .hasAtLeastOneElementOfType(ColumnDefault.CurrentTimestamp.class);
    }
}
