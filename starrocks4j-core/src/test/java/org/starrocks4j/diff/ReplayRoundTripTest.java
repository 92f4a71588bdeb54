package org.starrocks4j.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.starrocks4j.operation.SchemaReplay;
import org.starrocks4j.schema.Schema;

/**
 * Round trips of the diff through replay, over random edit sequences: the upgrade statements applied to
 * {@code from} give a schema that diffs empty against {@code to}, and the downgrade statements applied to that
 * give one that diffs empty against {@code from}. Rebuilds are allowed, so that downgrades StarRocks cannot make
 * by ALTER (narrowing a widened column back) are complete too.
 */
class ReplayRoundTripTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25,
            26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40})
    void alterableEditsRoundTrip(long seed) {
        RandomEdits edits = new RandomEdits(seed, false);
        Schema from = edits.edit(edits.base(), 3);
        Schema to = edits.edit(from, 1 + (int) (seed % 8));
        assertRoundTrip(from, to, DiffOptions.defaults().allowRebuild());
        // the edits are alterable: no table is rebuilt on the way up, and with rebuilds allowed every downgrade is
        // complete (a widening StarRocks cannot narrow back gets a downgrade that rebuilds the table)
        assertThat(SchemaDiff.between(from, to, DiffOptions.defaults().allowRebuild()).changes()).allSatisfy(c -> {
            assertThat(c.rebuilds()).isFalse();
            assertThat(c.irreversible()).isFalse();
        });
    }

    @ParameterizedTest
    @ValueSource(longs = {101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115})
    void rebuildsRoundTrip(long seed) {
        RandomEdits edits = new RandomEdits(seed, true);
        Schema from = edits.base();
        Schema to = edits.edit(from, 8);
        assertRoundTrip(from, to, DiffOptions.defaults().allowRebuild());
    }

    static void assertRoundTrip(Schema from, Schema to, DiffOptions options) {
        DiffResult diff = SchemaDiff.between(from, to, options);
        Schema upgraded = SchemaReplay.apply(from, diff.upgrade());
        assertThat(SchemaDiff.between(upgraded, to, options).changes())
                .as("changes left after the upgrade of %s", diff.changes()).isEmpty();
        Schema downgraded = SchemaReplay.apply(upgraded, diff.downgrade());
        assertThat(SchemaDiff.between(downgraded, from, options).changes())
                .as("changes left after the downgrade of %s", diff.changes()).isEmpty();
    }
}
