package org.starrocks4j.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.starrocks4j.lexical.SqlParseException;
import org.starrocks4j.schema.SchemaObject;
import org.starrocks4j.testing.StarRocksCorpus;

/**
 * The parser against what real servers printed and accepted ({@code shared/starrocks-corpus}, skipped when absent).
 * Every {@code SHOW CREATE} output from 2023-08 on parses and re-renders to DDL that parses back to an equal model;
 * older outputs parse or fail with a located message; every accepted statement parses or is named as unsupported.
 * Counts are printed.
 */
class DdlParserCorpusTest {

    /**
     * Outputs from 2023-08 on that name a construct the model does not hold, with the reason. Kept as short as
     * possible: each entry is a file and the construct its error must name.
     */
    private static final Map<String, String> UNSUPPORTED_OUTPUTS = Map.of(
            // temporary tables live in one session: reflection never sees them and they are not schema objects
            "show_create/table/146.sql", "CREATE TEMPORARY TABLE",
            "show_create/table/147.sql", "CREATE TEMPORARY TABLE",
            "show_create/table/161.sql", "CREATE TEMPORARY TABLE");

    /**
     * What accepted statements may still be reported as: statements on data or storage, and the rarer forms the
     * model does not hold (see DdlParser). ROLLUP, aggregate state types, CREATE TABLE ... LIKE, CREATE TABLE ... AS
     * SELECT from one table, a partition's own DISTRIBUTED BY and MODIFY PARTITION are read, so a report of them fails
     * the test.
     */
    private static final Set<String> STILL_UNSUPPORTED = Set.of(
            "ALTER MATERIALIZED VIEW ... ADD", "ALTER MATERIALIZED VIEW ... DROP", "ALTER MATERIALIZED VIEW ... SWAP",
            "ALTER TABLE ... ADD PARTITION COLUMN (partition evolution)",
            "ALTER TABLE ... DROP PARTITION COLUMN (partition evolution)", "ALTER TABLE ... ADD TEMPORARY",
            "ALTER TABLE ... DROP ALL", "ALTER TABLE ... DROP PARTITIONS", "ALTER TABLE ... REPLACE PARTITION",
            "ALTER TABLE ... AUTO_INCREMENT", "ALTER TABLE ... COMPACT", "ALTER TABLE ... BASE COMPACT",
            "ALTER TABLE ... CUMULATIVE COMPACT", "ALTER TABLE ... PARTITION BY",
            "CREATE TABLE ... AS SELECT FROM a subquery",
            "INSERT", "REFRESH", "MODIFY COLUMN ... ADD FIELD (struct field changes)",
            "MODIFY COLUMN ... DROP FIELD (struct field changes)", "the partition value NULL");

    private static Path corpus;
    private static final DdlRenderer RENDERER = DdlRenderer.defaults();

    @BeforeAll
    static void locate() {
        corpus = StarRocksCorpus.root().orElse(null);
    }

    @Test
    void everyShowCreateOutputParsesAndReRendersToAnEqualModel() {
        assumeTrue(corpus != null, "no starrocks-corpus on this machine");
        int recent = 0;
        int recentRoundTrips = 0;
        int old = 0;
        int oldParsed = 0;
        List<String> failures = new ArrayList<>();
        Map<String, String> oldFailures = new TreeMap<>();
        for (String folder : List.of("show_create/table", "show_create/mv", "show_create/view")) {
            for (StarRocksCorpus.Entry e : StarRocksCorpus.files(corpus, folder)) {
                String expectedUnsupported = UNSUPPORTED_OUTPUTS.get(e.name());
                if (e.since2023August()) {
                    recent++;
                    try {
                        SchemaObject parsed = DdlParser.parseObject(e.sql(), DdlParser.Validation.VALIDATE);
                        String rendered = RENDERER.create(parsed);
                        SchemaObject again = DdlParser.parseObject(rendered, DdlParser.Validation.VALIDATE);
                        if (again.equals(parsed) && expectedUnsupported == null) {
                            recentRoundTrips++;
                        } else {
                            failures.add(e.name() + ": re-rendered model differs:\n" + rendered);
                        }
                    } catch (UnsupportedSqlException ex) {
                        if (ex.construct().equals(expectedUnsupported)) {
                            recentRoundTrips++;
                        } else {
                            failures.add(e.name() + ": " + ex.getMessage());
                        }
                    } catch (RuntimeException ex) {
                        failures.add(e.name() + ": " + ex.getMessage());
                    }
                } else {
                    old++;
                    try {
                        DdlParser.parseObject(e.sql(), DdlParser.Validation.VALIDATE);
                        oldParsed++;
                    } catch (SqlParseException ex) {
                        // allowed for pre-2023-08 servers, as long as the message locates the problem
                        assertThat(ex.getMessage()).as(e.name()).startsWith("line " + ex.line() + ", column " + ex.column());
                        oldFailures.put(e.name(), ex.getMessage().lines().findFirst().orElse(""));
                    } catch (org.starrocks4j.schema.InvalidModelException ex) {
                        // also allowed there: text today's server refuses (a trailing comma in the partition list)
                        // read into a model that validation refuses, with the message naming the table and rule
                        assertThat(ex.getMessage()).as(e.name()).contains("table ");
                        oldFailures.put(e.name(), ex.getMessage().lines().findFirst().orElse(""));
                    }
                }
            }
        }
        System.out.printf("show_create since 2023-08: %d/%d parse and round-trip or are named unsupported (%d); "
                + "older: %d/%d parse%n", recentRoundTrips, recent, UNSUPPORTED_OUTPUTS.size(), oldParsed, old);
        oldFailures.forEach((name, message) -> System.out.println("  older output refused: " + name + ": " + message));
        assertThat(failures).isEmpty();
        assertThat(recent).isPositive();
    }

    @Test
    void everyAcceptedStatementParsesOrIsNamedUnsupported() {
        assumeTrue(corpus != null, "no starrocks-corpus on this machine");
        Map<String, Integer> unsupported = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int statements = 0;
        int parsed = 0;
        for (String folder : List.of("accepted/create_table", "accepted/create_mv", "accepted/create_view",
                "accepted/alter")) {
            for (StarRocksCorpus.Entry e : StarRocksCorpus.files(corpus, folder)) {
                for (String statement : StatementSplitter.split(e.sql())) {
                    statements++;
                    try {
                        DdlParser.parseStatement(statement);
                        parsed++;
                    } catch (UnsupportedSqlException ex) {
                        unsupported.merge(ex.construct(), 1, Integer::sum);
                    } catch (RuntimeException ex) {
                        failures.add(e.name() + ": " + ex.getMessage());
                    }
                }
            }
        }
        System.out.printf("accepted: %d statements, %d parsed, %d named unsupported, %d failed%n", statements, parsed,
                statements - parsed - failures.size(), failures.size());
        unsupported.forEach((construct, count) -> System.out.println("  unsupported " + count + " x " + construct));
        assertThat(failures).isEmpty();
        assertThat(unsupported.keySet()).as("constructs reported as unsupported").isSubsetOf(STILL_UNSUPPORTED);
    }
}
