package org.starrocks4j.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.starrocks4j.operation.SchemaReplay;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.sql.DdlParser;
import org.starrocks4j.sql.DdlRenderer;
import org.starrocks4j.sql.SqlSchemaReader;
import org.starrocks4j.testing.StarRocksCorpus;

/**
 * The real-server run of starrocks4j's own ALTER plans ({@code starrocks-corpus/live/alter/<case>/}): for every
 * column statement the server refused in {@code steps.sql}, the plan for {@code before.sql -> after.sql} no longer
 * contains it: it has the form the server accepts, or the diff refuses with the rule and the way out. Every plan
 * that the diff makes, replayed onto {@code before}, reaches {@code after}, and the same holds for the way back
 * (with rebuilds allowed, so that downgrades StarRocks cannot make by ALTER are complete). Table-level statements
 * (properties, partitions, distribution) are checked by {@link LiveAlterCorpusTest}.
 */
class LiveAlterColumnCorpusTest {

    private static final DdlRenderer RENDERER = DdlRenderer.defaults();

    /** One applied statement of {@code steps.sql} and whether the server took it. */
    private record Step(String sql, boolean refused, String answer) {
        boolean isColumnStatement() {
            return sql.toUpperCase(Locale.ROOT).matches("(?s)ALTER TABLE \\S+\\s+(ADD|DROP|MODIFY|RENAME) COLUMN.*")
                    || sql.toUpperCase(Locale.ROOT).matches("(?s)ALTER TABLE \\S+\\s+ORDER BY.*");
        }
    }

    @Test
    void noRefusedColumnStatementIsPlannedAgainAndEveryPlanReplays() throws IOException {
        Path root = StarRocksCorpus.root().orElse(null);
        assumeTrue(root != null && Files.isDirectory(root.resolve("live/alter")),
                "the real-server corpus (shared/starrocks-corpus/live/alter) is not here");
        List<String> report = new ArrayList<>();
        int refusedSteps = 0;
        for (Path dir : cases(root.resolve("live/alter"))) {
            String name = dir.getFileName().toString();
            Schema before = SqlSchemaReader.read(sql(dir.resolve("before.sql")));
            Schema after = SqlSchemaReader.read(sql(dir.resolve("after.sql")));
            List<String> plan = plan(before, after, name, report);
            for (Step step : steps(dir.resolve("steps.sql"))) {
                if (step.refused() && step.isColumnStatement()) {
                    refusedSteps++;
                    assertThat(plan).as("case %s: the server refused %s (%s)", name, step.sql(), step.answer())
                            .noneMatch(s -> flat(s).equalsIgnoreCase(flat(step.sql())));
                }
            }
            plan(after, before, name + " (reverse)", report);
        }
        report.forEach(System.out::println);
        System.out.println("live/alter: " + refusedSteps + " refused column statement(s) checked");
        assertThat(refusedSteps).as("refused column statements in the corpus").isPositive();
    }

    /**
     * The upgrade of {@code from -> to} as SQL, checked by replay in both directions; empty, with a report line, when
     * the diff refuses the change.
     */
    private static List<String> plan(Schema from, Schema to, String name, List<String> report) {
        DiffResult result;
        try {
            result = SchemaDiff.between(from, to);
        } catch (NonAlterableChangeException refused) {
            assertThat(refused.getMessage()).as("case %s", name).contains("table `", " -> ", "rebuild");
            report.add("  " + name + ": refused: " + refused.changes().get(0).describe());
            return List.of();
        }
        List<String> upgrade = RENDERER.renderAll(result.upgrade());
        Schema upgraded = SchemaReplay.apply(from, DdlParser.parse(String.join(";\n", upgrade)));
        assertThat(SchemaDiff.between(upgraded, to).changes()).as("case %s after its plan %s", name, upgrade)
                .isEmpty();
        DiffResult complete = SchemaDiff.between(from, to, DiffOptions.defaults().allowRebuild());
        Schema downgraded = SchemaReplay.apply(upgraded, complete.downgrade());
        assertThat(SchemaDiff.between(downgraded, from).changes()).as("case %s after its downgrade", name).isEmpty();
        report.add("  " + name + ": " + (upgrade.isEmpty() ? "no change" : String.join(" / ", upgrade).replace('\n',
                ' ')) + (result.changes().stream().anyMatch(Change::irreversible) ? " (irreversible)" : ""));
        return upgrade;
    }

    private static List<Step> steps(Path file) throws IOException {
        List<Step> out = new ArrayList<>();
        StringBuilder statement = new StringBuilder();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("-- server:") && !statement.isEmpty()) {
                String answer = line.substring("-- server:".length()).strip();
                out.add(new Step(statement.toString().strip().replaceAll(";$", ""), answer.startsWith("ERROR"),
                        answer));
                statement.setLength(0);
            } else if (!line.startsWith("--")) {
                statement.append(line).append('\n');
            }
        }
        return out;
    }

    private static List<Path> cases(Path dir) throws IOException {
        try (Stream<Path> paths = Files.list(dir)) {
            return paths.filter(p -> Files.exists(p.resolve("steps.sql"))).sorted().toList();
        }
    }

    private static String sql(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static String flat(String sql) {
        return sql.replaceAll("\\s+", " ").strip();
    }
}
