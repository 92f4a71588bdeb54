package org.starrocks4j.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.SchemaObject;

/**
 * Codegen is lossless on many random models full of awkward names and texts (fixed seeds, so a failure
 * reproduces): generate, compile in process, read back, compare.
 */
class RandomModelRoundTripTest {

    @TempDir
    Path work;

    @ParameterizedTest
    @EnumSource(CodegenStyle.class)
    void randomModelsSurviveTheRoundTrip(CodegenStyle style) throws Exception {
        List<SchemaObject> objects = new ArrayList<>();
        for (long seed = 1; seed <= 6; seed++) {
            Schema schema = new RandomModels(seed).schema(25);
            for (SchemaObject o : schema.objects()) {
                if (objects.stream().noneMatch(known -> known.name().equals(o.name()))) {
                    objects.add(o);
                }
            }
        }
        Schema schema = new Schema(objects);

        Schema readBack = CodegenRoundTripTest.roundTrip(schema, style, work);

        assertThat(readBack.objects()).hasSameSizeAs(schema.objects());
        assertThat(readBack.objects()).containsExactlyInAnyOrderElementsOf(schema.objects());
    }
}
