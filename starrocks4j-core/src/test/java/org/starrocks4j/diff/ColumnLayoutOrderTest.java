package org.starrocks4j.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.starrocks4j.operation.SchemaReplay;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.Table;
import org.starrocks4j.sql.DdlRenderer;
import org.starrocks4j.types.Types;

/**
 * A new sort key that names a new column, replacing one that is dropped: the column is added, the sort key changed,
 * and only then the old sort column dropped (StarRocks refuses to drop a column the table is sorted by).
 */
class ColumnLayoutOrderTest {

    @Test
    void addThenReSortThenDrop() {
        Table from = Table.builder("t").column("k", Types.INT).column("old", Types.INT).orderBy("old").build();
        Table to = Table.builder("t").column("k", Types.INT).column("fresh", Types.INT).orderBy("fresh").build();
        DiffResult diff = SchemaDiff.between(Schema.of(from), Schema.of(to));

        assertThat(DdlRenderer.defaults().renderAll(diff.upgrade())).containsExactly(
                "ALTER TABLE `t` ADD COLUMN `fresh` INT",
                "ALTER TABLE `t` ORDER BY (`fresh`)",
                "ALTER TABLE `t` DROP COLUMN `old`");
        Schema upgraded = SchemaReplay.apply(Schema.of(from), diff.upgrade());
        assertThat(SchemaDiff.between(upgraded, Schema.of(to)).changes()).isEmpty();
        assertThat(SchemaDiff.between(SchemaReplay.apply(upgraded, diff.downgrade()), Schema.of(from)).changes())
                .isEmpty();
    }
}
