package org.starrocks4j.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.starrocks4j.operation.ReplayException;
import org.starrocks4j.operation.SchemaReplay;
import org.starrocks4j.rules.ServerProfile;
import org.starrocks4j.schema.Index;
import org.starrocks4j.schema.IndexType;
import org.starrocks4j.schema.InvalidModelException;
import org.starrocks4j.schema.MaterializedView;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.sql.DdlParser;
import org.starrocks4j.sql.DdlRenderer;

/**
 * Indexes on materialized views, end to end. The server prints them after the columns of the MV's column list
 * ({@code show_create/mv/003.sql} and {@code 018.sql} of the corpus, copied below) and adds or drops them with
 * {@code CREATE INDEX ... ON mv} / {@code DROP INDEX ... ON mv} (StarRocks' test {@code test_mv_with_index}).
 */
class MaterializedViewIndexTest {

    /** {@code show_create/mv/003.sql}: what a 2025-12 server printed for an MV after two CREATE INDEX. */
    static final String PRINTED = """
            CREATE MATERIALIZED VIEW `test_mv1` (`c0`, `c1`, `c2`, `c3`,
              INDEX idx1 (`c0`) USING BITMAP COMMENT 'bitmap index on c0',
              INDEX idx2 (`c1`) USING BITMAP COMMENT 'bitmap index on c1')
            DISTRIBUTED BY HASH(`c0`, `c1`)
            REFRESH MANUAL
            PROPERTIES (
            "replicated_storage" = "true",
            "replication_num" = "1",
            "storage_medium" = "HDD"
            )
            AS SELECT * from t1;""";

    private static final DdlRenderer RENDERER = DdlRenderer.defaults();

    private static MaterializedView base() {
        return MaterializedView.builder("test_mv1").column("c0").column("c1").column("c2").column("c3")
                .as("SELECT * from t1").build();
    }

    @Test
    void theServersOutputParsesRendersAndParsesBack() {
        MaterializedView mv = DdlParser.parseMaterializedView(PRINTED);

        assertThat(mv.indexes()).containsExactly(
                new Index("idx1", List.of("c0"), IndexType.BITMAP, Map.of(), "bitmap index on c0"),
                new Index("idx2", List.of("c1"), IndexType.BITMAP, Map.of(), "bitmap index on c1"));
        String rendered = RENDERER.create(mv);
        assertThat(rendered).startsWith("""
                CREATE MATERIALIZED VIEW `test_mv1` (
                  `c0`,
                  `c1`,
                  `c2`,
                  `c3`,
                  INDEX `idx1` (`c0`) USING BITMAP COMMENT 'bitmap index on c0',
                  INDEX `idx2` (`c1`) USING BITMAP COMMENT 'bitmap index on c1'
                )""");
        assertThat(DdlParser.parseMaterializedView(rendered)).isEqualTo(mv);
    }

    @Test
    void indexesNeedTheColumnListAndNameItsColumns() {
        assertThatThrownBy(() -> MaterializedView.builder("mv").index(Index.of("i", IndexType.BITMAP, "c0"))
                .as("SELECT c0 FROM t").build())
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("materialized view mv has indexes but no column list");
        assertThatThrownBy(() -> base().toBuilder().index(Index.of("i", IndexType.BITMAP, "nope")).build())
                .hasMessageContaining("index 'i' names column 'nope', which is not in the column list");
        assertThatThrownBy(() -> base().toBuilder().index(Index.of("i", IndexType.BITMAP, "c0"))
                .index(Index.of("I", IndexType.BITMAP, "c1")).build())
                .hasMessageContaining("index 'I' is declared twice");
        assertThatThrownBy(() -> DdlParser.parseMaterializedView(
                "CREATE MATERIALIZED VIEW mv (a, INDEX i (a) USING BITMAP, b) AS SELECT a, b FROM t"))
                .hasMessageContaining("the columns come before the indexes");
    }

    @Test
    void theDiffCreatesAndDropsIndexesOnTheMaterializedView() {
        MaterializedView from = base().toBuilder()
                .index(new Index("idx1", List.of("c0"), IndexType.BITMAP, Map.of(), "bitmap index on c0"))
                .index(Index.of("idx2", IndexType.BITMAP, "c1")).build();
        MaterializedView to = base().toBuilder()
                .index(new Index("idx2", List.of("c1"), IndexType.BITMAP, Map.of(), "now commented"))
                .index(Index.of("idx3", IndexType.BITMAP, "c2")).build();
        DiffResult diff = SchemaDiff.between(Schema.of(from), Schema.of(to));

        assertThat(RENDERER.renderAll(diff.upgrade())).containsExactly(
                "DROP INDEX `idx1` ON `test_mv1`",
                "DROP INDEX `idx2` ON `test_mv1`",
                "CREATE INDEX `idx2` ON `test_mv1` (`c1`) USING BITMAP COMMENT 'now commented'",
                "CREATE INDEX `idx3` ON `test_mv1` (`c2`) USING BITMAP");
        assertThat(diff.changes()).allSatisfy(c -> {
            assertThat(c.recreates()).isFalse();
            assertThat(c.flags()).contains(ChangeFlag.ASYNC_JOB);
        });
        // the statements, read back by the parser and replayed, turn one into the other, both ways
        Schema upgraded = SchemaReplay.apply(Schema.of(from),
                DdlParser.parse(String.join(";\n", RENDERER.renderAll(diff.upgrade()))));
        assertThat(upgraded.materializedViews()).containsExactly(to);
        Schema downgraded = SchemaReplay.apply(upgraded,
                DdlParser.parse(String.join(";\n", RENDERER.renderAll(diff.downgrade()))));
        assertThat(SchemaDiff.between(downgraded, Schema.of(from)).changes()).isEmpty();
    }

    @Test
    void aDefinitionChangeRecreatesTheViewWithItsIndexes() {
        MaterializedView from = base().toBuilder().index(Index.of("idx1", IndexType.BITMAP, "c0")).build();
        MaterializedView to = from.toBuilder().as("SELECT * FROM t2").build();
        List<String> sql = RENDERER.renderAll(SchemaDiff.between(Schema.of(from), Schema.of(to)).upgrade());
        assertThat(sql).hasSize(2);
        assertThat(sql.get(1)).contains("INDEX `idx1` (`c0`) USING BITMAP").endsWith("AS SELECT * FROM t2");
    }

    @Test
    void replayingTheUpstreamTestGivesWhatTheServerPrinted() {
        // test_mv_with_index: the MV, then CREATE INDEX twice; the server then printed PRINTED
        String script = """
                CREATE MATERIALIZED VIEW test_mv1 (c0, c1, c2, c3)
                DISTRIBUTED BY hash(c0, c1)
                REFRESH MANUAL
                PROPERTIES ("replication_num" = "1")
                AS SELECT * from t1;
                CREATE INDEX idx1 ON test_mv1(c0) USING BITMAP COMMENT 'bitmap index on c0';
                CREATE INDEX idx2 ON test_mv1(c1) USING BITMAP COMMENT 'bitmap index on c1';
                """;
        Schema replayed = SchemaReplay.apply(Schema.of(), DdlParser.parse(script));
        Schema printed = Schema.of(DdlParser.parseMaterializedView(PRINTED));
        ServerNormalizer normalizer = new ServerNormalizer(ServerProfile.DEFAULT);
        assertThat(SchemaDiff.between(normalizer.normalize(replayed), normalizer.normalize(printed)).changes())
                .isEmpty();

    }

    /**
     * The upstream test creates the MV without a column list, and the server takes CREATE INDEX on it all the same
     * (fuzz seed 6038: the replay refused it, "its index cannot be recorded"). The replay records the index; a column
     * list, where there is one, still has to hold the index's columns.
     */
    @Test
    void anIndexOnAnMvCreatedWithoutAColumnListIsRecorded() {
        Schema replayed = SchemaReplay.apply(Schema.of(), DdlParser.parse("""
                CREATE MATERIALIZED VIEW test_mv1 DISTRIBUTED BY hash(c0, c1) REFRESH MANUAL
                PROPERTIES ("replication_num" = "1") AS SELECT * from t1;
                CREATE INDEX idx1 ON test_mv1(c0) USING BITMAP COMMENT 'bitmap index on c0';
                CREATE INDEX idx2 ON test_mv1(c1) USING BITMAP COMMENT 'bitmap index on c1';
                """));
        assertThat(((MaterializedView) replayed.objects().get(0)).indexes()).extracting(Index::name)
                .containsExactly("idx1", "idx2");
        Schema printed = Schema.of(DdlParser.parseMaterializedView(PRINTED));
        ServerNormalizer normalizer = new ServerNormalizer(ServerProfile.DEFAULT);
        assertThat(SchemaDiff.between(normalizer.normalize(replayed), normalizer.normalize(printed)).changes())
                .isEmpty();

        assertThatThrownBy(() -> SchemaReplay.apply(Schema.of(), DdlParser.parse(
                "CREATE MATERIALIZED VIEW mv (c0) REFRESH MANUAL AS SELECT c0 FROM t1; CREATE INDEX i ON mv (c9)")))
                .isInstanceOf(ReplayException.class)
                .hasMessageContaining("has no column `c9` for index `i`");
    }
}
