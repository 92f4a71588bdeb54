package org.starrocks4j.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.starrocks4j.operation.SchemaReplay;
import org.starrocks4j.operation.TableOperation;
import org.starrocks4j.rules.RunMode;
import org.starrocks4j.rules.ServerProfile;
import org.starrocks4j.rules.ServerRules;
import org.starrocks4j.schema.MaterializedView;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.schema.Refresh;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.SchemaObject;
import org.starrocks4j.schema.Table;
import org.starrocks4j.schema.View;
import org.starrocks4j.sql.DdlParser;
import org.starrocks4j.sql.DdlRenderer;

/**
 * Every column statement the diff writes, upgrade and downgrade, is one the server takes in that state; where none
 * exists the diff refuses with the rule and the way out, or says what the downgrade cannot undo. Each case states the
 * model before and after, the upgrade, the downgrade and the outcome, in both directions. The cases are issue 11's
 * (items 1, 2, 5, 6) and the refused plans of the real-server run ({@code starrocks-corpus/live/alter/}, cases 06, 08,
 * 10, 19, 34, 35), with the server's messages quoted from there and from the FE's schema-change checks.
 */
class ColumnChangeRulesTest {

    private static final DdlRenderer RENDERER = DdlRenderer.defaults();
    private static final DiffOptions V35 = DiffOptions.defaults().withServer(ServerProfile.of("3.5.9",
            RunMode.SHARED_NOTHING));

    /** A DUPLICATE KEY table like the live/alter cases', with {@code columns} between the key and the end. */
    private static Table dup(String columns) {
        return DdlParser.parseTable("CREATE TABLE t (k INT NOT NULL COMMENT 'key', " + columns
                + ") DUPLICATE KEY(k) DISTRIBUTED BY HASH(k) BUCKETS 3");
    }

    private static DiffResult diff(SchemaObject from, SchemaObject to) {
        return SchemaDiff.between(Schema.of(from), Schema.of(to));
    }

    private static List<String> up(DiffResult result) {
        return RENDERER.renderAll(result.upgrade());
    }

    private static List<String> down(DiffResult result) {
        return RENDERER.renderAll(result.downgrade());
    }

    private static void assertRoundTrip(SchemaObject from, SchemaObject to, DiffOptions options) {
        assertRoundTrip(Schema.of(from), Schema.of(to), options);
    }

    /** The upgrade replayed from its SQL reaches {@code to}; the downgrade replayed after it reaches {@code from}. */
    private static void assertRoundTrip(Schema from, Schema to, DiffOptions options) {
        DiffResult result = SchemaDiff.between(from, to, options);
        Schema upgraded = SchemaReplay.apply(from, DdlParser.parse(String.join(";\n", up(result))));
        assertThat(SchemaDiff.between(upgraded, to, options).changes()).isEmpty();
        Schema downgraded = SchemaReplay.apply(upgraded, DdlParser.parse(String.join(";\n", down(result))));
        assertThat(SchemaDiff.between(downgraded, from, options).changes()).isEmpty();
    }

    @Nested
    class Nullability {

        /** Issue 11 item 1, live/alter 06: "Can not change from nullable to non-nullable". */
        @Test
        void nullableToNotNullIsRefusedWithTheRuleAndTheWayOut() {
            Table nullable = dup("v1 INT NULL COMMENT 'v1'");
            Table notNull = dup("v1 INT NOT NULL COMMENT 'v1'");
            assertThatThrownBy(() -> diff(nullable, notNull))
                    .isInstanceOf(NonAlterableChangeException.class)
                    .hasMessageContaining("table `t`: column `v1` INT NULL COMMENT 'v1' -> INT NOT NULL COMMENT 'v1'")
                    .hasMessageContaining("\"Can not change from nullable to non-nullable\"")
                    .hasMessageContaining("NULL, or rebuild the table once no row holds NULL");
            // with rebuilds allowed, the table is rebuilt instead
            assertThat(SchemaDiff.between(Schema.of(nullable), Schema.of(notNull), DiffOptions.defaults()
                    .allowRebuild()).changes()).singleElement().satisfies(c -> assertThat(c.rebuilds()).isTrue());
        }

        /** live/alter 07 and its undo: NOT NULL -> NULL runs; the way back is refused, so the downgrade says so. */
        @Test
        void notNullToNullRunsAndItsDowngradeIsIrreversible() {
            Table notNull = dup("v1 INT NOT NULL COMMENT 'v1'");
            Table nullable = dup("v1 INT NULL COMMENT 'v1'");
            DiffResult result = diff(notNull, nullable);
            assertThat(up(result)).containsExactly("ALTER TABLE `t` MODIFY COLUMN `v1` INT NULL COMMENT 'v1'");
            assertThat(down(result)).isEmpty();
            assertThat(result.changes()).singleElement().satisfies(c -> {
                assertThat(c.flags()).contains(ChangeFlag.IRREVERSIBLE);
                assertThat(c.notUndone()).singleElement().asString().contains("table `t`: column `v1`",
                        "cannot be undone by ALTER", "Can not change from nullable to non-nullable");
            });
            assertRoundTrip(notNull, nullable, DiffOptions.defaults().allowRebuild());
        }
    }

    @Nested
    class Defaults {

        /** Issue 11 item 2, live/alter 08: adding, changing or removing a DEFAULT by MODIFY COLUMN is refused. */
        @Test
        void everyDefaultChangeIsRefusedInBothDirections() {
            Table none = dup("v1 INT NULL COMMENT 'v1'");
            Table zero = dup("v1 INT NULL DEFAULT '0' COMMENT 'v1'");
            Table one = dup("v1 INT NULL DEFAULT '1' COMMENT 'v1'");
            for (Table[] pair : new Table[][] {{none, zero}, {zero, none}, {zero, one}}) {
                assertThatThrownBy(() -> diff(pair[0], pair[1]))
                        .isInstanceOf(NonAlterableChangeException.class)
                        .hasMessageContaining("\"Can not change default value\"")
                        .hasMessageContaining("keep the DEFAULT (");
            }
            // the same default, spelled differently, is no change; a widening restates it
            assertThat(diff(zero, dup("v1 INT NULL DEFAULT \"0\" COMMENT 'v1'")).isEmpty()).isTrue();
            assertThat(up(diff(zero, dup("v1 BIGINT NULL DEFAULT '0' COMMENT 'v1'"))))
                    .containsExactly("ALTER TABLE `t` MODIFY COLUMN `v1` BIGINT NULL DEFAULT '0' COMMENT 'v1'");
        }

        /** "... without default value": an added NOT NULL column needs a DEFAULT; the downgrade of its drop too. */
        @Test
        void notNullColumnsWithoutDefaultCannotBeAddedNorAddedBack() {
            Table without = dup("v1 INT NULL");
            Table with = dup("v1 INT NULL, v2 INT NOT NULL");
            assertThatThrownBy(() -> diff(without, with)).isInstanceOf(NonAlterableChangeException.class)
                    .hasMessageContaining("new column `v2`")
                    .hasMessageContaining("give `v2` a DEFAULT, or make it nullable");
            DiffResult drop = diff(with, without);
            assertThat(up(drop)).containsExactly("ALTER TABLE `t` DROP COLUMN `v2`");
            assertThat(down(drop)).isEmpty();
            assertThat(drop.changes()).singleElement().satisfies(c -> assertThat(c.notUndone()).singleElement()
                    .asString().contains("column `v2` is dropped and the downgrade cannot add it back"));
            Table withDefault = dup("v1 INT NULL, v2 INT NOT NULL DEFAULT '7'");
            assertThat(up(diff(without, withDefault)))
                    .containsExactly("ALTER TABLE `t` ADD COLUMN `v2` INT NOT NULL DEFAULT '7'");
            assertRoundTrip(without, withDefault, DiffOptions.defaults());
        }
    }

    @Nested
    class Widening {

        /** Issue 11 item 5, live/alter 04: INT -> BIGINT runs; narrowing it back is refused. */
        @Test
        void widenedIntegerHasAnIrreversibleDowngradeOrARebuild() {
            Table narrow = dup("v1 INT NULL COMMENT 'v1'");
            Table wide = dup("v1 BIGINT NULL COMMENT 'v1'");
            DiffResult result = diff(narrow, wide);
            assertThat(up(result)).containsExactly("ALTER TABLE `t` MODIFY COLUMN `v1` BIGINT NULL COMMENT 'v1'");
            assertThat(down(result)).isEmpty();
            assertThat(result.changes()).singleElement().satisfies(c -> {
                assertThat(c.irreversible()).isTrue();
                assertThat(c.notUndone()).singleElement().asString().contains("table `t`: column `v1` INT NULL",
                        "-> BIGINT NULL", "cannot narrow an integer column (BIGINT -> INT)", "rebuild the table");
            });
            // the other direction has no statement at all
            assertThatThrownBy(() -> diff(wide, narrow)).isInstanceOf(NonAlterableChangeException.class)
                    .hasMessageContaining("cannot narrow an integer column (BIGINT -> INT)");

            // with rebuilds allowed, the downgrade rebuilds the table as it was
            DiffResult rebuilt = SchemaDiff.between(Schema.of(narrow), Schema.of(wide), DiffOptions.defaults()
                    .allowRebuild());
            assertThat(up(rebuilt)).containsExactly("ALTER TABLE `t` MODIFY COLUMN `v1` BIGINT NULL COMMENT 'v1'");
            assertThat(rebuilt.downgrade()).extracting(Object::getClass).containsExactly(
                    (Class) TableOperation.CreateTable.class, TableOperation.CopyRows.class,
                    TableOperation.SwapWith.class, TableOperation.DropTable.class);
            assertThat(rebuilt.changes()).singleElement().satisfies(c -> {
                assertThat(c.irreversible()).isFalse();
                assertThat(c.warnings()).anyMatch(w -> w.contains("table `t`: the downgrade rebuilds the table as it "
                        + "was before this change"));
            });
            assertRoundTrip(narrow, wide, DiffOptions.defaults().allowRebuild());
        }

        /**
         * live/alter 05: longer text runs and its undo is refused. BIGINT -> STRING runs, and so does its undo: the FE
         * converts VARCHAR to integers (text that does not parse becomes NULL), so the downgrade warns instead.
         */
        @Test
        void widenedTextIsIrreversibleAndIntegersAsTextConvertBackWithAWarning() {
            DiffResult varchar = diff(dup("v2 VARCHAR(10) NULL"), dup("v2 VARCHAR(20) NULL"));
            assertThat(up(varchar)).containsExactly("ALTER TABLE `t` MODIFY COLUMN `v2` VARCHAR(20) NULL");
            assertThat(varchar.changes().get(0).notUndone()).singleElement().asString()
                    .contains("\"Cannot shorten string length\"");
            DiffResult string = diff(dup("v BIGINT NULL"), dup("v STRING NULL"));
            assertThat(up(string)).containsExactly("ALTER TABLE `t` MODIFY COLUMN `v` STRING NULL");
            assertThat(down(string)).containsExactly("ALTER TABLE `t` MODIFY COLUMN `v` BIGINT NULL");
            assertThat(diff(dup("v STRING NULL"), dup("v BIGINT NULL")).changes().get(0).warnings())
                    .anyMatch(w -> w.contains("STRING -> BIGINT converts every row"));
        }

        /** live/alter 35: a DUPLICATE KEY key column is restated with KEY ("Can not change aggregation type"). */
        @Test
        void keyColumnOfADuplicateKeyTableIsRestatedWithKey() {
            Table before = DdlParser.parseTable("CREATE TABLE t (k INT NOT NULL, k2 INT NOT NULL, v INT NULL) "
                    + "DUPLICATE KEY(k, k2) DISTRIBUTED BY HASH(k) BUCKETS 3");
            Table after = DdlParser.parseTable("CREATE TABLE t (k INT NOT NULL, k2 BIGINT NOT NULL, v INT NULL) "
                    + "DUPLICATE KEY(k, k2) DISTRIBUTED BY HASH(k) BUCKETS 3");
            DiffResult result = diff(before, after);
            assertThat(up(result)).containsExactly("ALTER TABLE `t` MODIFY COLUMN `k2` BIGINT KEY NOT NULL");
            assertThat(result.changes().get(0).irreversible()).isTrue();
            assertThatThrownBy(() -> diff(after, before)).isInstanceOf(NonAlterableChangeException.class);
            assertRoundTrip(before, after, DiffOptions.defaults().allowRebuild());
        }

        /** "Can not modify distribution column[k]" and "Can not modify partition column[dt]". */
        @Test
        void distributionAndPartitionColumnsCannotBeModified() {
            assertThatThrownBy(() -> diff(dup("v INT NULL"), DdlParser.parseTable("CREATE TABLE t (k BIGINT NOT "
                    + "NULL COMMENT 'key', v INT NULL) DUPLICATE KEY(k) DISTRIBUTED BY HASH(k) BUCKETS 3")))
                    .isInstanceOf(NonAlterableChangeException.class)
                    .hasMessageContaining("\"Can not modify distribution column[k]\"");
            String partitioned = "CREATE TABLE t (k INT NOT NULL, dt %s NOT NULL, v INT) DUPLICATE KEY(k) "
                    + "PARTITION BY date_trunc('day', dt) DISTRIBUTED BY HASH(k)";
            assertThatThrownBy(() -> diff(DdlParser.parseTable(partitioned.formatted("DATE")),
                    DdlParser.parseTable(partitioned.formatted("DATETIME"))))
                    .isInstanceOf(NonAlterableChangeException.class)
                    .hasMessageContaining("\"Can not modify partition column[dt]\"");
        }

        @Test
        void columnsAGeneratedColumnReadsCannotBeModified() {
            Table before = DdlParser.parseTable("CREATE TABLE t (k INT NOT NULL, a INT, g BIGINT AS a * 2) "
                    + "DUPLICATE KEY(k)");
            Table after = DdlParser.parseTable("CREATE TABLE t (k INT NOT NULL, a BIGINT, g BIGINT AS a * 2) "
                    + "DUPLICATE KEY(k)");
            assertThatThrownBy(() -> diff(before, after)).isInstanceOf(NonAlterableChangeException.class)
                    .hasMessageContaining("because it associates with the generated column");
        }
    }

    @Nested
    class TypeConversions {

        /** Issue 11 item 6: TINYINT(1) and BOOLEAN are different types, and neither converts to the other. */
        @Test
        void tinyintAndBooleanDoNotConvert() {
            Table tinyint = dup("flag TINYINT(1) NULL");
            Table bool = dup("flag BOOLEAN NULL");
            assertThatThrownBy(() -> diff(tinyint, bool)).isInstanceOf(NonAlterableChangeException.class)
                    .hasMessageContaining("StarRocks cannot convert TINYINT to BOOLEAN");
            assertThatThrownBy(() -> diff(bool, tinyint)).isInstanceOf(NonAlterableChangeException.class)
                    .hasMessageContaining("StarRocks cannot convert BOOLEAN to TINYINT");
        }

        /** The FE's conversion matrix, one pair at a time. */
        @Test
        void theServersConversionMatrix() {
            ServerRules rules = ServerRules.of(ServerProfile.DEFAULT);
            String[][] allowed = {
                {"INT", "VARCHAR(20)"}, {"INT", "DATE"}, {"INT", "DOUBLE"}, {"SMALLINT", "LARGEINT"},
                {"DATE", "DATETIME"}, {"DATETIME", "DATE"}, {"FLOAT", "DOUBLE"}, {"VARCHAR(10)", "DECIMAL(10, 2)"},
                {"VARCHAR(10)", "INT"}, {"VARCHAR(10)", "JSON"}, {"JSON", "STRING"}, {"CHAR(5)", "VARCHAR(5)"},
                {"DECIMAL(10, 2)", "DECIMAL(12, 4)"}, {"DECIMAL(10, 2)", "VARCHAR(12)"}, {"STRING", "STRING"},
            };
            String[][] refused = {
                {"INT", "DECIMAL(10, 2)"}, {"INT", "FLOAT"}, {"DOUBLE", "FLOAT"}, {"DATETIME", "VARCHAR(30)"},
                {"VARCHAR(10)", "DATETIME"}, {"VARCHAR(10)", "CHAR(10)"}, {"DECIMAL(10, 2)", "DECIMAL(10, 3)"},
                {"DECIMAL(10, 2)", "DECIMAL(10, 1)"}, {"DECIMAL(10, 2)", "VARCHAR(11)"}, {"DECIMAL(10, 2)", "INT"},
                {"BIGINT", "INT"}, {"STRING", "VARCHAR(10)"}, {"CHAR(5)", "VARCHAR(4)"}, {"BOOLEAN", "INT"},
                {"ARRAY<INT>", "ARRAY<BIGINT>"}, {"INT", "ARRAY<INT>"}, {"DATE", "INT"},
            };
            for (String[] p : allowed) {
                assertThat(rules.typeChangeRefusal(type(p[0]), type(p[1]))).as(p[0] + " -> " + p[1]).isNull();
            }
            for (String[] p : refused) {
                assertThat(rules.typeChangeRefusal(type(p[0]), type(p[1]))).as(p[0] + " -> " + p[1]).isNotNull();
            }
        }

        private static org.starrocks4j.types.DataType type(String sql) {
            return DdlParser.parseTable("CREATE TABLE x (k INT, c " + sql + ") DUPLICATE KEY(k)").columns().get(1)
                    .type();
        }

        @Test
        void conversionsThatCanLoseValuesAreWarnedAbout() {
            DiffResult result = diff(dup("v VARCHAR(10) NULL"), dup("v INT NULL"));
            assertThat(result.changes().get(0).warnings()).anyMatch(w -> w.contains("column `v`")
                    && w.contains("values that do not convert"));
        }
    }

    @Nested
    class Comments {

        /**
         * live/alter 34: the comment of a key (and distribution) column changes with {@code MODIFY COLUMN k COMMENT}
         * ("No key column left" without KEY, "Can not modify distribution column[k]" with it).
         */
        @Test
        void aDistributionColumnsCommentChangesAlone() {
            Table before = dup("v1 INT NULL");
            Table after = DdlParser.parseTable("CREATE TABLE t (k INT NOT NULL COMMENT 'key changed', v1 INT NULL) "
                    + "DUPLICATE KEY(k) DISTRIBUTED BY HASH(k) BUCKETS 3");
            DiffResult result = diff(before, after);
            assertThat(up(result)).containsExactly("ALTER TABLE `t` MODIFY COLUMN `k` COMMENT 'key changed'");
            assertThat(down(result)).containsExactly("ALTER TABLE `t` MODIFY COLUMN `k` COMMENT 'key'");
            assertThat(up(diff(after, before))).containsExactly("ALTER TABLE `t` MODIFY COLUMN `k` COMMENT 'key'");
            // a known server older than the comment-only form has no statement for it
            assertThatThrownBy(() -> SchemaDiff.between(Schema.of(before), Schema.of(after), V35))
                    .isInstanceOf(NonAlterableChangeException.class)
                    .hasMessageContaining("\"Can not modify distribution column[k]\"");
        }

        @Test
        void aKeyColumnOutsideTheDistributionIsRestatedWithKeyOnOlderServers() {
            String sql = "CREATE TABLE t (k INT NOT NULL, k2 INT NOT NULL COMMENT '%s', v INT) DUPLICATE KEY(k, k2) "
                    + "DISTRIBUTED BY HASH(k)";
            DiffResult result = SchemaDiff.between(Schema.of(DdlParser.parseTable(sql.formatted("a"))),
                    Schema.of(DdlParser.parseTable(sql.formatted("b"))), V35);
            assertThat(up(result)).containsExactly("ALTER TABLE `t` MODIFY COLUMN `k2` INT KEY NOT NULL COMMENT 'b'");
            assertThat(down(result)).containsExactly("ALTER TABLE `t` MODIFY COLUMN `k2` INT KEY NOT NULL COMMENT 'a'");
        }
    }

    @Nested
    class Order {

        /** live/alter 10: a new column order, never planned before, is ORDER BY naming every column. */
        @Test
        void reorderedColumnsOfADuplicateKeyTable() {
            Table before = dup("v1 INT NULL, v2 VARCHAR(10) NULL, v3 DECIMAL(10, 2) NULL");
            Table after = dup("v2 VARCHAR(10) NULL, v1 INT NULL, v3 DECIMAL(10, 2) NULL");
            DiffResult result = diff(before, after);
            assertThat(up(result)).containsExactly("ALTER TABLE `t` ORDER BY (`k`, `v2`, `v1`, `v3`)");
            assertThat(down(result)).containsExactly("ALTER TABLE `t` ORDER BY (`k`, `v1`, `v2`, `v3`)");
            assertThat(result.changes()).singleElement().satisfies(c ->
                    assertThat(c.flags()).contains(ChangeFlag.ASYNC_JOB));
            assertRoundTrip(before, after, DiffOptions.defaults());
            assertRoundTrip(after, before, DiffOptions.defaults());
        }

        @Test
        void reorderAfterAddsAndDrops() {
            Table before = dup("v1 INT NULL, v2 INT NULL, v3 INT NULL");
            Table after = dup("v3 INT NULL, n INT NULL, v1 INT NULL");
            DiffResult result = diff(before, after);
            assertThat(up(result)).containsExactly(
                    "ALTER TABLE `t`\n  ADD COLUMN `n` INT NULL AFTER `v3`,\n  DROP COLUMN `v2`",
                    "ALTER TABLE `t` ORDER BY (`k`, `v3`, `n`, `v1`)");
            assertRoundTrip(before, after, DiffOptions.defaults());
        }

        /** PRIMARY KEY tables read ORDER BY as the sort key: value columns move by MODIFY COLUMN ... AFTER. */
        @Test
        void primaryKeyTablesMoveValueColumnsOneByOne() {
            String sql = "CREATE TABLE t (k INT NOT NULL, %s) PRIMARY KEY(k) DISTRIBUTED BY HASH(k)";
            Table before = DdlParser.parseTable(sql.formatted("a INT, b VARCHAR(5), c INT"));
            Table after = DdlParser.parseTable(sql.formatted("c INT, a INT, b VARCHAR(5)"));
            DiffResult result = diff(before, after);
            assertThat(up(result)).containsExactly("ALTER TABLE `t` MODIFY COLUMN `c` INT NULL AFTER `k`");
            assertThat(down(result)).containsExactly("ALTER TABLE `t`\n"
                    + "  MODIFY COLUMN `a` INT NULL AFTER `k`,\n  MODIFY COLUMN `b` VARCHAR(5) NULL AFTER `a`");
            assertRoundTrip(before, after, DiffOptions.defaults());
        }

        /** A table without a stated key has the server's (here `k`, `s`); a model cannot state it, but can move it. */
        @Test
        void keyColumnsStayFirst() {
            assertThatThrownBy(() -> diff(DdlParser.parseTable("CREATE TABLE t (k INT, s VARCHAR(10), d DOUBLE)"),
                    DdlParser.parseTable("CREATE TABLE t (k INT, d DOUBLE, s VARCHAR(10))")))
                    .isInstanceOf(NonAlterableChangeException.class)
                    .hasMessageContaining("\"Invalid column order. value should be after key. index[t]\"");
        }

        /**
         * ADD GENERATED COLUMN takes no position ("AFTER can not be set when ADD GENERATED COLUMN"): a generated
         * column that must land before another is a rebuild, and the undo of dropping one is a rebuild downgrade
         * (SqlScriptRoundTripTest "unrelated" seed 4530). The rebuild copies the ordinary columns only.
         */
        @Test
        void aGeneratedColumnIsOnlyEverAddedLast() {
            Table three = dup("v INT NULL, g INT NULL AS v + 1, h INT NULL AS v + 2");
            Table two = dup("v INT NULL, h INT NULL AS v + 2");
            assertThatThrownBy(() -> diff(two, three)).isInstanceOf(NonAlterableChangeException.class)
                    .hasMessageContaining("new column `g`").hasMessageContaining("AFTER can not be set when ADD "
                            + "GENERATED COLUMN");
            DiffResult dropped = diff(three, two);
            assertThat(up(dropped)).containsExactly("ALTER TABLE `t` DROP COLUMN `g`");
            assertThat(dropped.changes()).singleElement().satisfies(c -> assertThat(c.notUndone()).singleElement()
                    .asString().contains("column `g` is dropped and the downgrade cannot add it back in its place"));
            DiffResult rebuilt = SchemaDiff.between(Schema.of(two), Schema.of(three), DiffOptions.defaults()
                    .allowRebuild());
            assertThat(rebuilt.upgrade()).contains(new TableOperation.CopyRows(ObjectName.of("t__starrocks4j_rebuild"),
                    ObjectName.of("t"), List.of("k", "v")));
            assertRoundTrip(two, three, DiffOptions.defaults().allowRebuild());
            assertRoundTrip(three, two, DiffOptions.defaults().allowRebuild());
            // appended last, a generated column is an ordinary ADD COLUMN both ways
            assertThat(up(diff(dup("v INT NULL"), dup("v INT NULL, g INT NULL AS v + 1"))))
                    .containsExactly("ALTER TABLE `t` ADD COLUMN `g` INT NULL AS v + 1");
        }

        /** A rebuild into a table with no column in common copies nothing, rather than INSERT ... SELECT *. */
        @Test
        void aRebuildWithNoColumnInCommonCopiesNoRows() {
            Table before = DdlParser.parseTable("CREATE TABLE t (a INT) DUPLICATE KEY(a)");
            Table after = DdlParser.parseTable("CREATE TABLE t (b INT) PRIMARY KEY(b)");
            DiffResult rebuilt = SchemaDiff.between(Schema.of(before), Schema.of(after), DiffOptions.defaults()
                    .allowRebuild());
            assertThat(rebuilt.upgrade()).noneMatch(TableOperation.CopyRows.class::isInstance);
            assertThat(rebuilt.changes()).singleElement().satisfies(c -> assertThat(c.warnings())
                    .anyMatch(w -> w.contains("the values of column(s) a are not copied and are lost")));
            assertRoundTrip(before, after, DiffOptions.defaults().allowRebuild());
        }
    }

    @Nested
    class Renames {

        /** live/alter 19: without a declared rename, a drop and an add of the same type get a hint. */
        @Test
        void anUndeclaredRenameIsADropAndAnAddWithAHint() {
            DiffResult result = diff(dup("v1 INT NULL COMMENT 'v1'"), dup("v1_new INT NULL COMMENT 'v1'"));
            assertThat(up(result)).containsExactly(
                    "ALTER TABLE `t`\n  ADD COLUMN `v1_new` INT NULL COMMENT 'v1',\n  DROP COLUMN `v1`");
            assertThat(result.warnings()).singleElement().asString().contains(
                    "table `t`: column `v1` is dropped and `v1_new` of the same type (INT) is added",
                    ".renamedFrom(\"v1\")", "@StarRocksColumn(renamedFrom = \"v1\")");
        }

        @Test
        void aDeclaredRenameIsRenameColumn() {
            Table before = dup("v1 INT NULL COMMENT 'v1', v2 INT NULL");
            Table after = before.toBuilder().columns(List.of(before.columns().get(0),
                    before.columns().get(1).toBuilder().name("v1_new").renamedFrom("v1").build(),
                    before.columns().get(2))).build();
            DiffResult result = diff(before, after);
            assertThat(up(result)).containsExactly("ALTER TABLE `t` RENAME COLUMN `v1` TO `v1_new`");
            assertThat(down(result)).containsExactly("ALTER TABLE `t` RENAME COLUMN `v1_new` TO `v1`");
            assertThat(result.warnings()).isEmpty();
            assertRoundTrip(before, after, DiffOptions.defaults());
            // once applied, the hint is no change; a server without RENAME COLUMN refuses it
            assertThat(diff(after, after).isEmpty()).isTrue();
            assertThatThrownBy(() -> SchemaDiff.between(Schema.of(before), Schema.of(after),
                    DiffOptions.defaults().withServer(ServerProfile.of("3.2.11", RunMode.SHARED_NOTHING))))
                    .isInstanceOf(NonAlterableChangeException.class).hasMessageContaining("has no RENAME COLUMN");
        }

        @Test
        void aRenamedKeyColumnIsRenamedInTheKeyAndTheLayoutAndThenWidened() {
            Table before = DdlParser.parseTable("CREATE TABLE t (id INT NOT NULL, v INT) DUPLICATE KEY(id) "
                    + "DISTRIBUTED BY HASH(id)");
            Table after = DdlParser.parseTable("CREATE TABLE t (user_id INT NOT NULL, v BIGINT) "
                    + "DUPLICATE KEY(user_id) DISTRIBUTED BY HASH(user_id)");
            after = after.toBuilder().columns(List.of(after.columns().get(0).toBuilder().renamedFrom("id").build(),
                    after.columns().get(1))).build();
            DiffResult result = SchemaDiff.between(Schema.of(before), Schema.of(after),
                    DiffOptions.defaults().allowRebuild());
            assertThat(up(result)).containsExactly("ALTER TABLE `t` RENAME COLUMN `id` TO `user_id`",
                    "ALTER TABLE `t` MODIFY COLUMN `v` BIGINT NULL");
            assertRoundTrip(before, after, DiffOptions.defaults().allowRebuild());
        }

        @Test
        void aHintThatNamesNothingIsReported() {
            Table before = dup("v1 INT NULL");
            Table after = before.toBuilder().columns(List.of(before.columns().get(0), before.columns().get(1),
                    org.starrocks4j.schema.Column.builder("v9", org.starrocks4j.types.Types.INT).renamedFrom("gone")
                            .build())).build();
            assertThat(diff(before, after).warnings()).singleElement().asString()
                    .contains("column `v9` says it was renamed from `gone`, which the table does not have");
        }
    }

    @Nested
    class DependentObjects {

        private final MaterializedView mv = MaterializedView.builder("mv").refresh(Refresh.manual())
                .as("SELECT k, sum(v1) AS s FROM t GROUP BY k").build();

        /** Asynchronous MVs reading a restated column turn inactive; the change re-activates them, both ways. */
        @Test
        void materializedViewsReadingAModifiedColumnAreReactivated() {
            DiffResult result = SchemaDiff.between(Schema.of(dup("v1 INT NULL COMMENT 'a'"), mv),
                    Schema.of(dup("v1 INT NULL COMMENT 'b'"), mv), V35);
            assertThat(up(result)).containsExactly("ALTER TABLE `t` MODIFY COLUMN `v1` INT NULL COMMENT 'b'",
                    "ALTER MATERIALIZED VIEW `mv` ACTIVE");
            assertThat(down(result)).containsExactly("ALTER TABLE `t` MODIFY COLUMN `v1` INT NULL COMMENT 'a'",
                    "ALTER MATERIALIZED VIEW `mv` ACTIVE");
            assertThat(result.changes().get(0).warnings()).anyMatch(w -> w.contains("materialized view `mv`")
                    && w.contains("inactive"));
            DiffResult nullable = SchemaDiff.between(Schema.of(dup("v1 INT NOT NULL"), mv),
                    Schema.of(dup("v1 INT NULL"), mv));
            assertThat(down(nullable)).isEmpty();
            assertThat(up(nullable)).containsExactly("ALTER TABLE `t` MODIFY COLUMN `v1` INT NULL",
                    "ALTER MATERIALIZED VIEW `mv` ACTIVE");
        }

        /**
         * A view whose query stops reading a dropped column is dropped before the column and created after it, so
         * that the downgrade creates the old query again once the column is back.
         */
        @Test
        void aViewThatStopsReadingADroppedColumnMakesWayForIt() {
            Table before = dup("v1 INT NULL, v2 INT NULL");
            Table after = dup("v1 INT NULL");
            View old = View.builder("v").as("SELECT k, v2 FROM t").build();
            View changed = View.builder("v").as("SELECT k FROM t").build();
            DiffResult result = SchemaDiff.between(Schema.of(before, old), Schema.of(after, changed));
            assertThat(up(result)).containsExactly("DROP VIEW `v`", "ALTER TABLE `t` DROP COLUMN `v2`",
                    "CREATE VIEW `v`\nAS SELECT k FROM t");
            assertThat(down(result)).containsExactly("DROP VIEW `v`", "ALTER TABLE `t` ADD COLUMN `v2` INT NULL",
                    "CREATE VIEW `v`\nAS SELECT k, v2 FROM t");
            assertRoundTrip(Schema.of(before, old), Schema.of(after, changed), DiffOptions.defaults());
        }

        @Test
        void anObjectThatKeepsReadingADroppedColumnIsReported() {
            View reads = View.builder("v").as("SELECT k, v2 FROM t").build();
            DiffResult result = SchemaDiff.between(Schema.of(dup("v1 INT NULL, v2 INT NULL"), reads),
                    Schema.of(dup("v1 INT NULL"), reads));
            assertThat(result.warnings()).anyMatch(w -> w.contains("view `v` reads `t`.`v2`, which the model drops"));
        }
    }
}
