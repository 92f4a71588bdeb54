package org.starrocks4j.schema;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.starrocks4j.operation.Operation;
import org.starrocks4j.sql.DdlParser;
import org.starrocks4j.sql.DdlRenderer;
import org.starrocks4j.sql.SqlParseException;
import org.starrocks4j.sql.UnsupportedSqlException;
import org.starrocks4j.testing.StarRocksCorpus;

class RejectedCorpusTest {

    @Test
    void explore() {
        Path corpus = StarRocksCorpus.root().orElse(null);
        assumeTrue(corpus != null);
        Map<String, String> out = new TreeMap<>();
        for (StarRocksCorpus.Entry e : StarRocksCorpus.files(corpus, "rejected")) {
            String error = StarRocksCorpus.read(corpus, e.path()).sql();
            String verdict;
            try {
                Operation op = DdlParser.parseStatement(e.sql());
                try {
                    DdlRenderer.defaults().render(op);
                    verdict = "THROUGH " + op.getClass().getSimpleName();
                } catch (IllegalArgumentException r) {
                    verdict = "RENDER " + r.getMessage();
                }
            } catch (UnsupportedSqlException u) {
                verdict = "UNSUPPORTED " + u.construct();
            } catch (SqlParseException p) {
                verdict = "MALFORMED " + p.getMessage().lines().findFirst().orElse("");
            } catch (InvalidModelException m) {
                verdict = "INVALID " + m.problems();
            }
            out.put(e.name(), verdict);
        }
        out.forEach((k, v) -> System.out.println(k + " " + v));
    }

    @Test
    void sweep() throws Exception {
        Path corpus = StarRocksCorpus.root().orElse(null);
        assumeTrue(corpus != null);
        java.util.List<Path> files = new java.util.ArrayList<>();
        try (var walk = java.nio.file.Files.walk(corpus.resolve("live"))) {
            walk.filter(p -> p.getFileName().toString().matches("input.sql|output.sql|statement.sql|alter.sql")).sorted().forEach(files::add);
        }
        for (String f : java.util.List.of("accepted/create_table", "accepted/create_mv", "accepted/create_view", "accepted/alter", "show_create/table", "show_create/mv", "pairs")) {
            try (var walk = java.nio.file.Files.walk(corpus.resolve(f))) {
                walk.filter(p -> p.toString().endsWith(".sql")).sorted().forEach(files::add);
            }
        }
        int ok = 0;
        for (Path p : files) {
            if (p.toString().contains("/live/create/") && !java.nio.file.Files.exists(p.resolveSibling("show_create.sql"))) {
                continue;
            }
            String sql = StarRocksCorpus.read(corpus, p).sql();
            try {
                for (String st : org.starrocks4j.sql.StatementSplitter.split(sql)) {
                    DdlParser.parseStatement(st);
                }
                ok++;
            } catch (InvalidModelException m) {
                System.out.println("SWEEP " + corpus.relativize(p) + " " + m.problems());
            } catch (RuntimeException other) {
                // not validation
            }
        }
        System.out.println("SWEEP ok " + ok + " of " + files.size());
    }
}
