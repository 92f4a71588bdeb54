package org.starrocks4j.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.starrocks4j.operation.ColumnClause;
import org.starrocks4j.operation.SchemaReplay;
import org.starrocks4j.operation.TableOperation;
import org.starrocks4j.schema.Column;
import org.starrocks4j.schema.KeyType;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.Table;
import org.starrocks4j.schema.TableKey;
import org.starrocks4j.sql.DdlParser;
import org.starrocks4j.sql.DdlRenderer;
import org.starrocks4j.types.Types;

/**
 * A change of a column's comment alone: {@code MODIFY COLUMN c COMMENT '...'} on servers that take it (the corpus
 * shows 4.x servers accepting {@code alter table t modify column k comment 'k'}, even on a PRIMARY KEY column), a
 * full MODIFY COLUMN elsewhere.
 */
class ColumnCommentDiffTest {

    private static final DdlRenderer RENDERER = DdlRenderer.defaults();
    private static final DiffOptions V4 = DiffOptions.defaults().withServer(ServerProfile.of("4.0.2", RunMode.SHARED_NOTHING));

    private static Table table(String kComment, String vComment) {
        return Table.builder("t")
                .column("k", Types.INT, c -> c.notNull().comment(kComment))
                .column("v", Types.INT, c -> c.comment(vComment))
                .key(new TableKey(KeyType.PRIMARY, List.of("k")))
                .build();
    }

    @Test
    void onlyCommentsChangedGivesOneCommentStatementPerColumnWithoutAJob() {
        Table from = table(null, "old");
        Table to = table("k", "v");
        DiffResult diff = SchemaDiff.between(Schema.of(from), Schema.of(to), V4);

        assertThat(RENDERER.renderAll(diff.upgrade())).containsExactly(
                "ALTER TABLE `t` MODIFY COLUMN `k` COMMENT 'k'",
                "ALTER TABLE `t` MODIFY COLUMN `v` COMMENT 'v'");
        assertThat(RENDERER.renderAll(diff.downgrade())).containsExactly(
                "ALTER TABLE `t` MODIFY COLUMN `v` COMMENT 'old'",
                "ALTER TABLE `t` MODIFY COLUMN `k` COMMENT ''");
        assertThat(diff.changes()).singleElement().satisfies(c -> {
            assertThat(c.flags()).doesNotContain(ChangeFlag.ASYNC_JOB);
            assertThat(c.description()).contains("set comment of column `k`");
        });
        // replaying the statements gives the target, and the reverse gives the source back
        Schema applied = SchemaReplay.apply(Schema.of(from), DdlParser.parse(String.join(";\n",
                RENDERER.renderAll(diff.upgrade()))));
        assertThat(SchemaDiff.between(applied, Schema.of(to), V4).changes()).isEmpty();
        Schema undone = SchemaReplay.apply(applied, diff.downgrade());
        assertThat(SchemaDiff.between(undone, Schema.of(from), V4).changes()).isEmpty();
    }

    @Test
    void aCommentChangedWithTheTypeStaysInTheFullModify() {
        Table from = Table.builder("t").column("c", Types.SMALLINT, c -> c.comment("a")).build();
        Table to = Table.builder("t").column("c", Types.INT, c -> c.comment("b")).build();
        assertThat(RENDERER.renderAll(SchemaDiff.between(Schema.of(from), Schema.of(to), V4).upgrade()))
                .containsExactly("ALTER TABLE `t` MODIFY COLUMN `c` INT NULL COMMENT 'b'");
    }

    @Test
    void unknownOrOlderServersGetTheFullModify() {
        Table from = Table.builder("t").column("c", Types.INT).build();
        Table to = Table.builder("t").column("c", Types.INT, c -> c.comment("new")).build();
        assertThat(RENDERER.renderAll(SchemaDiff.between(Schema.of(from), Schema.of(to)).upgrade()))
                .containsExactly("ALTER TABLE `t` MODIFY COLUMN `c` INT NULL COMMENT 'new'");
        DiffOptions v35 = DiffOptions.defaults().withServer(ServerProfile.of("3.5.9", RunMode.SHARED_NOTHING));
        assertThat(RENDERER.renderAll(SchemaDiff.between(Schema.of(from), Schema.of(to), v35).upgrade()))
                .containsExactly("ALTER TABLE `t` MODIFY COLUMN `c` INT NULL COMMENT 'new'");
    }

    @Test
    void theParserReadsTheCommentOnlyClauseAsTheServerAcceptsIt() {
        assertThat(DdlParser.parseStatement("alter table t modify column k comment 'k'")).isEqualTo(
                new TableOperation.AlterColumns(org.starrocks4j.schema.ObjectName.of("t"),
                        List.of(new ColumnClause.Comment("k", "k"))));
        Table t = Table.builder("t").column("k", Types.INT, Column.Builder::notNull).build();
        Schema after = SchemaReplay.apply(Schema.of(t), DdlParser.parse("ALTER TABLE t MODIFY COLUMN K COMMENT 'key'"));
        assertThat(after.tables().get(0).columns().get(0).comment()).isEqualTo("key");
    }
}
