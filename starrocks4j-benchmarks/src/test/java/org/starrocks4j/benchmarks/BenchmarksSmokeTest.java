package org.starrocks4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.starrocks4j.diff.SchemaDiff;
import org.starrocks4j.migrate.MigrationHistory;
import org.starrocks4j.migrate.Revision;
import org.starrocks4j.migrate.RevisionGraph;
import org.starrocks4j.schema.ModelValidator;
import org.starrocks4j.schema.Schema;

/** Runs the harness tiny, so it keeps working; no timing is asserted (machines differ). */
class BenchmarksSmokeTest {

    @Test
    void everyWorkloadRunsAtEverySizeAndTheReportHasARowForEach() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Benchmarks.Options options = Benchmarks.Options.parse("--sizes", "3,1", "--warmup-ms", "0", "--measure-ms", "0",
                "--min-runs", "1");
        List<Benchmarks.Result> results = Benchmarks.run(options, new PrintStream(buffer, true, StandardCharsets.UTF_8));
        String report = buffer.toString(StandardCharsets.UTF_8);

        List<String> workloads = Workload.all().stream().map(Workload::name).toList();
        assertThat(results).hasSize(workloads.size() * 2);
        assertThat(results).extracting(Benchmarks.Result::tables).containsOnly(1, 3);
        assertThat(results).allSatisfy(r -> assertThat(r.measurement().runs()).isGreaterThanOrEqualTo(1));
        for (String workload : workloads) {
            assertThat(report).containsPattern("(?m)^" + workload + " +1 +\\d+ .* 1\\.00$");
            assertThat(report).containsPattern("(?m)^" + workload + " +3 ");
            assertThat(report).containsPattern("(?m)^  " + workload + " +\\d+\\.\\d\\d +total time ~ n\\^");
        }
        assertThat(report).contains("Scaling from 1 to 3 tables");
    }

    @Test
    void syntheticSchemasAreValidAndTheEditedCopyDiffers() {
        Schema schema = SyntheticSchema.of(60);
        assertThat(schema.tables()).hasSize(60);
        assertThat(schema.views()).hasSize(6);
        assertThat(schema.materializedViews()).hasSize(3);
        schema.objects().forEach(ModelValidator::requireValid);
        Schema edited = SyntheticSchema.edited(schema);
        assertThat(SchemaDiff.between(schema, schema).isEmpty()).isTrue();
        // 6 tables changed, 1 dropped, 3 added
        assertThat(SchemaDiff.between(schema, edited).changes()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(SyntheticSchema.of(60)).isEqualTo(schema);
    }

    @Test
    void theSyntheticHistoryReplaysToTheSchemaWithEachTableFollowedByTheNext() {
        Schema schema = SyntheticSchema.of(25);
        List<Revision> revisions = SyntheticHistory.of(schema);
        assertThat(revisions).hasSize(25);
        RevisionGraph graph = new RevisionGraph(revisions);
        Schema replayed = MigrationHistory.replay(graph, graph.appliedAt("heads"));
        assertThat(replayed.objects()).extracting(o -> o.name()).containsExactlyElementsOf(
                schema.objects().stream().map(o -> o.name()).toList());
        assertThat(replayed.tables().get(0).comment()).isEqualTo("followed by table_00001");
        assertThat(replayed.tables().get(24)).isEqualTo(schema.tables().get(24));
        assertThat(SyntheticSchema.of(25).tables()).allSatisfy(t -> assertThat(t.columns()).hasSize(20));
    }

    @Test
    void badOptionsSayWhatIsAccepted() {
        assertThatThrownBy(() -> Benchmarks.Options.parse("--sizes", "0")).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> Benchmarks.Options.parse("--only", "nothing")).hasMessageContaining("selected no workload");
        assertThatThrownBy(() -> Benchmarks.Options.parse("--fast")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> Benchmarks.Options.parse("--fast", "1")).hasMessageContaining("unknown option --fast")
                .hasMessageContaining("usage:");
    }
}
