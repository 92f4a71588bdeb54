package org.starrocks4j.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.starrocks4j.lexical.SqlParseException;
import org.starrocks4j.operation.Operation;
import org.starrocks4j.operation.TableOperation;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.Table;

/** {@code CREATE TABLE t2 LIKE t1} (20 statements of corpus accepted/create_table): read, rendered and replayed. */
class CreateTableLikeTest {

    private static final String SOURCE = """
            CREATE TABLE t1 (k INT NOT NULL, v VARCHAR(20)) DUPLICATE KEY(k) DISTRIBUTED BY HASH(k) BUCKETS 4
            ROLLUP (r (v, k)) PROPERTIES ("replication_num" = "1");""";

    private static Table table(Schema s, String name) {
        return (Table) s.find(name).orElseThrow();
    }

    @Test
    void readAndRendered() {
        for (String[] sqlAndRendered : List.of(
                new String[] {"CREATE TABLE `t6` LIKE `t1`;", "CREATE TABLE `t6` LIKE `t1`"},
                new String[] {"create table if not exists t2 distributed by hash(k) buckets 2 "
                        + "properties ('replication_num' = '3') like db.t1",
                        "CREATE TABLE IF NOT EXISTS `t2`\nDISTRIBUTED BY HASH(`k`) BUCKETS 2\nPROPERTIES (\n"
                                + "  \"replication_num\" = \"3\"\n)\nLIKE `db`.`t1`"})) {
            Operation op = DdlParser.parseStatement(sqlAndRendered[0]);
            assertThat(op).isInstanceOf(TableOperation.CreateTableLike.class);
            String rendered = DdlRenderer.defaults().render(op);
            assertThat(rendered).isEqualTo(sqlAndRendered[1]);
            assertThat(DdlParser.parseStatement(rendered)).isEqualTo(op);
        }
    }

    @Test
    void replayedAsACopyOfTheSourceAsTheServerPrintsIt() {
        Schema s = SqlSchemaReader.read(SOURCE + """
                CREATE TABLE t2 LIKE t1;
                CREATE TABLE t3 DISTRIBUTED BY RANDOM PROPERTIES ("replication_num" = "3") LIKE t1;""");
        Table t1 = table(s, "t1");
        Table t2 = table(s, "t2");
        assertThat(t2).isEqualTo(t1.toBuilder().name(ObjectName.of("t2")).rollups(List.of()).buildUnchecked());
        Table t3 = table(s, "t3");
        assertThat(t3.columns()).isEqualTo(t1.columns());
        assertThat(t3.distribution()).isEqualTo(Distribution.random());
        assertThat(t3.properties()).isEqualTo(Map.of("replication_num", "3"));
    }

    @Test
    void whatTheServerRefusesIsRefused() {
        assertThatThrownBy(() -> SqlSchemaReader.read("CREATE TABLE t2 LIKE t1"))
                .isInstanceOf(SqlSchemaReader.ScriptReplayException.class)
                .hasMessageContaining("table `t1` does not exist");
        assertThatThrownBy(() -> SqlSchemaReader.read(SOURCE + "CREATE TABLE t1 LIKE t1"))
                .hasMessageContaining("table `t1` already exists");
        assertThat(SqlSchemaReader.read(SOURCE + "CREATE TABLE IF NOT EXISTS t1 LIKE t1").objects()).hasSize(1);
        assertThatThrownBy(() -> DdlParser.parseTable("CREATE TABLE t2 LIKE t1"))
                .isInstanceOf(SqlParseException.class).hasMessageContaining("copies a table this statement does not describe");
    }

    @Test
    void aQueryThatUsesLikeIsStillCreateAsSelect() {
        assertThat(DdlParser.parseStatement("CREATE TABLE t2 AS SELECT * FROM t1 WHERE v LIKE 'a%'"))
                .isInstanceOf(TableOperation.CreateTableAsSelect.class);
    }
}
