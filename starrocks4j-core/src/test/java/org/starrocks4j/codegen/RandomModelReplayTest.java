package org.starrocks4j.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.starrocks4j.diff.DiffOptions;
import org.starrocks4j.diff.DiffResult;
import org.starrocks4j.diff.SchemaDiff;
import org.starrocks4j.diff.ServerNormalizer;
import org.starrocks4j.operation.SchemaReplay;
import org.starrocks4j.rules.ServerProfile;
import org.starrocks4j.schema.Schema;

/**
 * Between two random schemas full of awkward names (some objects share a name, most do not), the diff's upgrade
 * replayed onto the first gives the second, and its downgrade replayed back gives the first.
 */
class RandomModelReplayTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void replayingTheDiffReachesTheTarget(long seed) {
        Schema from = new RandomModels(seed).schema(12);
        Schema to = new RandomModels(seed + 1000).schema(12);
        DiffOptions options = DiffOptions.defaults().allowRebuild();
        DiffResult diff = SchemaDiff.between(from, to, options);
        assertThat(diff.isEmpty()).isFalse();

        Schema upgraded = SchemaReplay.apply(from, diff.upgrade());
        assertThat(SchemaDiff.between(upgraded, to, options).changes()).isEmpty();
        assertThat(SchemaDiff.between(SchemaReplay.apply(upgraded, diff.downgrade()), from, options).changes())
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void normalizingRandomModelsIsIdempotentAndInvisibleToTheDiff(long seed) {
        Schema schema = new RandomModels(seed).schema(20);
        ServerNormalizer normalizer = ServerNormalizer.forServer(ServerProfile.DEFAULT);
        Schema once = normalizer.normalize(schema);
        assertThat(normalizer.normalize(once)).isEqualTo(once);
        assertThat(SchemaDiff.between(schema, once, DiffOptions.defaults().allowRebuild()).changes()).isEmpty();
    }
}
