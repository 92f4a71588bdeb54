package org.starrocks4j.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.starrocks4j.schema.MaterializedView;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.Table;
import org.starrocks4j.sql.DdlRenderer;
import org.starrocks4j.types.Types;

/**
 * {@code "bloom_filter_columns" = ""} is the server's "no bloom filter" (corpus {@code accepted/alter/0516.sql}:
 * {@code ALTER MATERIALIZED VIEW test_mv1 SET ("bloom_filter_columns" = "")}), so adding a bloom filter has a
 * downgrade, and an empty value equals none.
 */
class BloomFilterDefaultTest {

    private static final DdlRenderer RENDERER = DdlRenderer.defaults();

    @Test
    void addingABloomFilterIsUndoneBySettingItEmpty() {
        Table from = Table.builder("t").column("c1", Types.INT).column("c2", Types.INT).build();
        Table to = from.toBuilder().property("bloom_filter_columns", "c1").build();
        DiffResult diff = SchemaDiff.between(Schema.of(from), Schema.of(to));
        assertThat(RENDERER.renderAll(diff.upgrade()))
                .containsExactly("ALTER TABLE `t` SET (\"bloom_filter_columns\" = \"c1\")");
        assertThat(RENDERER.renderAll(diff.downgrade()))
                .containsExactly("ALTER TABLE `t` SET (\"bloom_filter_columns\" = \"\")");

        MaterializedView mv = MaterializedView.builder("test_mv1").as("SELECT * FROM t1").build();
        MaterializedView bloom = mv.toBuilder().property("bloom_filter_columns", "c1, c2").build();
        assertThat(RENDERER.renderAll(SchemaDiff.between(Schema.of(mv), Schema.of(bloom)).downgrade()))
                .containsExactly("ALTER MATERIALIZED VIEW `test_mv1` SET (\"bloom_filter_columns\" = \"\")");
    }

    @Test
    void anEmptyBloomFilterListEqualsNone() {
        Table none = Table.builder("t").column("c1", Types.INT).build();
        Table empty = none.toBuilder().property("bloom_filter_columns", "").build();
        assertThat(SchemaDiff.between(Schema.of(none), Schema.of(empty)).changes()).isEmpty();
        assertThat(SchemaDiff.between(Schema.of(empty), Schema.of(none)).changes()).isEmpty();
    }
}
