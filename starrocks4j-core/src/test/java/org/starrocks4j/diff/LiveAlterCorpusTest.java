package org.starrocks4j.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.PartitionDefinition;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.Table;
import org.starrocks4j.sql.DdlRenderer;
import org.starrocks4j.sql.SqlSchemaReader;
import org.starrocks4j.testing.StarRocksCorpus;

/**
 * The table-level plans against what a real FE answered to them ({@code starrocks-corpus/live/alter}: the models
 * before and after, SHOW CREATE TABLE before and after, the statements applied with the server's answers). The plan
 * is made as autogenerate makes it: from the server's text to the model, in both directions (SHOW CREATE before to
 * the after model, SHOW CREATE after to the before model). Skipped without the corpus.
 */
class LiveAlterCorpusTest {

    private static final DdlRenderer SQL = DdlRenderer.defaults();

    /** One {@code live/alter/<case>/} folder: its table in the two models and as the server printed it. */
    private record Case(String name, Table before, Table after, Table printedBefore, Table printedAfter) {

        Plan forward() {
            return plan(printedBefore, after);
        }

        Plan backward() {
            return plan(printedAfter, before);
        }
    }

    /** The statements planned, or the refusal. */
    private record Plan(Table from, List<String> upgrade, List<String> downgrade, String refusal) {
    }

    private static Plan plan(Table from, Table to) {
        try {
            DiffResult r = SchemaDiff.between(Schema.of(from), Schema.of(to));
            return new Plan(from, SQL.renderAll(r.upgrade()), SQL.renderAll(r.downgrade()), null);
        } catch (NonAlterableChangeException e) {
            return new Plan(from, List.of(), List.of(), e.getMessage());
        }
    }

    private static Optional<Path> folder() {
        return StarRocksCorpus.root().map(r -> r.resolve("live").resolve("alter")).filter(Files::isDirectory);
    }

    private static Case load(String name) {
        Path dir = folder().orElseThrow().resolve(name);
        return new Case(name, table(dir, "before.sql"), table(dir, "after.sql"), table(dir, "show_create_before.sql"),
                table(dir, "show_create_after.sql"));
    }

    /** The table of a file (some cases also hold a view or a materialized view over it). */
    private static Table table(Path dir, String file) {
        return SqlSchemaReader.read(StarRocksCorpus.read(StarRocksCorpus.root().orElseThrow(), dir.resolve(file)).sql())
                .tables().get(0);
    }

    private static List<String> cases() {
        try (Stream<Path> dirs = Files.list(folder().orElseThrow())) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void noPlanWritesATableLevelStatementTheServerRefusedOrIgnored() {
        assumeTrue(folder().isPresent(), "starrocks-corpus/live/alter not found: skipped");
        List<String> cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(37);
        for (String name : cases) {
            Case c = load(name);
            for (Plan p : List.of(c.forward(), c.backward())) {
                assertRunnable(name, p.from(), p.upgrade());
            }
        }
    }

    /** The forms the live server refused, or accepted without effect on the existing partitions. */
    private static void assertRunnable(String name, Table from, List<String> statements) {
        boolean random = TableDiff.effectiveDistribution(from) instanceof Distribution.Random;
        for (int i = 0; i < statements.size(); i++) {
            String s = statements.get(i);
            String next = i + 1 < statements.size() ? statements.get(i + 1) : "";
            assertThat(s).as("%s: live/alter/15, \"Unknown properties\"", name)
                    .doesNotContain("` SET (\"storage_medium\"");
            assertThat(s).as("%s: corpus rejected/0150, a RANDOM table is not optimized", name)
                    .satisfies(x -> assertThat(random && x.contains(" DISTRIBUTED BY ")).isFalse());
            if (s.contains("SET (\"default.")) {
                assertThat(from.partitioning() == null || next.contains("MODIFY PARTITION (*)"))
                        .as("%s: live/alter/14, 37: default.* alone leaves the existing partitions: %s", name, s)
                        .isTrue();
            }
            if (s.contains(" DROP PARTITION ")) {
                String dropped = s.replaceAll(".* DROP PARTITION (`[^`]+`).*", "$1");
                assertThat(statements.subList(i, statements.size()))
                        .as("%s: a partition is never dropped and added again", name)
                        .noneMatch(x -> x.contains(" ADD PARTITION " + dropped));
            }
        }
    }

    @Test
    void replicaCountAndStorageMediumReachTheExistingPartitions() {
        assumeTrue(folder().isPresent(), "starrocks-corpus/live/alter not found: skipped");
        assertThat(load("13_replnum_unpartitioned").forward().upgrade())
                .containsExactly("ALTER TABLE `t` SET (\"replication_num\" = \"2\")");
        assertThat(load("14_replnum_partitioned").forward().upgrade()).containsExactly(
                "ALTER TABLE `t` SET (\"default.replication_num\" = \"2\")",
                "ALTER TABLE `t` MODIFY PARTITION (*) SET (\"replication_num\" = \"2\")");
        for (String name : List.of("15_storage_medium", "37_storage_medium_partitioned")) {
            Case c = load(name);
            assertThat(c.forward().upgrade()).as(name).containsExactly(
                    "ALTER TABLE `t` SET (\"default.storage_medium\" = \"SSD\")",
                    "ALTER TABLE `t` MODIFY PARTITION (*) SET (\"storage_medium\" = \"SSD\")");
            assertThat(c.forward().downgrade()).as(name).containsExactly(
                    "ALTER TABLE `t` SET (\"default.storage_medium\" = \"HDD\")",
                    "ALTER TABLE `t` MODIFY PARTITION (*) SET (\"storage_medium\" = \"HDD\")");
        }
    }

    @Test
    void perPartitionPropertiesPrintedAfterADefaultChangeAreNotBounds() {
        assumeTrue(folder().isPresent(), "starrocks-corpus/live/alter not found: skipped");
        // SHOW CREATE after SET ("default.replication_num" = "2") alone: each partition keeps ("replication_num" = "1")
        Case c = load("14_replnum_partitioned");
        assertThat(c.printedAfter().partitioning().partitions())
                .allSatisfy(p -> assertThat(p.properties()).containsEntry("replication_num", "1"));
        Plan converge = plan(c.printedAfter(), c.after());
        assertThat(converge.upgrade()).containsExactly(
                "ALTER TABLE `t` MODIFY PARTITION (`p1`, `p2`) SET (\"replication_num\" = \"2\")");
        assertThat(converge.downgrade()).containsExactly(
                "ALTER TABLE `t` MODIFY PARTITION (`p1`, `p2`) SET (\"replication_num\" = \"1\")");
        // back to the before model (replication 1): the table's count, and so every partition's, no drop and re-add
        assertThat(c.backward().upgrade()).containsExactly(
                "ALTER TABLE `t` SET (\"default.replication_num\" = \"1\")",
                "ALTER TABLE `t` MODIFY PARTITION (*) SET (\"replication_num\" = \"1\")");
    }

    @Test
    void bucketCountChangeIsTheAcceptedOptimize() {
        assumeTrue(folder().isPresent(), "starrocks-corpus/live/alter not found: skipped");
        Case c = load("16_bucket_count");
        assertThat(c.forward().upgrade()).containsExactly("ALTER TABLE `t` DISTRIBUTED BY HASH(`k`) BUCKETS 6");
        assertThat(c.forward().downgrade()).containsExactly("ALTER TABLE `t` DISTRIBUTED BY HASH(`k`) BUCKETS 3");
        // the job had not finished on the simulated backends: SHOW CREATE still printed BUCKETS 3
        assertThat(c.backward().upgrade()).isEmpty();
    }

    @Test
    void rangePartitionsAddedAndDroppedReadBackWithoutChange() {
        assumeTrue(folder().isPresent(), "starrocks-corpus/live/alter not found: skipped");
        for (String name : List.of("17_add_range_partition", "18_drop_range_partition", "33_add_list_partition")) {
            Case c = load(name);
            assertThat(plan(c.printedAfter(), c.after()).upgrade()).as(name).isEmpty();
            assertThat(plan(c.printedBefore(), c.before()).upgrade()).as(name).isEmpty();
        }
        assertThat(load("18_drop_range_partition").forward().upgrade())
                .containsExactly("ALTER TABLE `t` DROP PARTITION `p3`");
    }

    @Test
    void aReplayedHistoryOfRangePartitionsReadsAsTheServerPrintedIt() {
        assumeTrue(folder().isPresent(), "starrocks-corpus/live/alter not found: skipped");
        for (String name : List.of("17_add_range_partition", "18_drop_range_partition")) {
            Path dir = folder().orElseThrow().resolve(name);
            Schema replayed = RangePartitionHistoryTest.validated(sql(dir, "before.sql") + "\n" + sql(dir, "steps.sql"));
            Schema printed = Schema.of(load(name).printedAfter());
            assertThat(SchemaDiff.between(replayed, printed).changes()).as(name).isEmpty();
            assertThat(SchemaDiff.between(printed, replayed).changes()).as(name).isEmpty();
        }
        // the same ranges left by a history that dropped a partition below another and added it again
        Path dir = folder().orElseThrow().resolve("18_drop_range_partition");
        Schema replayed = RangePartitionHistoryTest.validated(sql(dir, "before.sql") + """
                ALTER TABLE t DROP PARTITION p2;
                ALTER TABLE t ADD PARTITION p2 VALUES LESS THAN ("2024-02-01");
                ALTER TABLE t DROP PARTITION p3;
                """);
        assertThat(replayed.tables().get(0).partitioning().partitions()).extracting(PartitionDefinition::name)
                .containsExactly("p1", "p2");
        Schema printed = Schema.of(load("18_drop_range_partition").printedAfter());
        assertThat(SchemaDiff.between(replayed, printed).changes()).isEmpty();
        assertThat(SchemaDiff.between(printed, replayed).changes()).isEmpty();
    }

    private static String sql(Path dir, String file) {
        return StarRocksCorpus.read(StarRocksCorpus.root().orElseThrow(), dir.resolve(file)).sql();
    }
}
