package org.starrocks4j.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.starrocks4j.diff.DiffOptions;
import org.starrocks4j.diff.NonAlterableChangeException;
import org.starrocks4j.diff.SchemaDiff;
import org.starrocks4j.diff.ServerNormalizer;
import org.starrocks4j.json.SchemaJson;
import org.starrocks4j.lexical.SqlParseException;
import org.starrocks4j.rules.ServerProfile;
import org.starrocks4j.schema.Column;
import org.starrocks4j.schema.InvalidModelException;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.Table;
import org.starrocks4j.types.AggregateStateType;
import org.starrocks4j.types.DataType;
import org.starrocks4j.types.InvalidTypeException;
import org.starrocks4j.types.Types;

/**
 * Columns whose type is the state of an aggregate function ({@code avg(INT)}), as users write them and as
 * {@code SHOW CREATE TABLE} prints them (corpus live/pairs/0113, 0118, 0119, 0125, 0126).
 */
class AggregateStateColumnsTest {

    /** What a user wrote (corpus live/pairs/0118 and 0113, shortened). */
    private static final String WRITTEN = """
            CREATE TABLE test_agg_state (
              k1 VARCHAR(10),
              k6 avg(tinyint),
              k9 sum(decimal(27, 9)),
              theta ds_theta_count_distinct(bigint not null),
              n count(varchar(100)),
              last any_value(array<bigint>)
            )
            AGGREGATE KEY(k1)
            DISTRIBUTED BY HASH(k1) BUCKETS 3""";

    /** What the server printed for it. */
    private static final String PRINTED = """
            CREATE TABLE `test_agg_state` (
              `k1` varchar(10) NULL COMMENT "",
              `k6` varbinary avg(tinyint(4)) NULL COMMENT "",
              `k9` decimal(38, 9) sum(decimal(27, 9)) NULL COMMENT "",
              `theta` varbinary ds_theta_count_distinct(bigint(20)) NULL COMMENT "",
              `n` bigint(20) count(varchar(100)) NOT NULL COMMENT "",
              `last` array<bigint(20)> any_value(array<bigint(20)>) NULL COMMENT ""
            ) ENGINE=OLAP
            AGGREGATE KEY(`k1`)
            DISTRIBUTED BY HASH(`k1`) BUCKETS 3;""";

    @Test
    void bothSpellingsAreRead() {
        Table written = DdlParser.parseTable(WRITTEN);
        assertThat(written.column("k6").orElseThrow().type())
                .isEqualTo(new AggregateStateType("avg", List.of(Types.TINYINT)));
        // the argument's NOT NULL picks the function's signature but is not part of the state
        assertThat(written.column("theta").orElseThrow().type())
                .isEqualTo(new AggregateStateType("ds_theta_count_distinct", List.of(Types.BIGINT)));
        assertThat(written.column("k6").orElseThrow().aggregate()).isNull();

        Table printed = DdlParser.parseTable(PRINTED);
        assertThat(printed.column("k9").orElseThrow().type())
                .isEqualTo(new AggregateStateType(Types.decimal(38, 9), "sum", List.of(Types.decimal(27, 9))));
        assertThat(printed.column("last").orElseThrow().type()).isEqualTo(new AggregateStateType(
                Types.array(Types.BIGINT), "any_value", List.of(Types.array(Types.BIGINT))));
    }

    @Test
    void renderedAndReadBackUnchanged() {
        for (String sql : List.of(WRITTEN, PRINTED)) {
            Table table = DdlParser.parseTable(sql);
            String rendered = DdlRenderer.defaults().createTable(table);
            assertThat(DdlParser.parseTable(rendered)).as(rendered).isEqualTo(table);
        }
        assertThat(DdlRenderer.defaults().clauses().columnDefinition(
                DdlParser.parseTable(PRINTED).column("k6").orElseThrow()))
                .isEqualTo("`k6` VARBINARY avg(TINYINT) NULL COMMENT ''");
    }

    @Test
    void whatTheUserWroteAndWhatTheServerPrintedAreTheSameTable() {
        Table written = DdlParser.parseTable(WRITTEN);
        Table printed = DdlParser.parseTable(PRINTED);
        // the stored type follows from function and arguments; count's state is NOT NULL when unstated
        assertThat(Types.equivalent(written.column("k9").orElseThrow().type(), printed.column("k9").orElseThrow().type()))
                .isTrue();
        ServerNormalizer normalizer = ServerNormalizer.forServer(ServerProfile.DEFAULT);
        Schema before = Schema.of(written);
        Schema after = Schema.of(printed);
        assertThat(SchemaJson.write(normalizer.normalize(before))).isEqualTo(SchemaJson.write(normalizer.normalize(after)));
        assertThat(SchemaDiff.between(after, before, DiffOptions.defaults()).changes()).isEmpty();
        assertThat(SchemaDiff.between(before, after, DiffOptions.defaults()).changes()).isEmpty();
    }

    @Test
    void aChangedStateIsNotAnAlterableTypeChange() {
        Table before = DdlParser.parseTable(WRITTEN);
        Table after = before.toBuilder().columns(before.columns().stream()
                .map(c -> c.name().equals("k6") ? c.toBuilder().type(Types.aggregateState("avg", Types.INT)).build() : c)
                .toList()).build();
        assertThatThrownBy(() -> SchemaDiff.between(Schema.of(before), Schema.of(after), DiffOptions.defaults()))
                .isInstanceOf(NonAlterableChangeException.class).hasMessageContaining("`k6`")
                .hasMessageContaining("state of an aggregate function");
    }

    @Test
    void typeTextOfAnnotationsTakesStates() {
        assertThat(TypeParser.parse("avg(INT)")).isEqualTo(Types.aggregateState("avg", Types.INT));
        assertThat(TypeParser.parse("VARBINARY percentile_approx_weighted(double, bigint(20), array<double>)"))
                .isEqualTo(new AggregateStateType(Types.VARBINARY, "percentile_approx_weighted",
                        List.of(Types.DOUBLE, Types.BIGINT, Types.array(Types.DOUBLE))));
        assertThatThrownBy(() -> TypeParser.parse("ARRAY<avg(INT)>")).isInstanceOf(SqlParseException.class)
                .hasMessageContaining("can only be a whole column's type");
    }

    @Test
    void aGeneratedColumnIsNotReadAsAState() {
        Table t = DdlParser.parseTable("CREATE TABLE t (k INT, g BIGINT AS (k + 1), d DATE AS (date_add(k, 1))) "
                + "DUPLICATE KEY(k) DISTRIBUTED BY HASH(k)");
        assertThat(t.columns()).extracting(Column::type).containsExactly(Types.INT, Types.BIGINT, Types.DATE);
    }

    @Test
    void rulesOfStateColumns() {
        assertThatThrownBy(() -> DdlParser.parseTable("CREATE TABLE t (k INT, v avg(INT)) DUPLICATE KEY(k)"))
                .isInstanceOf(InvalidModelException.class).hasMessageContaining("only valid in AGGREGATE KEY tables");
        assertThatThrownBy(() -> DdlParser.parseTable("CREATE TABLE t (k INT, v BIGINT sum(INT) SUM) AGGREGATE KEY(k) "
                + "DISTRIBUTED BY HASH(k)"))
                .isInstanceOf(InvalidModelException.class).hasMessageContaining("already says how values combine");
        assertThatThrownBy(() -> Table.builder("t").column("k", Types.aggregateState("avg", Types.INT))
                .aggregateKey("k").build())
                .isInstanceOf(InvalidModelException.class).hasMessageContaining("cannot be a key column");
        DataType nested = Types.array(Types.aggregateState("avg", Types.INT));
        assertThatThrownBy(() -> Table.builder("t").column("k", Types.INT).column("v", nested).aggregateKey("k").build())
                .isInstanceOf(InvalidModelException.class).hasMessageContaining("whole column's type");
        assertThatThrownBy(() -> Types.aggregateState("avg")).isInstanceOf(InvalidTypeException.class)
                .hasMessageContaining("argument types");
        assertThatThrownBy(() -> Types.aggregateState("avg(1); drop table t; --", Types.INT))
                .isInstanceOf(InvalidTypeException.class).hasMessageContaining("not an aggregate function name");
    }
}
