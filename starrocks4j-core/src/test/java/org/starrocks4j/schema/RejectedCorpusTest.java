package org.starrocks4j.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.starrocks4j.lexical.SqlParseException;
import org.starrocks4j.sql.DdlParser;
import org.starrocks4j.sql.StatementSplitter;
import org.starrocks4j.sql.UnsupportedSqlException;
import org.starrocks4j.testing.StarRocksCorpus;

/**
 * Validation against everything a real server refused ({@code rejected/}) and accepted ({@code accepted/},
 * {@code show_create/}, {@code pairs/}, {@code live/}); skipped when the corpus is absent. Every refused statement
 * that parses must be refused by our validation too, unless {@link #NEEDS_SERVER_STATE} names it with the reason the
 * statement alone cannot tell; a statement on that list that validation now catches must leave the list. Nothing a
 * server accepted may be refused. Counts and the rule that caught each statement are printed.
 */
class RejectedCorpusTest {

    private static final String KEY_MODEL = "needs the altered table's key model";
    private static final String COLUMNS = "needs the altered table's columns (keys, sort key, distribution, partition "
            + "columns, generated and AUTO_INCREMENT columns)";
    private static final String PARTITIONS = "needs the altered table's partitions or its automatic partitioning";
    private static final String INDEXES = "needs the altered table's indexes";
    private static final String DISTRIBUTION = "needs the altered table's distribution";
    private static final String FUNCTION_TYPES = "needs the type the server's function catalog gives the expression";
    private static final String TEMPORARY = "needs to know which tables are temporary, which only the session that "
            + "created them sees (the model holds no temporary tables)";

    /** Refused statements that parse and pass validation, because deciding needs what only the server knows. */
    private static final Map<String, String> NEEDS_SERVER_STATE = new TreeMap<>(Map.ofEntries(
            Map.entry("rejected/0010.sql", COLUMNS), Map.entry("rejected/0011.sql", COLUMNS),
            Map.entry("rejected/0012.sql", COLUMNS), Map.entry("rejected/0013.sql", COLUMNS),
            Map.entry("rejected/0014.sql", COLUMNS), Map.entry("rejected/0015.sql", COLUMNS),
            Map.entry("rejected/0019.sql", KEY_MODEL), Map.entry("rejected/0020.sql", COLUMNS),
            Map.entry("rejected/0021.sql", COLUMNS), Map.entry("rejected/0022.sql", COLUMNS),
            Map.entry("rejected/0024.sql", KEY_MODEL), Map.entry("rejected/0027.sql", COLUMNS),
            Map.entry("rejected/0028.sql", COLUMNS), Map.entry("rejected/0029.sql", KEY_MODEL),
            Map.entry("rejected/0031.sql", KEY_MODEL), Map.entry("rejected/0035.sql", COLUMNS),
            Map.entry("rejected/0036.sql", COLUMNS), Map.entry("rejected/0037.sql", COLUMNS),
            Map.entry("rejected/0044.sql", COLUMNS), Map.entry("rejected/0050.sql", PARTITIONS),
            Map.entry("rejected/0058.sql", KEY_MODEL), Map.entry("rejected/0078.sql", COLUMNS),
            Map.entry("rejected/0091.sql", PARTITIONS), Map.entry("rejected/0098.sql", INDEXES),
            Map.entry("rejected/0103.sql", INDEXES), Map.entry("rejected/0104.sql", INDEXES),
            Map.entry("rejected/0105.sql", FUNCTION_TYPES), Map.entry("rejected/0118.sql", COLUMNS),
            Map.entry("rejected/0119.sql", COLUMNS), Map.entry("rejected/0122.sql", FUNCTION_TYPES),
            Map.entry("rejected/0126.sql", COLUMNS), Map.entry("rejected/0128.sql", COLUMNS),
            Map.entry("rejected/0130.sql", COLUMNS), Map.entry("rejected/0131.sql", COLUMNS),
            Map.entry("rejected/0132.sql", COLUMNS), Map.entry("rejected/0134.sql", COLUMNS),
            Map.entry("rejected/0135.sql", COLUMNS), Map.entry("rejected/0150.sql", DISTRIBUTION),
            Map.entry("rejected/0152.sql", DISTRIBUTION), Map.entry("rejected/0177.sql", DISTRIBUTION),
            Map.entry("rejected/0153.sql", PARTITIONS), Map.entry("rejected/0154.sql", PARTITIONS),
            Map.entry("rejected/0155.sql", PARTITIONS), Map.entry("rejected/0156.sql", PARTITIONS),
            Map.entry("rejected/0159.sql", PARTITIONS), Map.entry("rejected/0160.sql", PARTITIONS),
            Map.entry("rejected/0161.sql", PARTITIONS), Map.entry("rejected/0183.sql", KEY_MODEL),
            Map.entry("rejected/0184.sql", COLUMNS), Map.entry("rejected/0185.sql", COLUMNS),
            Map.entry("rejected/0189.sql", KEY_MODEL), Map.entry("rejected/0190.sql", KEY_MODEL),
            Map.entry("rejected/0192.sql", COLUMNS), Map.entry("rejected/0201.sql", KEY_MODEL),
            Map.entry("rejected/0203.sql", COLUMNS), Map.entry("rejected/0204.sql", TEMPORARY),
            Map.entry("rejected/0205.sql", TEMPORARY), Map.entry("rejected/0206.sql", TEMPORARY)));

    private static Path corpus;

    @BeforeAll
    static void locate() {
        corpus = StarRocksCorpus.root().orElse(null);
    }

    @Test
    void everyRefusedStatementThatParsesIsRefusedUnlessItNeedsServerState() {
        assumeTrue(corpus != null, "no starrocks-corpus on this machine");
        Map<String, Integer> byRule = new TreeMap<>();
        Map<String, Integer> unsupported = new TreeMap<>();
        List<String> slipped = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        int files = 0;
        int malformed = 0;
        int caught = 0;
        int allowed = 0;
        for (StarRocksCorpus.Entry e : StarRocksCorpus.files(corpus, "rejected")) {
            files++;
            String rule = null;
            try {
                DdlParser.parseStatement(e.sql());
            } catch (UnsupportedSqlException ex) {
                unsupported.merge(ex.construct(), 1, Integer::sum);
                continue;
            } catch (SqlParseException ex) {
                malformed++;
                rule = "malformed: " + ex.getMessage().lines().findFirst().orElse("");
            } catch (InvalidModelException ex) {
                rule = rule(ex.problems().get(0));
            }
            boolean needsState = NEEDS_SERVER_STATE.containsKey(e.name());
            if (rule != null) {
                caught++;
                byRule.merge(rule, 1, Integer::sum);
                if (needsState) {
                    stale.add(e.name() + " is caught now (" + rule + "): take it off NEEDS_SERVER_STATE");
                }
            } else if (needsState) {
                allowed++;
            } else {
                slipped.add(e.name() + ": " + e.sql().strip().lines().findFirst().orElse("") + " ("
                        + errorLine(e.path()) + ")");
            }
        }
        System.out.printf("rejected: %d statements; %d parse, of which %d are refused (%d by the parser as malformed, "
                + "%d by validation) and %d need server state; %d name constructs the model does not hold%n", files,
                files - unsupported.values().stream().mapToInt(Integer::intValue).sum(), caught, malformed,
                caught - malformed, allowed, unsupported.values().stream().mapToInt(Integer::intValue).sum());
        byRule.forEach((rule, count) -> System.out.println("  " + count + " x " + rule));
        unsupported.forEach((construct, count) -> System.out.println("  unsupported " + count + " x " + construct));
        assertThat(slipped).as("refused by the server, let through by validation: catch them, or add them to "
                + "NEEDS_SERVER_STATE with the reason").isEmpty();
        assertThat(stale).isEmpty();
    }

    @Test
    void nothingAServerAcceptedIsRefused() throws IOException {
        assumeTrue(corpus != null, "no starrocks-corpus on this machine");
        List<StarRocksCorpus.Entry> entries = new ArrayList<>();
        for (String folder : List.of("accepted/create_table", "accepted/create_mv", "accepted/create_view",
                "accepted/alter", "show_create/table", "show_create/mv", "show_create/view")) {
            StarRocksCorpus.files(corpus, folder).stream()
                    .filter(e -> !e.name().startsWith("show_create") || e.since2023August()).forEach(entries::add);
        }
        for (String folder : List.of("pairs", "live")) {
            try (Stream<Path> walk = Files.walk(corpus.resolve(folder))) {
                walk.filter(p -> p.getFileName().toString().matches("input\\.sql|output\\.sql|alter\\.sql"))
                        .sorted().forEach(p -> entries.add(StarRocksCorpus.read(corpus, p)));
            }
        }
        List<String> refused = new ArrayList<>();
        for (StarRocksCorpus.Entry e : entries) {
            for (String statement : StatementSplitter.split(e.sql())) {
                try {
                    DdlParser.parseStatement(statement);
                } catch (InvalidModelException ex) {
                    refused.add(e.name() + ": " + ex.problems());
                } catch (SqlParseException notValidation) {
                    // parsing is DdlParserCorpusTest's subject
                }
            }
        }
        System.out.printf("accepted by a server: %d files, %d statements refused by validation%n", entries.size(),
                refused.size());
        assertThat(refused).isEmpty();
    }

    /** The rule of a problem: its text after the object it names, up to the advice. */
    private static String rule(String problem) {
        String text = problem.replaceFirst("^line \\d+: ", "");
        int objectEnd = text.indexOf(": ");
        String rule = objectEnd < 0 ? text : text.substring(objectEnd + 2);
        int advice = rule.indexOf("; ");
        return advice < 0 ? rule : rule.substring(0, advice);
    }

    private static String errorLine(Path file) {
        try {
            return Files.readAllLines(file).stream().filter(l -> l.startsWith("-- error:")).findFirst().orElse("");
        } catch (IOException e) {
            return "";
        }
    }
}
