package org.starrocks4j.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.starrocks4j.lexical.SqlParseException;
import org.starrocks4j.operation.Operation;
import org.starrocks4j.operation.SchemaReplay;
import org.starrocks4j.operation.SelectQuery;
import org.starrocks4j.operation.TableOperation;
import org.starrocks4j.schema.Column;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.Index;
import org.starrocks4j.schema.IndexType;
import org.starrocks4j.schema.KeyType;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.schema.Partitioning;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.Table;
import org.starrocks4j.schema.TableKey;
import org.starrocks4j.types.DataType;
import org.starrocks4j.types.Types;

/**
 * {@code CREATE TABLE ... AS SELECT}: read, rendered, and replayed into the table the server makes (its columns'
 * types and nullability as the FE's CTAS analysis gives them), or refused naming the select item and the way out.
 */
class CreateTableAsSelectTest {

    private static final DataType TEXT = Types.varchar(1_048_576);
    private static final DataType FLOATING = Types.decimal(38, 9);

    private static final String SOURCE = """
            CREATE TABLE db.src (
              id BIGINT NOT NULL AUTO_INCREMENT,
              k INT NOT NULL COMMENT 'the key',
              name VARCHAR(20) NULL DEFAULT 'x',
              code CHAR(5),
              note STRING NOT NULL,
              ratio FLOAT,
              score DOUBLE NOT NULL,
              amount DECIMAL(10, 2) NOT NULL,
              raw VARBINARY(10),
              day DATE NOT NULL,
              flag BOOLEAN NOT NULL,
              doc JSON,
              tags ARRAY<FLOAT>,
              attrs MAP<STRING, DOUBLE>,
              pair STRUCT<a CHAR(3), b INT>,
              twice BIGINT AS (k * 2)
            ) DUPLICATE KEY(id, k) DISTRIBUTED BY HASH(k);
            USE db;
            """;

    private static Table created(String statements) {
        Schema schema = SqlSchemaReader.read(SOURCE + statements);
        return (Table) schema.objects().get(schema.objects().size() - 1);
    }

    private static Column column(String name, DataType type, boolean nullable) {
        return Column.builder(name, type).nullable(nullable).build();
    }

    @Test
    void selectStarCopiesTheColumnsWithTheTypesACtasTableHolds() {
        Table t = created("CREATE TABLE copy AS SELECT * FROM src;");
        assertThat(t.name()).isEqualTo(ObjectName.of("db", "copy"));
        // text becomes VARCHAR(1048576), FLOAT and DOUBLE DECIMAL(38, 9), VARBINARY loses its length, through
        // ARRAY, MAP and STRUCT; nullability is the column's (AUTO_INCREMENT is NOT NULL); no default, comment,
        // auto-increment or generated expression is copied; key and distribution are the server's to choose
        assertThat(t.columns()).containsExactly(
                column("id", Types.BIGINT, false),
                column("k", Types.INT, false),
                column("name", TEXT, true),
                column("code", TEXT, true),
                column("note", TEXT, false),
                column("ratio", FLOATING, true),
                column("score", FLOATING, false),
                column("amount", Types.decimal(10, 2), false),
                column("raw", Types.VARBINARY, true),
                column("day", Types.DATE, false),
                column("flag", Types.BOOLEAN, false),
                column("doc", Types.JSON, true),
                column("tags", Types.array(FLOATING), true),
                column("attrs", Types.map(TEXT, FLOATING), true),
                column("pair", Types.struct(Types.field("a", TEXT), Types.field("b", Types.INT)), true),
                column("twice", Types.BIGINT, true));
        assertThat(t.key()).isNull();
        assertThat(t.distribution()).isNull();
        assertThat(t.properties()).isEmpty();
    }

    @Test
    void columnReferencesQualifiedAliasedAndCast() {
        Table t = created("""
                CREATE TABLE picked AS
                SELECT DISTINCT s.k, `name` AS label, s.code, CAST(k AS BIGINT) AS wide, CAST(score AS INT) AS narrow,
                       CAST(amount AS DECIMAL(12, 3)) AS more, CAST(amount AS DECIMAL(5, 2)) AS less,
                       CAST(flag AS INT) AS bit, CAST(note AS INT) AS parsed, CAST(day AS VARCHAR(10)) AS shown
                FROM db.src s WHERE k > 0 AND name LIKE 'a%' ORDER BY k DESC LIMIT 100;""");
        assertThat(t.columns()).containsExactly(
                column("k", Types.INT, false),
                column("label", TEXT, true),
                column("code", TEXT, true),
                column("wide", Types.BIGINT, false),   // a wider integer holds every value: NULL only where k is
                column("narrow", Types.INT, true),     // any other cast may give NULL
                column("more", Types.decimal(12, 3), false),
                column("less", Types.decimal(5, 2), true),
                column("bit", Types.INT, false),
                column("parsed", Types.INT, true),
                column("shown", TEXT, true));
        // without an alias the table's name qualifies its columns, with or without its database
        assertThat(created("CREATE TABLE q AS SELECT db.src.k, src.day FROM src;").columns())
                .containsExactly(column("k", Types.INT, false), column("day", Types.DATE, false));
        assertThatThrownBy(() -> created("CREATE TABLE q AS SELECT src.k FROM src AS s;"))
                .hasMessageContaining("`src` is not the table the query reads (`db`.`src` AS `s`)");
    }

    @Test
    void literalsConstructorsAndFunctionsWithoutATable() {
        Table t = created("""
                CREATE TABLE consts PROPERTIES ("replication_num" = "1") AS
                SELECT 1 AS i, 300 AS s, 70000 AS n, 5000000000 AS b, 170141183460469231731687303715884105727 AS l,
                       1.50 AS d, 'x' AS txt, TRUE AS yes, NULL AS nothing, CAST(NULL AS INT) AS typed,
                       CAST(1 AS DOUBLE) AS dbl, CAST('2024-01-01' AS DATE) AS dt, CAST(1 AS STRING) AS str,
                       [1, 300, NULL] AS arr, ARRAY<DOUBLE>[1] AS declared, map{1: 'a', 2: NULL} AS m,
                       struct(1, 'b') AS st, named_struct('x', 1.5, 'y', false) AS named,
                       parse_json('{}') AS js, get_json_object('{"a": 1}', '$.a') AS got""");
        assertThat(t.columns()).containsExactly(
                column("i", Types.TINYINT, false),
                column("s", Types.SMALLINT, false),
                column("n", Types.INT, false),
                column("b", Types.BIGINT, false),
                column("l", Types.LARGEINT, false),
                column("d", Types.decimal(3, 2), false),
                column("txt", TEXT, false),
                column("yes", Types.BOOLEAN, false),
                column("nothing", TEXT, true),
                column("typed", Types.INT, true),
                column("dbl", FLOATING, true),
                column("dt", Types.DATE, true),
                column("str", TEXT, false),
                column("arr", Types.array(Types.SMALLINT), true),
                column("declared", Types.array(FLOATING), true),
                column("m", Types.map(Types.TINYINT, TEXT), true),
                column("st", Types.struct(Types.field("col1", Types.TINYINT), Types.field("col2", TEXT)), true),
                column("named", Types.struct(Types.field("x", Types.decimal(2, 1)),
                        Types.field("y", Types.BOOLEAN)), true),
                column("js", Types.JSON, true),
                column("got", TEXT, true));
        assertThat(t.properties()).isEqualTo(Map.of("replication_num", "1"));
    }

    @Test
    void theColumnListNamesTheColumns() {
        Table t = created("CREATE TABLE named (a, b, c) AS SELECT k, k, 'x' FROM src;");
        assertThat(t.columns()).extracting(Column::name).containsExactly("a", "b", "c");
        assertThatThrownBy(() -> created("CREATE TABLE named (a, b) AS SELECT * FROM src;"))
                .isInstanceOf(SqlSchemaReader.ScriptReplayException.class)
                .hasMessageContaining("names 2 columns but the query returns 16");
        assertThatThrownBy(() -> created("CREATE TABLE twice AS SELECT k, k FROM src;"))
                .hasMessageContaining("gives two columns the name `k`");
    }

    @Test
    void theStatementsClausesMakeTheTable() {
        Table t = created("""
                CREATE TABLE IF NOT EXISTS laid_out (x, y, z, INDEX ix (y) USING BITMAP COMMENT 'by y')
                PRIMARY KEY (x, y)
                COMMENT 'made by a query'
                PARTITION BY (z)
                DISTRIBUTED BY HASH(x) BUCKETS 4
                ORDER BY (y)
                PROPERTIES ("replication_num" = "1")
                AS SELECT name, day, code FROM src;""");
        // the key columns of a PRIMARY KEY table and the plain-column keys of LIST partitioning are NOT NULL
        assertThat(t.columns()).containsExactly(column("x", TEXT, false), column("y", Types.DATE, false),
                column("z", TEXT, false));
        assertThat(t.key()).isEqualTo(new TableKey(KeyType.PRIMARY, List.of("x", "y")));
        assertThat(t.comment()).isEqualTo("made by a query");
        assertThat(t.partitioning()).isEqualTo(Partitioning.columns("z"));
        assertThat(t.distribution()).isEqualTo(new Distribution.Hash(List.of("x"), 4));
        assertThat(t.orderBy()).containsExactly("y");
        assertThat(t.indexes()).containsExactly(new Index("ix", List.of("y"), IndexType.BITMAP, Map.of(), "by y"));

        Table byDay = created("CREATE TABLE by_day PARTITION BY date_trunc('month', day) AS SELECT name, "
                + "CAST(day AS DATETIME) AS day FROM src;");
        assertThat(byDay.columns()).containsExactly(column("name", TEXT, true), column("day", Types.DATETIME, true));
    }

    @Test
    void ctasMakesDuplicateAndPrimaryKeyTablesOnly() {
        assertThatThrownBy(() -> created("CREATE TABLE agg AGGREGATE KEY(k) AS SELECT k FROM src;"))
                .hasMessageContaining("makes DUPLICATE KEY or PRIMARY KEY tables only");
        assertThatThrownBy(() -> DdlParser.parseStatement("CREATE EXTERNAL TABLE e AS SELECT 1 AS a"))
                .isInstanceOf(SqlParseException.class).hasMessageContaining("CTAS does not support create external");
        assertThatThrownBy(() -> DdlParser.parseStatement("CREATE TABLE e ENGINE = OLAP AS SELECT 1 AS a"))
                .isInstanceOf(SqlParseException.class).hasMessageContaining("takes no ENGINE clause");
        assertThatThrownBy(() -> DdlParser.parseStatement("CREATE TABLE e (a INT) AS SELECT 1 AS a"))
                .isInstanceOf(SqlParseException.class).hasMessageContaining("column names only");
    }

    @Test
    void whatOnlyTheServerCanTypeIsRefusedNamingTheItemAndTheWayOut() {
        String script = SOURCE + """
                CREATE TABLE upper_names
                AS SELECT k,
                  upper(name) AS name
                FROM src;""";
        assertThatThrownBy(() -> SqlSchemaReader.read(script))
                .isInstanceOf(SqlSchemaReader.ScriptReplayException.class)
                .hasMessageStartingWith("line 20: statement (CREATE TABLE `db`.`upper_names` AS SELECT ... FROM "
                        + "`db`.`src`): CREATE TABLE `db`.`upper_names` AS SELECT, select item 2 (upper(name)): the "
                        + "result type of upper(...) comes from the server's function signatures")
                .hasMessageContaining("SHOW CREATE TABLE `db`.`upper_names` prints its definition")
                .hasMessageContaining("INSERT INTO `db`.`upper_names` SELECT ...");
        for (String[] itemAndWhy : List.of(
                new String[] {"k + 1 AS k1", "select item 1 (k + 1): its type and nullability are the server's"},
                new String[] {"CASE WHEN k > 0 THEN 1 END AS c", "(CASE WHEN k > 0 THEN 1 END)"},
                new String[] {"count(*) AS n", "select item 1 (count(*))"},
                new String[] {"CAST(k AS BIGINT)", "names such a column after its expression text"},
                new String[] {"missing", "table `db`.`src` has no column `missing`"},
                new String[] {"pair.a AS a", "reads a field of the struct column `pair`"},
                new String[] {"other.k", "`other` is not the table the query reads (`db`.`src`)"},
                new String[] {"[] AS e", "there are no array elements, so their type is the server's choice"},
                new String[] {"[1, 'a'] AS e", "array elements mix the types TINYINT, VARCHAR(1048576)"},
                new String[] {"parse_json() AS j", "parse_json takes 1 argument, not 0"},
                new String[] {"1e3 AS e", "select item 1 (1e3)"},
                new String[] {"upper(missing) AS u", "the result type of upper(...)"},
                new String[] {"named_struct('a', 1, 'a', 2) AS s", "STRUCT has the field 'a' twice"})) {
            assertThatThrownBy(() -> created("CREATE TABLE refused AS SELECT " + itemAndWhy[0] + " FROM src;"))
                    .as(itemAndWhy[0]).isInstanceOf(SqlSchemaReader.ScriptReplayException.class)
                    .hasMessageContaining(itemAndWhy[1]);
        }
        assertThatThrownBy(() -> created("CREATE TABLE refused AS SELECT * FROM nowhere;"))
                .hasMessageContaining("table `db`.`nowhere` does not exist");
        assertThatThrownBy(() -> created("CREATE VIEW v AS SELECT k FROM src; CREATE TABLE r AS SELECT * FROM v;"))
                .hasMessageContaining("the query reads view `db`.`v`, whose column types the model does not hold");
        assertThatThrownBy(() -> created("CREATE TABLE r AS SELECT k;"))
                .hasMessageContaining("`k` names a column, but the query reads no table");
    }

    @Test
    void queriesOverSeveralTablesOrGroupsAreUnsupportedByName() {
        String join = "CREATE TABLE ... AS SELECT from several tables (a join)";
        for (String[] queryAndConstruct : List.of(
                new String[] {"SELECT a.k FROM src a JOIN src b ON a.k = b.k", join},
                new String[] {"SELECT 1 AS one FROM src, src s2", join},
                new String[] {"SELECT k FROM (SELECT k FROM src) s", "CREATE TABLE ... AS SELECT FROM a subquery"},
                new String[] {"SELECT x FROM TABLE(unnest([1]))", "CREATE TABLE ... AS SELECT FROM a table function"},
                new String[] {"SELECT k, count(*) AS n FROM src GROUP BY k", "CREATE TABLE ... AS SELECT ... GROUP BY"},
                new String[] {"SELECT k FROM src UNION ALL SELECT k FROM src", "CREATE TABLE ... AS SELECT ... UNION"},
                new String[] {"WITH w AS (SELECT k FROM src) SELECT k FROM w", "CREATE TABLE ... AS WITH (common table "
                        + "expressions)"},
                new String[] {"VALUES (1, 2)", "CREATE TABLE ... AS VALUES"})) {
            assertThatThrownBy(() -> DdlParser.parseStatement("CREATE TABLE t AS " + queryAndConstruct[0]))
                    .as(queryAndConstruct[0]).isInstanceOf(UnsupportedSqlException.class)
                    .hasMessageContaining("declare the table")
                    .extracting(e -> ((UnsupportedSqlException) e).construct()).isEqualTo(queryAndConstruct[1]);
        }
    }

    @Test
    void ifNotExistsLeavesAnExistingTableWithoutLookingAtTheQuery() {
        Schema s = SqlSchemaReader.read(SOURCE + "CREATE TABLE IF NOT EXISTS src AS SELECT upper(name) FROM src;");
        assertThat(s.objects()).hasSize(1);
        assertThatThrownBy(() -> SqlSchemaReader.read(SOURCE + "CREATE TABLE src AS SELECT k FROM src;"))
                .hasMessageContaining("table `db`.`src` already exists");
    }

    @Test
    void readAndRenderedWithTheQueryAsWritten() {
        String sql = "create table if not exists t2 (a, b, index i (a)) primary key (a) comment 'c' "
                + "distributed by hash(a) properties ('replication_num' = '1') as select k, name from t1 where k > 1";
        Operation op = DdlParser.parseStatement(sql);
        assertThat(op).isInstanceOf(TableOperation.CreateTableAsSelect.class);
        TableOperation.CreateTableAsSelect ctas = (TableOperation.CreateTableAsSelect) op;
        assertThat(ctas.columnNames()).containsExactly("a", "b");
        assertThat(ctas.query().from()).isEqualTo(ObjectName.of("t1"));
        assertThat(ctas.query().items()).containsExactly(
                new SelectQuery.Expression(new SelectQuery.ColumnReference(List.of("k")), null, "k"),
                new SelectQuery.Expression(new SelectQuery.ColumnReference(List.of("name")), null, "name"));
        String rendered = DdlRenderer.defaults().render(op);
        assertThat(rendered).isEqualTo("""
                CREATE TABLE IF NOT EXISTS `t2` (`a`, `b`, INDEX `i` (`a`) USING BITMAP)
                PRIMARY KEY(`a`)
                COMMENT 'c'
                DISTRIBUTED BY HASH(`a`)
                PROPERTIES (
                  "replication_num" = "1"
                )
                AS select k, name from t1 where k > 1""");
        assertThat(DdlParser.parseStatement(rendered)).isEqualTo(op);
    }

    @Test
    void aStatementThatReadsNoTableIsATableByItself() {
        Table t = DdlParser.parseTable("CREATE TABLE t AS SELECT 1 AS a, 'b' AS b");
        assertThat(t.columns()).containsExactly(column("a", Types.TINYINT, false), column("b", TEXT, false));
        assertThatThrownBy(() -> DdlParser.parseTable("CREATE TABLE t AS SELECT * FROM t1"))
                .isInstanceOf(SqlParseException.class)
                .hasMessageContaining("takes its columns from a table this statement does not describe");
        assertThat(SchemaReplay.apply(Schema.empty(), DdlParser.parseStatement("CREATE TABLE t AS (SELECT TRUE AS a)"))
                .objects()).hasSize(1);
    }
}
