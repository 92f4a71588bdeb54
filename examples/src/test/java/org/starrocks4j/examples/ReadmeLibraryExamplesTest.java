package org.starrocks4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.starrocks4j.annotations.AnnotatedModelReader;
import org.starrocks4j.diff.DiffResult;
import org.starrocks4j.diff.SchemaDiff;
import org.starrocks4j.examples.annotated.PageViewAggregates;
import org.starrocks4j.examples.migration.MigrationExampleV1;
import org.starrocks4j.examples.migration.MigrationExampleV2;
import org.starrocks4j.jdbc.ConnectionSource;
import org.starrocks4j.jdbc.SchemaReflector;
import org.starrocks4j.jdbc.StarRocksDataSource;
import org.starrocks4j.migrate.CheckResult;
import org.starrocks4j.migrate.CompareWith;
import org.starrocks4j.migrate.FakeStarRocks;
import org.starrocks4j.migrate.MigrateResult;
import org.starrocks4j.migrate.SqlScript;
import org.starrocks4j.migrate.StarRocks4j;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.Table;
import org.starrocks4j.sql.DdlRenderer;
import org.starrocks4j.sql.SqlSchemaReader;
import org.starrocks4j.types.Types;

/**
 * The Java examples of the README section "Use as a library", compiled and run: each snippet sits between a
 * {@code // README} marker and {@code // end} below, and {@link #theReadmeShowsExactlyTheseSnippets} checks that the
 * section's {@code java} blocks are these snippets, in this order.
 */
class ReadmeLibraryExamplesTest {

    private static final String HEADING = "## Use as a library";

    @Test
    void render() {
        // README
        Table orders = Table.builder("orders")
                .column("id", Types.BIGINT, c -> c.notNull())
                .column("amount", Types.decimal(10, 2))
                .primaryKey("id")
                .distributedBy(Distribution.hash(8, "id"))
                .property("replication_num", "1")
                .build();
        String ddl = DdlRenderer.defaults().create(orders);               // CREATE TABLE `orders` (...)
        Schema annotated = AnnotatedModelReader.read(PageViewAggregates.class);
        // end
        assertThat(ddl).startsWith("CREATE TABLE `orders` (").contains("PRIMARY KEY(`id`)");
        assertThat(annotated.tables()).extracting(Table::name).extracting(n -> n.name())
                .containsExactly("page_view_aggregates");
    }

    @Test
    void parse() {
        // README
        Schema schema = SqlSchemaReader.read("""
                CREATE TABLE events (id BIGINT NOT NULL, name STRING)
                DUPLICATE KEY(id) DISTRIBUTED BY HASH(id) BUCKETS 8;
                ALTER TABLE events ADD COLUMN dt DATE;
                """);                                                    // replayed as the server would
        Table events = (Table) schema.find("events").orElseThrow();
        // end
        assertThat(events.columns()).extracting(c -> c.name()).containsExactly("id", "name", "dt");
    }

    @Test
    void diff() {
        Schema before = new MigrationExampleV1().schema();
        Schema after = new MigrationExampleV2().schema();
        // README
        DiffResult diff = SchemaDiff.between(before, after);               // what turns before into after
        List<String> upgrade = DdlRenderer.defaults().renderAll(diff.upgrade());
        List<String> downgrade = DdlRenderer.defaults().renderAll(diff.downgrade());
        diff.allWarnings().forEach(System.err::println);                  // e.g. a dropped table's rows
        // end
        assertThat(upgrade).anyMatch(s -> s.startsWith("ALTER TABLE `my_table` ADD COLUMN `new_column`"));
        assertThat(downgrade).anyMatch(s -> s.startsWith("ALTER TABLE `my_table` DROP COLUMN `new_column`"));
    }

    /** Compiled only: reading a live database needs a server (the jdbc module's live suite runs it). */
    static Schema reflect() throws Exception {
        // README
        DataSource dataSource = new StarRocksDataSource("jdbc:starrocks://fe:9030/analytics");
        Schema live = SchemaReflector.builder(ConnectionSource.of(dataSource))
                .database("analytics")
                .build().read().schema();                                 // SHOW CREATE of every object
        // end
        return live;
    }

    @Test
    void migrate() {
        DataSource dataSource = new FakeStarRocks().dataSource();
        // README
        try (StarRocks4j starRocks4j = StarRocks4j.configure()
                .dataSource(dataSource)                                   // or .url("jdbc:starrocks://fe:9030/db")
                .models("org.starrocks4j.examples.migration.MigrationExampleV1")
                .locations("classpath:db/starrocks")                      // revisions shipped in the jar
                .load()) {                                                // close() releases its class loader
            CheckResult check = starRocks4j.check(CompareWith.HISTORY);   // offline: models vs revisions
            SqlScript script = starRocks4j.sql("base", "head");          // offline: the SQL, for review
            MigrateResult result = starRocks4j.upgrade();                 // lock, run, wait, record
        }
        // end
        try (StarRocks4j again = StarRocks4j.configure().dataSource(dataSource)
                .models("org.starrocks4j.examples.migration.MigrationExampleV1")
                .locations("classpath:db/starrocks").load()) {
            CheckResult check = again.check(CompareWith.HISTORY);
            assertThat(check.matches()).as(check.summary()).isTrue();
            assertThat(again.sql("base", "head").text())
                    .contains("CREATE TABLE `my_table`", "INSERT INTO `starrocks4j_version`");
            assertThat(again.info().current()).as("the snippet's upgrade ran").isEqualTo("5e1f0c2a9b7d");
        }
    }

    @Test
    void theReadmeShowsExactlyTheseSnippets() throws IOException {
        Path repo = Path.of("").toAbsolutePath();
        while (!Files.isRegularFile(repo.resolve("README.md")) || !Files.isDirectory(repo.resolve("examples"))) {
            repo = repo.getParent();
        }
        String readme = Files.readString(repo.resolve("README.md"));
        int start = readme.indexOf("\n" + HEADING + "\n");
        assertThat(start).as("README has a '%s' section", HEADING).isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        List<String> shown = blocks(Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL), section);

        String source = Files.readString(repo.resolve(
                "examples/src/test/java/org/starrocks4j/examples/ReadmeLibraryExamplesTest.java"));
        List<String> compiled = blocks(Pattern.compile("// README\\n(.*?)\\n\\s*// end", Pattern.DOTALL), source);
        assertThat(compiled).hasSize(5);
        assertThat(shown).isEqualTo(compiled);
    }

    /** The blocks the pattern's first group captures, with their common indentation removed. */
    private static List<String> blocks(Pattern pattern, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(m.group(1).stripIndent().strip());
        }
        return out;
    }
}
