package org.starrocks4j.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.starrocks4j.lexical.SqlParseException;
import org.starrocks4j.operation.Operation;
import org.starrocks4j.operation.TableOperation;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.Table;
import org.starrocks4j.testing.StarRocksCorpus;

/**
 * The {@code CREATE TABLE ... AS SELECT} statements real servers accepted ({@code starrocks-corpus/accepted/
 * create_table}, skipped when absent). Each is replayed after the CREATE TABLE statements its upstream test file ran
 * before it (the latest of each name), and either makes a table or fails naming why: a select item only the server
 * can type, or a table it reads that the corpus does not hold. Statements over several tables are named as
 * unsupported by the parser. Counts are printed.
 */
class CreateTableAsSelectCorpusTest {

    private static final Pattern SOURCE = Pattern.compile("^-- source: (\\S+ \\S+) line (\\d+)");

    /** A corpus statement with the upstream test file and line it comes from. */
    private record Statement(String name, String file, int line, String sql) {
    }

    @Test
    void everyAcceptedCtasMakesATableOrFailsNamingWhy() {
        Path root = StarRocksCorpus.root().orElse(null);
        assumeTrue(root != null, "no starrocks-corpus on this machine");
        List<Statement> statements = StarRocksCorpus.files(root, "accepted/create_table").stream()
                .flatMap(e -> statements(e).stream())
                .sorted(Comparator.comparing(Statement::file).thenComparingInt(Statement::line)).toList();
        Map<String, String> outcomes = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (Statement s : statements) {
            Operation op;
            try {
                op = DdlParser.parseStatement(s.sql(), DdlParser.Validation.UNCHECKED);
            } catch (UnsupportedSqlException e) {
                if (e.construct().startsWith("CREATE TABLE ... AS")) {
                    outcomes.put(s.name(), "unsupported: " + e.construct());
                }
                continue;
            } catch (SqlParseException notDdl) {
                continue; // another statement of the file (an INSERT), which DdlParserCorpusTest covers
            }
            if (!(op instanceof TableOperation.CreateTableAsSelect ctas)) {
                continue;
            }
            try {
                String script = String.join(";\n", createdBefore(s, statements)) + ";\n" + s.sql();
                Schema schema = SqlSchemaReader.read(script);
                Table made = (Table) schema.find(ctas.target().name()).orElseThrow();
                assertThat(made.columns()).as(s.name()).isNotEmpty();
                outcomes.put(s.name(), "read: " + made.columns().size() + " columns");
            } catch (SqlSchemaReader.ScriptReplayException e) {
                String why = e.getMessage();
                if (why.contains("select item") && why.contains("SHOW CREATE TABLE")) {
                    outcomes.put(s.name(), "refused, naming the item: " + why);
                } else if (why.contains("does not exist; create it before this statement")) {
                    outcomes.put(s.name(), "reads a table the corpus does not hold: " + why);
                } else {
                    failures.add(s.name() + ": " + why);
                }
            }
        }
        System.out.println("accepted CTAS: " + outcomes.size() + " statements");
        outcomes.forEach((name, outcome) -> System.out.println("  " + name + "  " + outcome));
        assertThat(failures).isEmpty();
        assertThat(outcomes.values().stream().filter(o -> o.startsWith("read")).count()).isPositive();
    }

    /** The CREATE TABLE statements of the same upstream file before the statement, the latest of each name. */
    private static List<String> createdBefore(Statement ctas, List<Statement> statements) {
        Map<ObjectName, String> latest = new LinkedHashMap<>();
        for (Statement s : statements) {
            if (!s.file().equals(ctas.file()) || s.line() >= ctas.line()) {
                continue;
            }
            try {
                if (DdlParser.parseStatement(s.sql(), DdlParser.Validation.UNCHECKED)
                        instanceof TableOperation.CreateTable create) {
                    latest.remove(create.table().name());
                    latest.put(create.table().name(), s.sql().strip().replaceAll(";$", ""));
                }
            } catch (SqlParseException notATableTheModelHolds) {
                // a temporary table and the like: a CTAS reading it fails naming the table
            }
        }
        return new ArrayList<>(latest.values());
    }

    /** The statements of a corpus file, each with the upstream file and line the file names. */
    private static List<Statement> statements(StarRocksCorpus.Entry e) {
        try {
            Matcher m = SOURCE.matcher(Files.readAllLines(e.path()).get(0));
            if (!m.find()) {
                return List.of();
            }
            return StatementSplitter.split(e.sql()).stream()
                    .map(sql -> new Statement(e.name(), m.group(1), Integer.parseInt(m.group(2)), sql)).toList();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
