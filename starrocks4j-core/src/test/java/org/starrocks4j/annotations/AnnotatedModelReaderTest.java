package org.starrocks4j.annotations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.starrocks4j.schema.AggregateType;
import org.starrocks4j.schema.Column;
import org.starrocks4j.schema.ColumnDefault;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.IndexType;
import org.starrocks4j.schema.InvalidModelException;
import org.starrocks4j.schema.KeyType;
import org.starrocks4j.schema.MaterializedView;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.schema.PartitionDefinition;
import org.starrocks4j.schema.PartitionExpression;
import org.starrocks4j.schema.Partitioning;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.Table;
import org.starrocks4j.schema.TableKey;
import org.starrocks4j.schema.View;
import org.starrocks4j.schema.ViewSecurity;
import org.starrocks4j.sql.TypeParser;
import org.starrocks4j.types.BinaryType;
import org.starrocks4j.types.DecimalType;
import org.starrocks4j.types.StructType;
import org.starrocks4j.types.Types;

class AnnotatedModelReaderTest {

    @StarRocksTable(
            key = @Key(type = KeyType.AGGREGATE, columns = {"page_id", "visit_date"}),
            partitionBy = @PartitionBy(expressions = "date_trunc('day', visit_date)"),
            distributedBy = @DistributedBy(hash = "page_id"),
            properties = @Property(name = "replication_num", value = "1"))
    static class PageViewAggregates {
        Integer pageId;
        LocalDate visitDate;
        @StarRocksColumn(aggregate = AggregateType.SUM)
        Integer totalViews;
        @StarRocksColumn(aggregate = AggregateType.REPLACE)
        String lastUser;
        @StarRocksColumn(type = "BITMAP", aggregate = AggregateType.BITMAP_UNION)
        byte[] distinctUsers;
    }

    @Test
    void readsTheSeedOrmExampleAsTheDslWouldBuildIt() {
        Table expected = Table.builder("page_view_aggregates")
                .column("page_id", Types.INT)
                .column("visit_date", Types.DATE)
                .column("total_views", Types.INT, c -> c.aggregate(AggregateType.SUM))
                .column("last_user", Types.STRING, c -> c.aggregate(AggregateType.REPLACE))
                .column("distinct_users", Types.BITMAP, c -> c.aggregate(AggregateType.BITMAP_UNION))
                .aggregateKey("page_id", "visit_date")
                .partitionBy(Partitioning.expressions("date_trunc('day', visit_date)"))
                .distributedBy(Distribution.hash("page_id"))
                .property("replication_num", "1")
                .build();

        assertThat(AnnotatedModelReader.readObject(PageViewAggregates.class)).isEqualTo(expected);
    }

    @StarRocksTable(name = "every_attribute", database = "db", comment = "all of them", engine = "OLAP",
            key = @Key(type = KeyType.PRIMARY),
            partitionBy = @PartitionBy(type = PartitionBy.Type.RANGE, columns = "id", partitions = {
                    @Partition(name = "p1", from = "0", to = "100",
                            properties = @Property(name = "storage_medium", value = "SSD")),
                    @Partition(name = "p2", from = "100", to = "200"),
                    @Partition(start = "200", end = "300", every = "10")}),
            distributedBy = @DistributedBy(hash = "id", buckets = 8),
            orderBy = {"id", "name"},
            properties = {@Property(name = "replication_num", value = "1"), @Property(name = "a", value = "b")},
            indexes = {@Index(name = "idx_name", columns = "name", type = IndexType.NGRAMBF,
                    properties = @Property(name = "gram_num", value = "4"), comment = "ngram")})
    static class EveryAttribute {
        @StarRocksColumn(key = true, nullable = Nullability.NOT_NULL, autoIncrement = true, comment = "the id")
        long id;
        @StarRocksColumn(length = 50, nullable = Nullability.NULL, defaultValue = "none")
        String name;
        @StarRocksColumn(precision = 10, scale = 2, defaultExpression = "0.0")
        BigDecimal price;
        @StarRocksColumn(defaultCurrentTimestamp = true, comment = "")
        LocalDateTime createdAt;
        @StarRocksColumn(name = "DisplayName", type = "varchar(20)")
        String display;
        @StarRocksColumn(renamedFrom = "old_note")
        String note;
        @StarRocksColumn(generatedAs = "length(name) * 2")
        Long doubled;
        static int notAColumn;
        transient int notAColumnEither;
    }

    @StarRocksTable(key = @Key(type = KeyType.DUPLICATE, columns = "id"),
            partitionBy = @PartitionBy(type = PartitionBy.Type.RANGE, columns = "id", partitions = {
                    @Partition(name = "p1", lessThan = "100"), @Partition(name = "pmax", maxValue = true)}))
    static class LessThanPartitions {
        Integer id;
    }

    @Test
    void readsEveryTableAndColumnAttribute() {
        Table table = (Table) AnnotatedModelReader.readObject(EveryAttribute.class);

        assertThat(table.name()).isEqualTo(ObjectName.of("db", "every_attribute"));
        assertThat(table.comment()).isEqualTo("all of them");
        assertThat(table.key()).isEqualTo(TableKey.of(KeyType.PRIMARY, "id"));
        assertThat(table.partitioning()).isEqualTo(Partitioning.range(List.of(PartitionExpression.column("id")),
                List.of(new PartitionDefinition.Fixed("p1", List.of("0"), List.of("100"), Map.of("storage_medium", "SSD")),
                        PartitionDefinition.fixed("p2", "100", "200"),
                        PartitionDefinition.batch("200", "300", "10"))));
        // the other way to write ranges (a table uses one way: the server refuses a mix)
        assertThat(((Table) AnnotatedModelReader.readObject(LessThanPartitions.class)).partitioning().partitions())
                .containsExactly(PartitionDefinition.lessThan("p1", "100"), PartitionDefinition.maxValue("pmax"));
        assertThat(table.distribution()).isEqualTo(Distribution.hash(8, "id"));
        assertThat(table.orderBy()).containsExactly("id", "name");
        assertThat(table.properties()).containsExactly(Map.entry("replication_num", "1"), Map.entry("a", "b"));
        assertThat(table.indexes()).containsExactly(new org.starrocks4j.schema.Index("idx_name", List.of("name"),
                IndexType.NGRAMBF, Map.of("gram_num", "4"), "ngram"));
        assertThat(table.columns()).containsExactly(
                Column.builder("id", Types.BIGINT).notNull().autoIncrement().comment("the id").build(),
                Column.builder("name", Types.varchar(50)).nullable().defaultValue("none").build(),
                Column.builder("price", Types.decimal(10, 2)).defaultExpression("0.0").build(),
                Column.builder("created_at", Types.DATETIME).defaultValue(ColumnDefault.currentTimestamp())
                        .comment("").build(),
                Column.builder("DisplayName", Types.varchar(20)).build(),
                Column.builder("note", Types.STRING).build(),
                Column.builder("doubled", Types.BIGINT).generatedAs("length(name) * 2").build());
        // a migration hint: read, and left out of the column's equality
        assertThat(table.column("note").orElseThrow().renamedFrom()).isEqualTo("old_note");
    }

    record Point(Double x, @StarRocksColumn(name = "Y", comment = "vertical") Double y) {
    }

    @StarRocksTable(naming = Naming.AS_IS)
    static class InferredTypes {
        Integer anInt;
        int primitiveInt;
        Long aLong;
        BigInteger large;
        Short aShort;
        Byte aByte;
        Boolean flag;
        boolean primitiveFlag;
        Float aFloat;
        Double aDouble;
        LocalDate day;
        LocalDateTime moment;
        String text;
        @StarRocksColumn(length = 10)
        String shortText;
        byte[] bytes;
        @StarRocksColumn(length = 16)
        byte[] someBytes;
        List<String> tags;
        Integer[] numbers;
        Map<String, List<Long>> index;
        Point point;
        List<Point> path;
    }

    @Test
    void infersTypesFromJavaTypes() {
        Table table = (Table) AnnotatedModelReader.readObject(InferredTypes.class);

        assertThat(table.name().name()).isEqualTo("InferredTypes");
        assertThat(table.columns()).extracting(Column::name).startsWith("anInt", "primitiveInt");
        StructType point = new StructType(List.of(new StructType.Field("x", Types.DOUBLE),
                new StructType.Field("Y", Types.DOUBLE, "vertical")));
        assertThat(table.columns()).extracting(Column::type).containsExactly(
                Types.INT, Types.INT, Types.BIGINT, Types.LARGEINT, Types.SMALLINT, Types.TINYINT, Types.BOOLEAN,
                Types.BOOLEAN, Types.FLOAT, Types.DOUBLE, Types.DATE, Types.DATETIME, Types.STRING,
                Types.varchar(10), Types.VARBINARY, new BinaryType(true, 16), Types.array(Types.STRING),
                Types.array(Types.INT), Types.map(Types.STRING, Types.array(Types.BIGINT)), point,
                Types.array(point));
    }

    @Test
    void readsTypeTextInEverySpelling() {
        assertThat(TypeParser.parse("decimal64(18, 4)")).isEqualTo(new DecimalType(DecimalType.Spelling.DECIMAL64, 18, 4));
        assertThat(TypeParser.parse("DECIMAL(10)")).isEqualTo(Types.decimal(10, 0));
        assertThat(TypeParser.parse("int(11)")).isEqualTo(Types.INT);
        assertThat(TypeParser.parse("INTEGER")).isEqualTo(Types.INT);
        assertThat(TypeParser.parse("char")).isEqualTo(Types.charType(1));
        assertThat(TypeParser.parse("BINARY(4)")).isEqualTo(new BinaryType(false, 4));
        assertThat(TypeParser.parse("ARRAY<MAP<VARCHAR(10), JSON>>"))
                .isEqualTo(Types.array(Types.map(Types.varchar(10), Types.JSON)));
        StructType struct = new StructType(List.of(new StructType.Field("a b`c", Types.INT, "it's"),
                new StructType.Field("plain", Types.STRING)));
        assertThat(TypeParser.parse(struct.toSql())).isEqualTo(struct);
        assertThat(TypeParser.parse("struct<plain string>")).isEqualTo(Types.struct(Types.field("plain", Types.STRING)));
        assertThatThrownBy(() -> TypeParser.parse("ARRAY<INT")).hasMessageContaining("expected '>'");
        assertThatThrownBy(() -> TypeParser.parse("TEXTY")).hasMessageContaining("'TEXTY' is not a StarRocks type");
        // the server's default length (documented: VARCHAR without a length is VARCHAR(1))
        assertThat(TypeParser.parse("VARCHAR")).isEqualTo(Types.varchar(1));
    }

    @Test
    void derivesSnakeCaseNames() {
        assertThat(JavaNames.snakeCase("PageViewAggregates")).isEqualTo("page_view_aggregates");
        assertThat(JavaNames.snakeCase("visitDate")).isEqualTo("visit_date");
        assertThat(JavaNames.snakeCase("HTTPServerLog")).isEqualTo("http_server_log");
        assertThat(JavaNames.snakeCase("v2Count")).isEqualTo("v2_count");
        assertThat(JavaNames.snakeCase("already_snake")).isEqualTo("already_snake");
        assertThat(JavaNames.snakeCase("class_")).isEqualTo("class_");
    }

    @jakarta.persistence.Entity
    @jakarta.persistence.Table(name = "orders", schema = "shop")
    static class JpaOrder {
        @jakarta.persistence.Id
        @jakarta.persistence.Column(name = "order_id", nullable = false)
        Long id;
        @jakarta.persistence.Column
        String customer;
        @jakarta.persistence.Column(length = 20)
        String status;
        @jakarta.persistence.Column(precision = 12, scale = 2)
        BigDecimal total;
        @jakarta.persistence.Transient
        String cached;
    }

    @Test
    void readsPlainJpaEntities() {
        Table expected = Table.builder(ObjectName.of("shop", "orders"))
                .column("order_id", Types.BIGINT, c -> c.notNull())
                .column("customer", Types.varchar(255))
                .column("status", Types.varchar(20))
                .column("total", Types.decimal(12, 2))
                .primaryKey("order_id")
                .build();

        assertThat(AnnotatedModelReader.readObject(JpaOrder.class)).isEqualTo(expected);
    }

    @jakarta.persistence.Entity
    @StarRocksTable(name = "events", key = @Key(type = KeyType.DUPLICATE), comment = "StarRocks wins")
    @jakarta.persistence.Table(name = "ignored")
    static class JpaAndStarRocks {
        @jakarta.persistence.Id
        Long eventId;
        @StarRocksColumn(name = "kind", length = 8)
        @jakarta.persistence.Column(name = "ignored", length = 99)
        String type;
    }

    @Test
    void starRocksAnnotationsWinOverJpaAndIdMarksKeyColumns() {
        Table table = (Table) AnnotatedModelReader.readObject(JpaAndStarRocks.class);

        assertThat(table.name()).isEqualTo(ObjectName.of("events"));
        assertThat(table.key()).isEqualTo(TableKey.of(KeyType.DUPLICATE, "event_id"));
        assertThat(table.columns()).extracting(Column::name, Column::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("event_id", Types.BIGINT),
                        org.assertj.core.groups.Tuple.tuple("kind", Types.varchar(8)));
    }

    @Test
    void columnNameIsTheModelsNameOfOneField() throws NoSuchFieldException {
        assertThat(AnnotatedModelReader.columnName(JpaAndStarRocks.class,
                JpaAndStarRocks.class.getDeclaredField("type"))).isEqualTo("kind");
        assertThat(AnnotatedModelReader.columnName(JpaAndStarRocks.class,
                JpaAndStarRocks.class.getDeclaredField("eventId"))).isEqualTo("event_id");
        assertThat(AnnotatedModelReader.columnName(JpaOrder.class, JpaOrder.class.getDeclaredField("id")))
                .isEqualTo("order_id");
        assertThat(AnnotatedModelReader.columnName(InferredTypes.class,
                InferredTypes.class.getDeclaredField("shortText"))).isEqualTo("shortText");
    }

    @StarRocksView(name = "my_view", database = "my_schema", comment = "A sample view", security = ViewSecurity.INVOKER,
            definition = "SELECT id, name FROM my_table WHERE id > 50")
    static class MyView {
        Integer userId;
        @StarRocksColumn(comment = "the name")
        String userName;
    }

    @StarRocksView(definition = "SELECT 1 AS a", columns = @ViewColumn(name = "a", comment = "one"))
    static class DeclaredColumns {
    }

    @StarRocksMaterializedView(name = "my_mv", comment = "counts",
            partitionBy = @PartitionBy(columns = "dt"),
            distributedBy = @DistributedBy(random = true, buckets = 2),
            orderBy = "name",
            refresh = @Refresh(kind = Refresh.Kind.ASYNC, moment = Refresh.Moment.DEFERRED,
                    start = "2024-01-01 00:00:00", every = "INTERVAL 10 minute"),
            properties = @Property(name = "replication_num", value = "1"),
            definition = "SELECT dt, name, count(1) FROM my_table GROUP BY dt, name")
    static class MyMv {
    }

    @Test
    void readsViewsAndMaterializedViews() {
        Schema schema = AnnotatedModelReader.read(MyMv.class, MyView.class, DeclaredColumns.class);

        assertThat(schema.objects()).containsExactly(
                View.builder(ObjectName.of("my_schema", "my_view")).column("user_id").column("user_name", "the name")
                        .comment("A sample view").security(ViewSecurity.INVOKER)
                        .as("SELECT id, name FROM my_table WHERE id > 50").build(),
                View.builder("declared_columns").column("a", "one").as("SELECT 1 AS a").build(),
                MaterializedView.builder("my_mv").comment("counts").partitionBy(Partitioning.columns("dt"))
                        .distributedBy(Distribution.random(2)).orderBy("name")
                        .refresh(org.starrocks4j.schema.Refresh.asyncEvery(10, "MINUTE")
                                .startingAt("2024-01-01 00:00:00").deferred())
                        .property("replication_num", "1")
                        .as("SELECT dt, name, count(1) FROM my_table GROUP BY dt, name").build());
    }

    // ---- errors ----

    @StarRocksTable
    static class Broken {
        BigDecimal noPrecision;
        Instant when;
        LocalTime opens;
        Thread.State state;
        @SuppressWarnings("rawtypes")
        List raw;
        @StarRocksColumn(defaultValue = "1", defaultCurrentTimestamp = true)
        LocalDateTime twoDefaults;
        @StarRocksColumn(type = "VARCHAR(")
        String badType;
    }

    @Test
    void reportsEveryBrokenFieldAtOnceNamingClassFieldAndFix() {
        assertThatThrownBy(() -> AnnotatedModelReader.readObject(Broken.class))
                .isInstanceOf(InvalidModelException.class)
                .satisfies(e -> assertThat(((InvalidModelException) e).problems()).hasSize(7))
                .hasMessageContaining("class " + Broken.class.getName() + ", field noPrecision: BigDecimal needs a "
                        + "precision: add @StarRocksColumn(precision = .., scale = ..)")
                .hasMessageContaining("field when: cannot infer a StarRocks type from java.time.Instant")
                .hasMessageContaining("@StarRocksColumn(type = \"DATETIME\")")
                .hasMessageContaining("field opens: cannot infer a StarRocks type from java.time.LocalTime; a table "
                        + "cannot store TIME (StarRocks refuses TIME columns, also inside ARRAY, MAP or STRUCT): give "
                        + "@StarRocksColumn(type = \"VARCHAR(8)\")")
                .hasMessageContaining("field state: cannot infer a StarRocks type from java.lang.Thread$State; an enum")
                .hasMessageContaining("field raw: cannot infer a StarRocks type from java.util.List; declare the field "
                        + "as List<T>")
                .hasMessageContaining("field twoDefaults: give at most one of defaultValue")
                .hasMessageContaining("field badType: type \"VARCHAR(\": line 1, column 9: expected a type parameter");
    }

    @StarRocksTable(key = @Key(type = KeyType.PRIMARY, columns = "missing"))
    static class KeyOnMissingColumn {
        Integer id;
    }

    @StarRocksTable(key = @Key(type = KeyType.UNIQUE))
    static class KeyWithoutColumns {
        Integer id;
    }

    @StarRocksTable(distributedBy = @DistributedBy(buckets = 3))
    static class DistributionWithoutColumns {
        Integer id;
    }

    @StarRocksTable(partitionBy = @PartitionBy(columns = "a", expressions = "b"))
    static class TwoKindsOfPartitionKeys {
        Integer a;
    }

    @StarRocksTable
    @StarRocksView(definition = "select 1")
    static class TwoKinds {
    }

    static class NotAModel {
    }

    @Test
    void validatesLikeTheDslAndNamesTheClass() {
        String prefix = "class " + KeyOnMissingColumn.class.getName() + ": ";
        assertThatThrownBy(() -> AnnotatedModelReader.readObject(KeyOnMissingColumn.class))
                .hasMessage(prefix + "table key_on_missing_column: PRIMARY KEY names column 'missing', which the "
                        + "table does not have; add the column or fix the PRIMARY KEY");
        assertThatThrownBy(() -> AnnotatedModelReader.readObject(KeyWithoutColumns.class))
                .hasMessageContaining("UNIQUE KEY names no column: list them in @Key(columns = ...)");
        assertThatThrownBy(() -> AnnotatedModelReader.readObject(DistributionWithoutColumns.class))
                .hasMessageContaining("@DistributedBy needs either hash = {columns} or random = true");
        assertThatThrownBy(() -> AnnotatedModelReader.readObject(TwoKindsOfPartitionKeys.class))
                .hasMessageContaining("exactly one of columns, expressions or keys");
        assertThatThrownBy(() -> AnnotatedModelReader.readObject(TwoKinds.class))
                .hasMessageContaining("more than one of @StarRocksTable, @StarRocksView");
        assertThatThrownBy(() -> AnnotatedModelReader.readObject(NotAModel.class))
                .hasMessageContaining("declares no table, view or materialized view");
        assertThat(AnnotatedModelReader.isModelClass(NotAModel.class)).isFalse();
        assertThat(AnnotatedModelReader.isModelClass(JpaOrder.class)).isTrue();
    }

    @StarRocksTable(key = @Key(type = KeyType.PRIMARY, columns = "visit_id"), distributedBy = @DistributedBy(hash = "visit_id"))
    static class ColumnRuleBroken {
        @StarRocksColumn(autoIncrement = true, nullable = Nullability.NOT_NULL)
        Integer visitId;
        @StarRocksColumn(aggregate = AggregateType.SUM)
        Long pageViews;
    }

    @Test
    void validationProblemsAboutAColumnNameTheFieldToo() {
        String prefix = "class " + ColumnRuleBroken.class.getName();
        assertThatThrownBy(() -> AnnotatedModelReader.readObject(ColumnRuleBroken.class))
                .isInstanceOf(InvalidModelException.class)
                .satisfies(e -> assertThat(((InvalidModelException) e).problems()).containsExactly(
                        prefix + ", field visitId: table column_rule_broken, column 'visit_id': AUTO_INCREMENT needs type "
                                + "BIGINT, not INT; change the type to BIGINT",
                        prefix + ", field pageViews: table column_rule_broken, column 'page_views': aggregate type SUM is "
                                + "only valid in AGGREGATE KEY tables; remove it or declare the table with aggregateKey(...)"));
    }

    @Test
    void collectsProblemsOfSeveralClasses() {
        assertThatThrownBy(() -> AnnotatedModelReader.read(KeyWithoutColumns.class, DistributionWithoutColumns.class))
                .isInstanceOf(InvalidModelException.class)
                .hasMessageStartingWith("2 problems:")
                .hasMessageContaining(KeyWithoutColumns.class.getName())
                .hasMessageContaining(DistributionWithoutColumns.class.getName());
    }

    @StarRocksView(definition = "select 1 a")
    static class ViewWithTypedField {
        @StarRocksColumn(type = "INT")
        Integer a;
    }

    @Test
    void rejectsColumnAttributesAViewCannotHave() {
        assertThatThrownBy(() -> AnnotatedModelReader.readObject(ViewWithTypedField.class))
                .hasMessageContaining("field a: a view column has only a name and a comment");
    }
}
