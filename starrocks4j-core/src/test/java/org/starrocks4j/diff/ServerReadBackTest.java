package org.starrocks4j.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.starrocks4j.schema.PartitionDefinition;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.Table;
import org.starrocks4j.sql.DdlRenderer;
import org.starrocks4j.sql.SqlSchemaReader;

/**
 * One case per kind of server normalization seen on a current StarRocks FE ({@code starrocks-corpus/live/}): a
 * CREATE TABLE as written and what SHOW CREATE TABLE printed for it (trimmed to what matters) read back as the same
 * table: equal once normalized, and no change in either direction of the diff. Each kind also has a real difference
 * of the same attribute, which must still be found.
 */
class ServerReadBackTest {

    private static final ServerNormalizer NORMALIZER = ServerNormalizer.forServer(ServerProfile.DEFAULT);

    private static void readsBack(String written, String printed) {
        Schema a = SqlSchemaReader.read(written);
        Schema b = SqlSchemaReader.read(printed);
        assertThat(NORMALIZER.normalize(a)).as("normalized").isEqualTo(NORMALIZER.normalize(b));
        assertThat(SchemaDiff.between(a, b).changes()).as("diff written -> printed").isEmpty();
        assertThat(SchemaDiff.between(b, a).changes()).as("diff printed -> written").isEmpty();
    }

    private static void differs(String a, String b) {
        Schema x = SqlSchemaReader.read(a);
        Schema y = SqlSchemaReader.read(b);
        assertThat(NORMALIZER.normalize(x)).isNotEqualTo(NORMALIZER.normalize(y));
        assertThat(SchemaDiff.between(x, y, DiffOptions.defaults().allowRebuild()).changes()).isNotEmpty();
    }

    private static Table normalized(String sql) {
        return NORMALIZER.normalize(SqlSchemaReader.read(sql)).tables().get(0);
    }

    @Test
    void storageFormatIsDroppedByTheServerAndNeverSet() {
        // live create/0519: the emitted SET ("storage_format" = "v2") was refused: "Unknown properties"
        readsBack("CREATE TABLE t (k INT) DUPLICATE KEY(k) PROPERTIES (\"storage_format\" = \"v2\")",
                "CREATE TABLE `t` (`k` int(11) NULL COMMENT \"\") DUPLICATE KEY(`k`) DISTRIBUTED BY RANDOM");
    }

    @Test
    void binaryWithoutLengthIsVarbinaryOfTheServersLength() {
        // live pairs/0875: create table t2(c1 int, c2 binary, c3 varbinary)
        readsBack("CREATE TABLE t2 (c1 INT, c2 BINARY, c3 VARBINARY, c4 BINARY(16))",
                "CREATE TABLE `t2` (`c1` int(11) NULL, `c2` varbinary(1048576) NULL, `c3` varbinary(1048576) NULL, "
                        + "`c4` varbinary(16) NULL) DUPLICATE KEY(`c1`, `c2`, `c3`) DISTRIBUTED BY RANDOM");
        differs("CREATE TABLE t (k INT, b VARBINARY(16)) DUPLICATE KEY(k)",
                "CREATE TABLE t (k INT, b VARBINARY) DUPLICATE KEY(k)");
    }

    @Test
    void defaultsAsTheServerKeepsThem() {
        // live pairs/0635 (BOOLEAN), 0691 (HLL), 0694 (BITMAP): BOOLEAN prints 1/0, HLL and BITMAP drop theirs
        readsBack("CREATE TABLE t (id INT NOT NULL, paid BOOLEAN DEFAULT 'true', shipped BOOLEAN DEFAULT 'FALSE') "
                        + "PRIMARY KEY(id) DISTRIBUTED BY HASH(id)",
                "CREATE TABLE `t` (`id` int(11) NOT NULL, `paid` boolean NULL DEFAULT \"1\", "
                        + "`shipped` boolean NULL DEFAULT \"0\") PRIMARY KEY(`id`) DISTRIBUTED BY HASH(`id`)");
        readsBack("CREATE TABLE t (id INT, h HLL HLL_UNION DEFAULT \"\", b BITMAP BITMAP_UNION DEFAULT \"\") "
                        + "AGGREGATE KEY(id) DISTRIBUTED BY HASH(id)",
                "CREATE TABLE `t` (`id` int(11) NULL, `h` hll HLL_UNION NULL, `b` bitmap BITMAP_UNION NULL) "
                        + "AGGREGATE KEY(`id`) DISTRIBUTED BY HASH(`id`)");
        readsBack("CREATE TABLE t (id INT, v VARBINARY DEFAULT \"\") DUPLICATE KEY(id)",
                "CREATE TABLE `t` (`id` int(11) NULL, `v` varbinary(1048576) NULL DEFAULT \"\") "
                        + "DUPLICATE KEY(`id`) DISTRIBUTED BY RANDOM");
        differs("CREATE TABLE t (k INT, b BOOLEAN DEFAULT 'true') DUPLICATE KEY(k)",
                "CREATE TABLE t (k INT, b BOOLEAN DEFAULT '0') DUPLICATE KEY(k)");
    }

    @Test
    void bloomFilterColumnsAndNgramIndexDefaults() {
        // live pairs/0462 and 1052: "k1,k2" prints "k1, k2"; NGRAMBF gets bloom_filter_fpp, case_sensitive, gram_num
        readsBack("CREATE TABLE t (k1 BIGINT, k2 LARGEINT, name VARCHAR(20), "
                        + "INDEX idx (name) USING NGRAMBF (\"gram_num\" = \"4\")) DUPLICATE KEY(k1) "
                        + "PROPERTIES (\"bloom_filter_columns\" = \"k1,k2\")",
                "CREATE TABLE `t` (`k1` bigint(20) NULL, `k2` largeint(40) NULL, `name` varchar(20) NULL, "
                        + "INDEX idx (`name`) USING NGRAMBF(\"bloom_filter_fpp\" = \"0.05\", \"case_sensitive\" = "
                        + "\"true\", \"gram_num\" = \"4\") COMMENT '') DUPLICATE KEY(`k1`) DISTRIBUTED BY RANDOM "
                        + "PROPERTIES (\"bloom_filter_columns\" = \"k1, k2\")");
        differs("CREATE TABLE t (k INT, n VARCHAR(9), INDEX i (n) USING NGRAMBF (\"gram_num\" = \"4\")) DUPLICATE KEY(k)",
                "CREATE TABLE t (k INT, n VARCHAR(9), INDEX i (n) USING NGRAMBF) DUPLICATE KEY(k)");
    }

    @Test
    void propertiesTheServerRespellsOrOmits() {
        // live pairs/0139: "3 day" prints "3 days"; pairs/0304: "bucket_size" = "0" is not printed; an empty value
        // unsets a property
        readsBack("CREATE TABLE t (k DATE) DUPLICATE KEY(k) PROPERTIES (\"storage_medium\" = \"SSD\", "
                        + "\"storage_cooldown_ttl\" = \"3 day\", \"bucket_size\" = \"0\", \"colocate_with\" = \"\")",
                "CREATE TABLE `t` (`k` date NULL) DUPLICATE KEY(`k`) DISTRIBUTED BY RANDOM PROPERTIES ("
                        + "\"storage_cooldown_ttl\" = \"3 days\", \"storage_medium\" = \"SSD\")");
        // pairs/1693, 1710: what dynamic partitioning and flat JSON fill in
        readsBack("CREATE TABLE t (k INT, j JSON) DUPLICATE KEY(k) PROPERTIES (\"flat_json.enable\" = \"true\")",
                "CREATE TABLE `t` (`k` int(11) NULL, `j` json NULL) DUPLICATE KEY(`k`) DISTRIBUTED BY RANDOM "
                        + "PROPERTIES (\"flat_json.column.max\" = \"100\", \"flat_json.enable\" = \"true\", "
                        + "\"flat_json.null.factor\" = \"0.3\", \"flat_json.sparsity.factor\" = \"0.3\")");
        differs("CREATE TABLE t (k INT) DUPLICATE KEY(k) PROPERTIES (\"storage_cooldown_ttl\" = \"3 day\")",
                "CREATE TABLE t (k INT) DUPLICATE KEY(k) PROPERTIES (\"storage_cooldown_ttl\" = \"3 months\")");
    }

    @Test
    void periodsInTheServersSpelling() {
        assertThat(HumanReadablePeriod.canonical("3 day")).isEqualTo("3 days");
        assertThat(HumanReadablePeriod.canonical("1 YEAR 2 week")).isEqualTo("1 years 14 days");
        assertThat(HumanReadablePeriod.canonical("0 month")).isEqualTo("0 day");
        assertThat(HumanReadablePeriod.canonical("2 hour")).isEqualTo("2 hours");
        assertThat(HumanReadablePeriod.canonical("1 day 2 hours")).isEqualTo("1 day 2 hours");
        assertThat(HumanReadablePeriod.canonical("soon")).isEqualTo("soon");
    }

    @Test
    void partitionAndGeneratedExpressionsAsTheServerReprintsThem() {
        // live pairs/0333, 1509: time_slice in its three spellings
        readsBack("CREATE TABLE t (d DATETIME, v BIGINT) DUPLICATE KEY(d) PARTITION BY time_slice(d, interval 4 month)",
                "CREATE TABLE `t` (`d` datetime NULL, `v` bigint(20) NULL) DUPLICATE KEY(`d`) "
                        + "PARTITION BY time_slice(d, 4, 'month', 'floor') DISTRIBUTED BY RANDOM");
        readsBack("CREATE TABLE t (a INT, b DATETIME) PARTITION BY time_slice(b, interval 1 second)",
                "CREATE TABLE `t` (`a` int(11) NULL, `b` datetime NULL) DUPLICATE KEY(`a`, `b`) "
                        + "PARTITION BY (time_slice(b, INTERVAL 1 second, floor)) DISTRIBUTED BY RANDOM");
        // pairs/0388, 0391, 0393: CAST(... AS STRING) and grouping parentheses
        readsBack("CREATE TABLE t (ts STRING NOT NULL, id BIGINT NOT NULL) "
                        + "PARTITION BY date_trunc('month', str_to_date(cast(ts as string), '%Y%m%d'))",
                "CREATE TABLE `t` (`ts` varchar(65533) NOT NULL, `id` bigint(20) NOT NULL) DUPLICATE KEY(`ts`) "
                        + "PARTITION BY (date_trunc('month', str_to_date(CAST(ts AS VARCHAR(65533)), '%Y%m%d'))) "
                        + "DISTRIBUTED BY RANDOM");
        readsBack("CREATE TABLE t (ts STRING NOT NULL, id BIGINT) PARTITION BY from_unixtime(cast(ts as INT) - 3600)",
                "CREATE TABLE `t` (`ts` varchar(65533) NOT NULL, `id` bigint(20) NULL) DUPLICATE KEY(`ts`) "
                        + "PARTITION BY (from_unixtime((CAST(ts AS INT)) - 3600)) DISTRIBUTED BY RANDOM");
        // pairs/1266, 1271, 1273: generated columns
        readsBack("CREATE TABLE t (id BIGINT NOT NULL, f JSON, a BIGINT AS id * id + 10, "
                        + "b VARCHAR(65533) AS cast(cast(id + 10 as string) as string), "
                        + "c VARCHAR(1048576) AS CAST(f->'x' AS VARCHAR)) DUPLICATE KEY(id)",
                "CREATE TABLE `t` (`id` bigint(20) NOT NULL, `f` json NULL, "
                        + "`a` bigint(20) NULL AS (`id` * `id`) + 10 COMMENT \"\", "
                        + "`b` varchar(65533) NULL AS CAST((CAST((`id` + 10) AS VARCHAR(65533))) AS VARCHAR(65533)), "
                        + "`c` varchar(1048576) NULL AS CAST((`f`->'x') AS VARCHAR)) DUPLICATE KEY(`id`) "
                        + "DISTRIBUTED BY RANDOM");
        differs("CREATE TABLE t (id BIGINT, a BIGINT AS (id + 1) * 2) DUPLICATE KEY(id)",
                "CREATE TABLE t (id BIGINT, a BIGINT AS id + 1 * 2) DUPLICATE KEY(id)");
        differs("CREATE TABLE t (d DATETIME) PARTITION BY time_slice(d, interval 1 day, ceil)",
                "CREATE TABLE t (d DATETIME) PARTITION BY time_slice(d, interval 1 day)");
    }

    @Test
    void hiddenGeneratedPartitionColumnsOfOlderServersAreThePartitionExpressions() {
        // live pairs/0381: an older server's SHOW CREATE, and what the current one prints for it
        readsBack("CREATE TABLE `t` (`k1` date NOT NULL, `k4` varchar(20) NOT NULL, "
                        + "`__generated_partition_column_0` varchar(1048576) NULL AS substring(`t`.`k4`, 1, 5), "
                        + "`__generated_partition_column_1` date NULL AS date_trunc('month', `t`.`k1`)) "
                        + "PRIMARY KEY(`k1`, `k4`) PARTITION BY (`__generated_partition_column_0`,`k4`,"
                        + "`__generated_partition_column_1`) DISTRIBUTED BY HASH(`k1`)",
                "CREATE TABLE `t` (`k1` date NOT NULL, `k4` varchar(20) NOT NULL) PRIMARY KEY(`k1`, `k4`) "
                        + "PARTITION BY (substring(`t`.`k4`, 1, 5),`k4`,date_trunc('month', `t`.`k1`)) "
                        + "DISTRIBUTED BY HASH(`k1`)");
    }

    @Test
    void theKeyTheServerInfersWhenNoneIsStated() {
        // live pairs/0904 and 1216: value columns with aggregate types make an AGGREGATE KEY of the others
        readsBack("CREATE TABLE t (dt DATE, id INT, uv HLL HLL_UNION) DISTRIBUTED BY HASH(id)",
                "CREATE TABLE `t` (`dt` date NULL, `id` int(11) NULL, `uv` hll HLL_UNION NULL) "
                        + "AGGREGATE KEY(`dt`, `id`) DISTRIBUTED BY HASH(`id`)");
        // pairs/0524: DECIMAL(76, 0) takes 32 of the short key's 36 bytes
        readsBack("CREATE TABLE t (d1 DECIMAL(76, 0), d2 DECIMAL(76, 0))",
                "CREATE TABLE `t` (`d1` decimal(76, 0) NULL, `d2` decimal(76, 0) NULL) DUPLICATE KEY(`d1`) "
                        + "DISTRIBUTED BY RANDOM");
        // a value column with an aggregate type is not a DUPLICATE KEY table's
        differs("CREATE TABLE t (k INT, v INT SUM) DISTRIBUTED BY HASH(k)",
                "CREATE TABLE t (k INT, v INT) DUPLICATE KEY(k) DISTRIBUTED BY HASH(k)");
    }

    @Test
    void sumOverDecimalIsWidenedAndDecimalV2HasItsOwnDefaultPrecision() {
        // live pairs/0688: DECIMAL(15, 2) SUM prints decimal(38, 2); pairs/0196: ARRAY<DECIMALV2> prints DECIMAL(9,0)
        readsBack("CREATE TABLE t (id INT NOT NULL, total DECIMAL(15, 2) SUM DEFAULT '0.00', a ARRAY<DECIMALV2> REPLACE)"
                        + " AGGREGATE KEY(id) DISTRIBUTED BY HASH(id)",
                "CREATE TABLE `t` (`id` int(11) NOT NULL, `total` decimal(38, 2) SUM NULL DEFAULT \"0.00\", "
                        + "`a` array<DECIMAL(9,0)> REPLACE NULL) AGGREGATE KEY(`id`) DISTRIBUTED BY HASH(`id`)");
        differs("CREATE TABLE t (id INT, v DECIMAL(15, 2) MAX) AGGREGATE KEY(id) DISTRIBUTED BY HASH(id)",
                "CREATE TABLE t (id INT, v DECIMAL(38, 2) MAX) AGGREGATE KEY(id) DISTRIBUTED BY HASH(id)");
    }

    @Test
    void listPartitionsWithNullAndInTheServersOrder() {
        // live pairs/0792 and 1418: NULL is printed 'NULL'; partitions come back in an order of the server's own
        readsBack("CREATE TABLE t (k INT, v INT) DUPLICATE KEY(k) PARTITION BY LIST(k) ("
                        + "PARTITION p2 VALUES IN ('4', NULL), PARTITION p1 VALUES IN ('1', '2'))",
                "CREATE TABLE `t` (`k` int(11) NULL, `v` int(11) NULL) DUPLICATE KEY(`k`) PARTITION BY LIST(`k`)("
                        + "PARTITION p1 VALUES IN ('1', '2'), PARTITION p2 VALUES IN ('4', 'NULL')) "
                        + "DISTRIBUTED BY RANDOM");
        // the model renders NULL bare, as the server needs it
        Table table = SqlSchemaReader.read("CREATE TABLE t (a INT, b INT) DUPLICATE KEY(a) PARTITION BY LIST(a, b) "
                + "(PARTITION p0 VALUES IN ((NULL, NULL)), PARTITION p1 VALUES IN (('1', '10')))").tables().get(0);
        assertThat(table.partitioning().partitions().get(0))
                .isEqualTo(new PartitionDefinition.In("p0", List.of(List.of("NULL", "NULL")), java.util.Map.of()));
        assertThat(DdlRenderer.defaults().createTable(table)).contains("VALUES IN ((NULL, NULL))")
                .contains("VALUES IN ((\"1\", \"10\"))");
        // pairs/1905: values spelled for a DATETIME key
        readsBack("CREATE TABLE t (k INT, lt DATETIME NOT NULL) DUPLICATE KEY(k) PARTITION BY LIST(lt) ("
                        + "PARTITION p01 VALUES IN (\"2013-07-01\"))",
                "CREATE TABLE `t` (`k` int(11) NULL, `lt` datetime NOT NULL) DUPLICATE KEY(`k`) PARTITION BY "
                        + "LIST(`lt`)(PARTITION p01 VALUES IN ('2013-07-01 00:00:00')) DISTRIBUTED BY RANDOM");
    }

    @Test
    void rangePartitionsAsTheServerCreatesThem() {
        // live pairs/1450: a DAY step past END is kept whole; pairs/1317: compact dates; pairs/0342, 1358: order
        readsBack("CREATE TABLE t (k DATE, v INT) DUPLICATE KEY(k) PARTITION BY RANGE(k) ("
                        + "START (\"20200601\") END (\"20200607\") EVERY (INTERVAL 4 DAY))",
                "CREATE TABLE `t` (`k` date NULL, `v` int(11) NULL) DUPLICATE KEY(`k`) PARTITION BY RANGE(`k`) ("
                        + "PARTITION p20200601 VALUES [(\"2020-06-01\"), (\"2020-06-05\")), "
                        + "PARTITION p20200605 VALUES [(\"2020-06-05\"), (\"2020-06-09\"))) DISTRIBUTED BY RANDOM");
        readsBack("CREATE TABLE t (k DATE, v INT) DUPLICATE KEY(k) PARTITION BY RANGE(k) ("
                        + "PARTITION p2 VALUES [(\"2020-06-03 00:00:00\"), (\"2020-06-04 00:00:00\")), "
                        + "PARTITION p1 VALUES [(\"20200601\"), (\"20200603\")))",
                "CREATE TABLE `t` (`k` date NULL, `v` int(11) NULL) DUPLICATE KEY(`k`) PARTITION BY RANGE(`k`) ("
                        + "PARTITION p1 VALUES [(\"2020-06-01\"), (\"2020-06-03\")), "
                        + "PARTITION p2 VALUES [(\"2020-06-03\"), (\"2020-06-04\"))) DISTRIBUTED BY RANDOM");
        // by MONTH the last step ends at END, and the next steps start at the start of their month
        assertThat(normalized("CREATE TABLE t (k DATE) DUPLICATE KEY(k) PARTITION BY RANGE(k) ("
                + "START (\"2020-01-15\") END (\"2020-03-10\") EVERY (INTERVAL 1 MONTH))").partitioning().partitions())
                .containsExactly(PartitionDefinition.fixed("p202001", "2020-01-15", "2020-02-01"),
                        PartitionDefinition.fixed("p202002", "2020-02-01", "2020-03-01"),
                        PartitionDefinition.fixed("p202003", "2020-03-01", "2020-03-10"));
    }

    @Test
    void orderByDirectionsAreAcceptedAndNotKept() {
        readsBack("CREATE TABLE t (ts DATETIME, k INT) DUPLICATE KEY(ts) ORDER BY (ts DESC, k ASC)",
                "CREATE TABLE `t` (`ts` datetime NULL, `k` int(11) NULL) DUPLICATE KEY(`ts`) DISTRIBUTED BY RANDOM "
                        + "ORDER BY(`ts`, `k`)");
    }
}
