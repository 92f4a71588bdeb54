package org.starrocks4j.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.sql.DdlRenderer;

/** Properties of the diff over random edit sequences that need no SQL round trip. */
class RandomEditsDiffTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void alterableEditsDiffWithoutRebuildAndEachSideAgainstItselfIsEmpty(long seed) {
        RandomEdits edits = new RandomEdits(seed, false);
        Schema from = edits.edit(edits.base(), 3);
        Schema to = edits.edit(from, 1 + (int) (seed % 6));
        assertThat(SchemaDiff.between(from, from).isEmpty()).isTrue();
        assertThat(SchemaDiff.between(to, to).isEmpty()).isTrue();
        DiffResult forward = SchemaDiff.between(from, to);
        DiffResult backward = SchemaDiff.between(to, from);
        assertThat(forward.changes()).allSatisfy(c -> assertThat(c.rebuilds()).isFalse());
        assertThat(forward.isEmpty()).isEqualTo(backward.isEmpty());
        // every change can be undone, or says what its downgrade leaves out (and then carries the flag)
        assertThat(forward.changes()).allSatisfy(c -> {
            assertThat(c.downgrade().isEmpty() ? c.notUndone() : c.downgrade()).isNotEmpty();
            assertThat(c.flags().contains(ChangeFlag.IRREVERSIBLE)).isEqualTo(!c.notUndone().isEmpty());
        });
    }

    /** The round-trip tests' seeds (1..40) reach renames and reorders, not only adds, drops and modifies. */
    @Test
    void theAlterableSeedsCoverRenamesAndReorders() {
        List<String> sql = new ArrayList<>();
        for (long seed = 1; seed <= 40; seed++) {
            RandomEdits edits = new RandomEdits(seed, false);
            Schema from = edits.edit(edits.base(), 3);
            Schema to = edits.edit(from, 1 + (int) (seed % 8));
            sql.addAll(DdlRenderer.defaults().renderAll(SchemaDiff.between(from, to, DiffOptions.defaults()
                    .allowRebuild()).upgrade()));
        }
        assertThat(sql).anyMatch(s -> s.contains("RENAME COLUMN"));
        assertThat(sql).anyMatch(s -> s.matches("(?s).*MODIFY COLUMN .* AFTER .*|.*ORDER BY \\(`id`, `dt`, .*"));
    }

    @ParameterizedTest
    @ValueSource(longs = {101, 102, 103, 104, 105, 106, 107, 108, 109, 110})
    void nonAlterableEditsBecomeRebuildsWhenAllowed(long seed) {
        RandomEdits edits = new RandomEdits(seed, true);
        Schema from = edits.base();
        Schema to = edits.edit(from, 8);
        DiffResult result = SchemaDiff.between(from, to, DiffOptions.defaults().allowRebuild());
        assertThat(result.changes()).filteredOn(Change::rebuilds)
                .allSatisfy(c -> assertThat(c.flags()).contains(ChangeFlag.DESTRUCTIVE));
    }
}
