package org.starrocks4j.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.starrocks4j.lexical.SqlParseException;
import org.starrocks4j.operation.SchemaReplay.ObjectRules;
import org.starrocks4j.progress.Progress;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.Table;

class SqlSchemaReaderTest {

    private static SqlSchemaReader reader(SqlSchemaReader.Options options) {
        return SqlSchemaReader.startingFrom(Schema.empty(), options);
    }

    @Test
    void scriptsReadInTurnBuildOneSchema() {
        SqlSchemaReader reader = reader(SqlSchemaReader.Options.defaults());
        reader.read("CREATE TABLE t (k INT) DUPLICATE KEY(k);\nCREATE TABLE u (k INT);", "001.sql");
        reader.read("-- later\nALTER TABLE t COMMENT = 'c';\nDROP TABLE u;", "002.sql");
        assertThat(reader.schema().objects()).extracting(o -> o.name().name()).containsExactly("t");
        assertThat(((Table) reader.schema().objects().get(0)).comment()).isEqualTo("c");
        assertThat(reader.statements()).isEqualTo(4);
        assertThat(reader.warnings()).isEmpty();
    }

    @Test
    void aRefusedStatementFailsWithTheLineItStartsOnFarIntoTheScript() {
        StringBuilder tables = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            tables.append("CREATE TABLE t").append(i).append(" (\n  k INT\n);\n");
        }
        String script = tables + "\n/* a comment\n over lines */ ALTER TABLE missing\n  ADD COLUMN x INT;\n";
        assertThatThrownBy(() -> SqlSchemaReader.read(script))
                .isInstanceOf(SqlSchemaReader.ScriptReplayException.class)
                .hasMessage("line 1503: statement (ALTER TABLE `missing` ADD COLUMN `x`): table `missing` does not "
                        + "exist; create it before this statement");
        assertThatThrownBy(() -> SqlSchemaReader.read(tables + "\nCREATE TABLE (k INT);"))
                .isInstanceOf(SqlParseException.class)
                .hasMessageStartingWith("line 1502, column 14: expected a name");
    }

    @Test
    void useQualifiesTheNamesThatFollowAndCreateDatabaseIsAccepted() {
        Schema schema = SqlSchemaReader.read("""
                CREATE DATABASE IF NOT EXISTS shop PROPERTIES ("replication_num" = "1");
                CREATE TABLE plain (k INT);
                USE shop;
                CREATE TABLE orders (id INT);
                ALTER TABLE orders COMMENT = 'in shop';
                CREATE TABLE other.t (k INT);
                USE cat.lake;
                CREATE VIEW v AS SELECT 1 AS one;
                """);
        assertThat(schema.objects()).extracting(o -> o.name()).containsExactly(ObjectName.of("plain"),
                ObjectName.of("shop", "orders"), ObjectName.of("other", "t"), new ObjectName("cat", "lake", "v"));
        assertThat(((Table) schema.objects().get(1)).comment()).isEqualTo("in shop");
    }

    @Test
    void useHoldsForOneScriptOnly() {
        SqlSchemaReader reader = reader(SqlSchemaReader.Options.defaults());
        reader.read("USE shop; CREATE TABLE a (k INT);", "a.sql");
        reader.read("CREATE TABLE b (k INT);", "b.sql");
        assertThat(reader.schema().objects()).extracting(o -> o.name())
                .containsExactly(ObjectName.of("shop", "a"), ObjectName.of("b"));
    }

    @Test
    void unsupportedStatementsFailUnlessSkippedWithAWarningNamingSourceAndLine() {
        String script = """
                CREATE TABLE t (k INT, v INT);
                INSERT INTO t VALUES (1, 2);
                GRANT SELECT ON t TO u;
                REFRESH MATERIALIZED VIEW mv;
                ALTER TABLE t COMMENT = 'kept';
                """;
        assertThatThrownBy(() -> SqlSchemaReader.read(script))
                .isInstanceOf(UnsupportedSqlException.class)
                .hasMessageStartingWith("line 2, column 1: INSERT is valid StarRocks SQL but not supported");

        SqlSchemaReader reader = reader(SqlSchemaReader.Options.defaults().skippingUnsupported(true));
        reader.read(script, "schema.sql");
        assertThat(((Table) reader.schema().objects().get(0)).comment()).isEqualTo("kept");
        assertThat(reader.warnings()).extracting(SqlSchemaReader.Warning::toString).containsExactly(
                "schema.sql, line 2: skipped the statement: INSERT is valid StarRocks SQL but not supported by "
                        + "starrocks4j; starrocks4j reads only the INSERT INTO t (cols) SELECT cols FROM s of table "
                        + "rebuilds; data changes are not schema",
                "schema.sql, line 3: skipped the statement: GRANT is valid StarRocks SQL but not supported by "
                        + "starrocks4j; starrocks4j reads CREATE, DROP and ALTER of tables, views and materialized views",
                "schema.sql, line 4: skipped the statement: REFRESH is valid StarRocks SQL but not "
                        + "supported by starrocks4j; starrocks4j reads CREATE, DROP and ALTER of tables, views and "
                        + "materialized views");
    }

    @Test
    void aViewReadingATableNoStatementCreatedIsAWarning() {
        SqlSchemaReader reader = reader(SqlSchemaReader.Options.defaults());
        reader.read("""
                USE shop;
                CREATE TABLE orders (id INT, customer INT);
                CREATE VIEW fine AS SELECT o.id FROM orders o JOIN shop.orders p ON o.id = p.id;
                CREATE VIEW odd AS
                  WITH recent AS (SELECT id FROM orders) SELECT * FROM recent, customers c
                  WHERE EXTRACT(YEAR FROM now()) > 2000;
                CREATE MATERIALIZED VIEW mv REFRESH ASYNC AS SELECT count(*) AS n FROM elsewhere.events;
                """, "views.sql");
        assertThat(reader.warnings()).extracting(SqlSchemaReader.Warning::toString).containsExactly(
                "views.sql, line 4: view `shop`.`odd` reads `shop`.`customers`, which no statement before it creates; "
                        + "if it lives in another database or file, qualify or ignore this, else create it first or "
                        + "correct the name",
                "views.sql, line 7: materialized view `shop`.`mv` reads `elsewhere`.`events`, which no statement before "
                        + "it creates; if it lives in another database or file, qualify or ignore this, else create it "
                        + "first or correct the name");
    }

    @Test
    void validatingReaderRefusesObjectsTheServerWouldRefuseAtTheirLine() {
        String script = "CREATE TABLE ok (k INT);\n\nCREATE TABLE agg (k INT, v INT)\nAGGREGATE KEY(k)\n"
                + "DISTRIBUTED BY HASH(k);";
        assertThat(SqlSchemaReader.read(script).objects()).hasSize(2); // taken as written by default
        SqlSchemaReader validating = reader(SqlSchemaReader.Options.defaults().withObjectRules(ObjectRules.VALIDATE));
        assertThatThrownBy(() -> validating.read(script, "agg.sql"))
                .isInstanceOf(SqlSchemaReader.ScriptReplayException.class)
                .hasMessageStartingWith("line 3: statement (CREATE TABLE `agg`): table agg, column 'v': AGG_KEYS table "
                        + "should specify aggregate type for non-key column");
    }

    @Test
    void progressReportsTheLineReachedOfAllLines() {
        List<Progress> steps = new ArrayList<>();
        SqlSchemaReader reader = reader(SqlSchemaReader.Options.defaults().withProgress(steps::add));
        reader.read("CREATE TABLE a (k INT);\nCREATE TABLE b (k INT);\n\nCREATE TABLE c (k INT);", "s.sql");
        assertThat(steps).containsExactly(new Progress("reading s.sql", "line", 1, 4),
                new Progress("reading s.sql", "line", 2, 4), new Progress("reading s.sql", "line", 4, 4));
    }
}
