package org.starrocks4j.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.starrocks4j.rules.RunMode;
import org.starrocks4j.rules.ServerRules;
import org.starrocks4j.rules.ServerVersion;
import org.starrocks4j.schema.Column;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.Table;
import org.starrocks4j.sql.SqlSchemaReader;

/**
 * A history (a SQL file) whose ALTER the server would refuse fails when it is read, with the line, the statement, the
 * rule (the server's own message) and the way out: one case per rule the diff follows ({@code ServerRules},
 * {@code TableChangeRules}, the statement rules), each beside the form the server takes, which reads.
 */
class ReplayServerRulesTest {

    private static final String DUP = """
            CREATE TABLE t (
              k INT NOT NULL, k2 INT NOT NULL, v INT NULL, s VARCHAR(10) NULL, d INT NULL DEFAULT "0",
              arr ARRAY<INT> NULL
            ) DUPLICATE KEY(k, k2) DISTRIBUTED BY HASH(k) BUCKETS 1;
            """;
    private static final String PRIMARY = """
            CREATE TABLE t (id BIGINT NOT NULL, name VARCHAR(10) NOT NULL, v INT NULL)
            PRIMARY KEY(id, name) DISTRIBUTED BY HASH(id) BUCKETS 1;
            """;
    private static final String AGGREGATE = """
            CREATE TABLE t (k INT NOT NULL, v BIGINT SUM NULL) AGGREGATE KEY(k) DISTRIBUTED BY HASH(k) BUCKETS 1;
            """;
    private static final String RANDOM = """
            CREATE TABLE t (k INT NOT NULL, v INT NULL) DUPLICATE KEY(k) DISTRIBUTED BY RANDOM;
            """;
    private static final String PARTITIONED = """
            CREATE TABLE t (dt DATE NOT NULL, v INT NULL) DUPLICATE KEY(dt)
            PARTITION BY RANGE(dt) (PARTITION p1 VALUES LESS THAN ("2024-01-01"))
            DISTRIBUTED BY HASH(v) BUCKETS 1;
            """;
    private static final String GENERATED = """
            CREATE TABLE t (k INT NOT NULL, v INT NULL, w INT NULL, g BIGINT NULL AS (v + 1)) DUPLICATE KEY(k)
            DISTRIBUTED BY HASH(k) BUCKETS 1;
            """;

    /** name, history, the statement the server refuses, what the failure says (rule, server message, way out). */
    static Stream<Arguments> refused() {
        return Stream.of(
                // ServerRules: MODIFY COLUMN
                Arguments.of("nullable to NOT NULL", DUP, "ALTER TABLE t MODIFY COLUMN v INT NOT NULL",
                        new String[] {"\"Can not change from nullable to non-nullable\"", "keep `v` NULL"}),
                Arguments.of("a DEFAULT added by MODIFY", DUP, "ALTER TABLE t MODIFY COLUMN v INT NULL DEFAULT \"1\"",
                        new String[] {"\"Can not change default value\"", "(none) -> '1'",
                                "keep the DEFAULT ((none))"}),
                Arguments.of("a DEFAULT changed by MODIFY", DUP, "ALTER TABLE t MODIFY COLUMN d INT NULL DEFAULT \"1\"",
                        new String[] {"\"Can not change default value\"", "'0' -> '1'"}),
                Arguments.of("a DEFAULT left out of MODIFY", DUP, "ALTER TABLE t MODIFY COLUMN d BIGINT NULL",
                        new String[] {"\"Can not change default value\"", "'0' -> (none)", "keep the DEFAULT ('0')"}),
                Arguments.of("an integer narrowed", DUP, "ALTER TABLE t MODIFY COLUMN v SMALLINT NULL",
                        new String[] {"cannot narrow an integer column (INT -> SMALLINT)", "keep the type"}),
                Arguments.of("a VARCHAR shortened", DUP, "ALTER TABLE t MODIFY COLUMN s VARCHAR(5) NULL",
                        new String[] {"\"Cannot shorten string length\""}),
                Arguments.of("a conversion the server has not", DUP, "ALTER TABLE t MODIFY COLUMN v BOOLEAN NULL",
                        new String[] {"\"Can not change INT to BOOLEAN\""}),
                Arguments.of("a complex type changed", DUP, "ALTER TABLE t MODIFY COLUMN arr ARRAY<BIGINT> NULL",
                        new String[] {"\"Can not change ARRAY<INT> to ARRAY<BIGINT>\""}),
                Arguments.of("a DUPLICATE KEY key column without KEY", DUP,
                        "ALTER TABLE t MODIFY COLUMN k2 BIGINT NOT NULL",
                        new String[] {"key column `k2` of a DUPLICATE KEY table a value column",
                                "\"Can not change aggregation type\"", "MODIFY COLUMN `k2` BIGINT KEY ..."}),
                Arguments.of("the only key column without KEY", RANDOM, "ALTER TABLE t MODIFY COLUMN k INT NOT NULL "
                        + "COMMENT 'key'", new String[] {"\"No key column left. index[t]\"",
                                "MODIFY COLUMN `k` COMMENT '...'"}),
                Arguments.of("KEY on a value column", DUP, "ALTER TABLE t MODIFY COLUMN v INT KEY NULL",
                        new String[] {"cannot turn value column `v` into a key column"}),
                Arguments.of("a distribution column", DUP, "ALTER TABLE t MODIFY COLUMN k BIGINT KEY NOT NULL",
                        new String[] {"\"Can not modify distribution column[k]\""}),
                Arguments.of("a partition column", PARTITIONED, "ALTER TABLE t MODIFY COLUMN dt DATETIME KEY NOT NULL",
                        new String[] {"\"Can not modify partition column[dt]\""}),
                Arguments.of("a PRIMARY KEY column", PRIMARY, "ALTER TABLE t MODIFY COLUMN id LARGEINT NOT NULL",
                        new String[] {"\"Can not modify key column\""}),
                Arguments.of("a PRIMARY KEY column made nullable", PRIMARY,
                        "ALTER TABLE t MODIFY COLUMN name VARCHAR(20) NULL",
                        new String[] {"\"primary key column[name] cannot be nullable\"", "state it NOT NULL"}),
                Arguments.of("a column a generated column reads", GENERATED,
                        "ALTER TABLE t MODIFY COLUMN v BIGINT NULL",
                        new String[] {"because it associates with the generated column\" `g`",
                                "drop the generated column first"}),
                Arguments.of("an ordinary column made generated", GENERATED,
                        "ALTER TABLE t MODIFY COLUMN v BIGINT NULL AS (k + 1)",
                        new String[] {"\"Can not modify a non-generated column to a generated column\""}),
                Arguments.of("an AGGREGATE KEY value column without its aggregate type", AGGREGATE,
                        "ALTER TABLE t MODIFY COLUMN v BIGINT NULL",
                        new String[] {"(SUM -> key column: \"Can not change aggregation type\")",
                                "restate its aggregate type: MODIFY COLUMN `v` BIGINT SUM"}),
                Arguments.of("an aggregate type in a DUPLICATE KEY table", DUP,
                        "ALTER TABLE t MODIFY COLUMN v BIGINT SUM NULL", new String[] {
                                "\"Can not assign aggregation method on column in Duplicate data model table: v\""}),
                Arguments.of("a value column moved before the key", DUP, "ALTER TABLE t MODIFY COLUMN v INT NULL FIRST",
                        new String[] {"\"Invalid column order. value should be after key. index[t]\"",
                                "keep the key columns (k, k2) first"}),
                Arguments.of("a column moved after a generated column", GENERATED,
                        "ALTER TABLE t MODIFY COLUMN w INT NULL AFTER g",
                        new String[] {"\"Can not modify column after Generated Column\""}),
                // ServerRules: ADD COLUMN
                Arguments.of("a NOT NULL column without DEFAULT", DUP, "ALTER TABLE t ADD COLUMN n INT NOT NULL",
                        new String[] {"\"Field 'n' is not null but doesn't have a default value\"",
                                "give `n` a DEFAULT, or make it nullable"}),
                Arguments.of("a value column added first", DUP, "ALTER TABLE t ADD COLUMN n INT NULL FIRST",
                        new String[] {"\"Invalid column order. value should be after key. index[t]\""}),
                Arguments.of("a key column placed after the values", AGGREGATE,
                        "ALTER TABLE t ADD COLUMN k3 INT NULL AFTER v",
                        new String[] {"key column `k3` would follow value column `v`"}),
                Arguments.of("a column added after a generated column", GENERATED,
                        "ALTER TABLE t ADD COLUMN n INT NULL AFTER g",
                        new String[] {"\"Can not add column after Generated Column\"",
                                "place `n` before the generated columns"}),
                Arguments.of("an AUTO_INCREMENT column added", DUP,
                        "ALTER TABLE t ADD COLUMN n BIGINT NOT NULL AUTO_INCREMENT",
                        new String[] {"can not be AUTO_INCREMENT when ADD COLUMN"}),
                // TableChangeRules: distribution and properties
                Arguments.of("DISTRIBUTED BY HASH on a RANDOM table", RANDOM,
                        "ALTER TABLE t DISTRIBUTED BY HASH(k) BUCKETS 4",
                        new String[] {"\"Random distribution table already supports automatic scaling and does not "
                                + "require optimization\"", "leave the distribution as it is"}),
                Arguments.of("DISTRIBUTED BY RANDOM on a PRIMARY KEY table", PRIMARY,
                        "ALTER TABLE t DISTRIBUTED BY RANDOM",
                        new String[] {"\"PRIMARY KEY must use hash distribution\""}),
                Arguments.of("storage_medium without default.", DUP, "ALTER TABLE t SET (\"storage_medium\" = \"SSD\")",
                        new String[] {"\"Unknown properties: {storage_medium=SSD}\"",
                                "SET (\"default.storage_medium\" = \"SSD\")",
                                "MODIFY PARTITION (*) SET (\"storage_medium\" = \"SSD\")"}),
                Arguments.of("a property only CREATE TABLE sets", DUP, "ALTER TABLE t SET (\"compression\" = \"ZSTD\")",
                        new String[] {"\"compression\" only in CREATE TABLE", "\"Unknown properties\""}),
                Arguments.of("the storage type", DUP, "ALTER TABLE t SET (\"storage_type\" = \"column\")",
                        new String[] {"\"Can't change storage type\""}),
                // the statement's own rules, for histories read without the parser's validation too
                Arguments.of("a property value", DUP, "ALTER TABLE t SET (\"replication_num\" = \"many\")",
                        new String[] {"replication_num"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void aStatementTheServerRefusesFailsWithItsLineRuleAndWayOut(String name, String history, String statement,
                                                                String[] says) {
        String script = history + statement + ";\n";
        int line = (int) history.lines().count() + 1;
        assertThatThrownBy(() -> SqlSchemaReader.read(script))
                .isInstanceOf(SqlSchemaReader.ScriptReplayException.class)
                .hasMessageStartingWith("line " + line + ": statement (")
                .message().contains(says);
    }

    /** The forms the server takes for the same changes read, with the rules every server keeps. */
    @Test
    void theFormsTheServerTakesRead() {
        assertThatCode(() -> SqlSchemaReader.read(DUP + """
                ALTER TABLE t MODIFY COLUMN v INT NULL COMMENT 'still nullable';
                ALTER TABLE t MODIFY COLUMN v BIGINT NULL;
                ALTER TABLE t MODIFY COLUMN d BIGINT NULL DEFAULT "0";
                ALTER TABLE t MODIFY COLUMN s VARCHAR(20) NULL;
                ALTER TABLE t MODIFY COLUMN k2 BIGINT KEY NOT NULL;
                ALTER TABLE t MODIFY COLUMN k COMMENT 'key';
                ALTER TABLE t ADD COLUMN n INT NOT NULL DEFAULT "0" AFTER v;
                ALTER TABLE t ADD COLUMN k3 INT KEY NOT NULL DEFAULT "0" AFTER k2;
                ALTER TABLE t SET ("default.storage_medium" = "SSD");
                ALTER TABLE t MODIFY PARTITION (*) SET ("storage_medium" = "SSD");
                ALTER TABLE t SET ("replication_num" = "1");
                ALTER TABLE t DISTRIBUTED BY HASH(k, k2) BUCKETS 8;
                ALTER TABLE t DISTRIBUTED BY RANDOM;
                """)).doesNotThrowAnyException();
        assertThatCode(() -> SqlSchemaReader.read(AGGREGATE + """
                ALTER TABLE t MODIFY COLUMN v BIGINT SUM NULL COMMENT 'sum';
                ALTER TABLE t ADD COLUMN k2 INT KEY NULL AFTER k;
                """)).doesNotThrowAnyException();
        // without an aggregate type a new column of an AGGREGATE KEY table is a key column, which the server puts
        // after the last key column when no position is given (SchemaChangeHandler.addColumnInternal)
        Table aggregate = SqlSchemaReader.read(AGGREGATE + "ALTER TABLE t ADD COLUMN k3 INT NULL;").tables().get(0);
        assertThat(aggregate.columns()).extracting(Column::name).containsExactly("k", "k3", "v");
        assertThat(aggregate.key().columns()).containsExactly("k", "k3");
        assertThatCode(() -> SqlSchemaReader.read(GENERATED + """
                ALTER TABLE t MODIFY COLUMN g BIGINT NULL AS (v + 2);
                ALTER TABLE t ADD COLUMN n INT NULL AFTER v;
                """)).doesNotThrowAnyException();
    }

    /**
     * Where servers differ and the version that changed it is not known, a statement read gets the benefit of the
     * doubt: the comment alone of any column by a full MODIFY COLUMN (StarRocks PR 75325), a longer VARCHAR for a
     * PRIMARY KEY column (PR 70747). The diff still writes only what every server takes.
     */
    @Test
    void whereServersDifferAStatementReadIsTakenAsSomeServerRunsIt() {
        assertThatCode(() -> SqlSchemaReader.read(DUP + "ALTER TABLE t MODIFY COLUMN k INT KEY NOT NULL COMMENT 'k';\n"
                + "ALTER TABLE t MODIFY COLUMN arr ARRAY<INT> NULL COMMENT 'numbers';")).doesNotThrowAnyException();
        assertThatCode(() -> SqlSchemaReader.read(PRIMARY + "ALTER TABLE t MODIFY COLUMN name VARCHAR(20) NOT NULL;"))
                .doesNotThrowAnyException();
    }

    /** Rules that came with a version apply when the target server's version is known, and only then. */
    @Test
    void versionAndRunModeRulesApplyWhenTheServerIsKnown() {
        String rename = DUP + "ALTER TABLE t RENAME COLUMN v TO w;\n";
        assertThat(read(rename, ServerRules.forReadingAnyServer()).tables().get(0).column("w")).isPresent();
        assertThat(read(rename, ServerRules.forReading(ServerVersion.parse("3.3.2"), null)).tables()).hasSize(1);
        assertThatThrownBy(() -> read(rename, ServerRules.forReading(ServerVersion.parse("3.2.11"), null)))
                .hasMessageContaining("line 5: ")
                .hasMessageContaining("StarRocks 3.2.11 has no RENAME COLUMN (it came with 3.3.2)")
                .hasMessageContaining("upgrade the server");

        String bundling = PRIMARY + "ALTER TABLE t SET (\"file_bundling\" = \"true\");\n";
        assertThatCode(() -> read(bundling, ServerRules.forReadingAnyServer())).doesNotThrowAnyException();
        assertThatCode(() -> read(bundling, ServerRules.forReading(ServerVersion.UNKNOWN, RunMode.SHARED_DATA)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> read(bundling, ServerRules.forReading(ServerVersion.UNKNOWN, RunMode.SHARED_NOTHING)))
                .hasMessageContaining("StarRocks changes \"file_bundling\" only on shared-data tables");
    }

    private static Schema read(String script, ServerRules rules) {
        SqlSchemaReader reader = SqlSchemaReader.startingFrom(Schema.empty(),
                SqlSchemaReader.Options.defaults().withServerRules(rules));
        reader.read(script, null);
        return reader.schema();
    }
}
