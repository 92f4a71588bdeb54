package org.starrocks4j.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.starrocks4j.json.SchemaJson;
import org.starrocks4j.operation.SchemaReplay;
import org.starrocks4j.rules.RunMode;
import org.starrocks4j.rules.ServerProfile;
import org.starrocks4j.rules.ServerVersion;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.SchemaObject;
import org.starrocks4j.sql.SqlSchemaReader;
import org.starrocks4j.testing.StarRocksCorpus;

/**
 * The real-server pairs ({@code starrocks-corpus/pairs/NNNN}): the model of a user's CREATE ({@code input.sql}, with
 * the ALTERs of {@code alter.sql} replayed) equals the model of what the server printed afterwards
 * ({@code output.sql}) once both are normalized for the server's run mode (read from the output). The share that
 * holds is printed; every pair that does not hold is listed, with its reason, in
 * {@code src/test/resources/corpus-pairs-allowlist.txt}, and an allow-listed pair that holds fails the test so the
 * list only shrinks. For the pairs that hold, the diff between the two sides is empty in both directions, and the
 * diff from the input before its ALTERs to the output, replayed onto that input, reaches the output.
 */
class CorpusPairsTest {

    private record Pair(String id, Schema input, Schema output, Schema created, RunMode runMode) {
        ServerNormalizer normalizer() {
            return ServerNormalizer.forServer(new ServerProfile(ServerVersion.UNKNOWN, runMode));
        }
    }

    @Test
    void inputAndOutputOfEveryPairAreEqualAfterNormalization() throws IOException {
        Path root = StarRocksCorpus.root().orElse(null);
        assumeTrue(root != null, "the real-server corpus (shared/starrocks-corpus) is not here");
        Map<String, String> allowed = StarRocksCorpus.listed(CorpusPairsTest.class, "/corpus-pairs-allowlist.txt");
        Map<String, String> mismatches = new TreeMap<>();
        int total = 0;
        List<Pair> holding = new ArrayList<>();
        for (Path dir : pairDirectories(root)) {
            total++;
            String id = dir.getFileName().toString();
            Pair pair;
            try {
                pair = read(dir);
            } catch (RuntimeException e) {
                mismatches.put(id, "cannot be read: " + e.getMessage());
                continue;
            }
            ServerNormalizer n = pair.normalizer();
            Schema in = n.normalize(pair.input());
            Schema out = n.normalize(pair.output());
            if (in.equals(out)) {
                holding.add(pair);
            } else {
                mismatches.put(id, difference(in, out));
            }
        }
        System.out.printf("corpus pairs: %d of %d (%.0f%%) equal after normalization; %d allow-listed%n",
                holding.size(), total, 100.0 * holding.size() / Math.max(1, total), mismatches.size());
        mismatches.forEach((id, why) -> System.out.println("  " + id + " " + allowed.getOrDefault(id, "NOT ALLOWED")
                + "\n      " + why.replace("\n", "\n      ")));

        assertThat(mismatches.keySet()).as("pairs that differ but are not in corpus-pairs-allowlist.txt")
                .isSubsetOf(allowed.keySet());
        List<String> fixed = allowed.keySet().stream().filter(id -> !mismatches.containsKey(id)).toList();
        assertThat(fixed).as("allow-listed pairs that now hold: remove them from corpus-pairs-allowlist.txt")
                .isEmpty();

        for (Pair p : holding) {
            DiffOptions options = DiffOptions.defaults().withServer(p.normalizer().server());
            ServerNormalizer n = p.normalizer();
            Schema in = n.normalize(p.input());
            Schema out = n.normalize(p.output());
            assertThat(SchemaDiff.between(in, out, options).changes()).as("diff of pair %s", p.id()).isEmpty();
            assertThat(SchemaDiff.between(out, in, options).changes()).as("diff of pair %s", p.id()).isEmpty();
            assertThat(SchemaDiff.between(p.input(), p.output(), options).changes())
                    .as("diff of pair %s before normalization", p.id()).isEmpty();
            // the ALTERs the test ran, found again by the diff and replayed
            Schema created = n.normalize(p.created());
            DiffResult diff = SchemaDiff.between(created, out, options.allowRebuild());
            Schema replayed = n.normalize(SchemaReplay.apply(created, diff.upgrade()));
            assertThat(SchemaDiff.between(replayed, out, options).changes()).as("replay of pair %s", p.id()).isEmpty();
        }
    }

    private static Pair read(Path dir) throws IOException {
        String input = sql(dir.resolve("input.sql"));
        Path alterFile = dir.resolve("alter.sql");
        String alter = Files.exists(alterFile) ? sql(alterFile) : "";
        Schema created = SqlSchemaReader.read(input);
        Schema output = SqlSchemaReader.read(sql(dir.resolve("output.sql")));
        Schema input2 = alter.isBlank() ? created : SqlSchemaReader.read(created, alter);
        // ALTERs of other objects (SWAP WITH a table the pair does not hold) make the pair about one object only
        return new Pair(dir.getFileName().toString(), only(input2, output), output, only(created, output),
                ServerNormalizer.inferRunMode(output));
    }

    private static Schema only(Schema schema, Schema like) {
        return new Schema(schema.objects().stream()
                .filter(o -> like.objects().stream().anyMatch(l -> l.name().equals(o.name()))).toList());
    }

    private static String sql(Path file) {
        return StarRocksCorpus.read(file.getParent().getParent().getParent(), file).sql();
    }

    private static List<Path> pairDirectories(Path root) throws IOException {
        try (Stream<Path> dirs = Files.list(root.resolve("pairs"))) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        }
    }

    /** The first differing attribute, as the JSON lines that differ. */
    static String difference(Schema in, Schema out) {
        List<String> a = List.of(SchemaJson.write(in).split("\n"));
        List<String> b = List.of(SchemaJson.write(out).split("\n"));
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String x = i < a.size() ? a.get(i) : "";
            String y = i < b.size() ? b.get(i) : "";
            if (!Objects.equals(x, y)) {
                d.append("input:  ").append(x.strip()).append("\noutput: ").append(y.strip()).append('\n');
                if (d.length() > 600) {
                    break;
                }
            }
        }
        return d.toString().strip();
    }
}
