package org.starrocks4j.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.starrocks4j.rules.ServerProfile;
import org.starrocks4j.rules.ServerVersion;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.sql.SqlSchemaReader;
import org.starrocks4j.testing.StarRocksCorpus;

/**
 * What a current StarRocks FE printed for a table ({@code starrocks-corpus/live/}): read back, it is the table that
 * was created, with no change. Two sets: {@code live/pairs/NNNN} (a CREATE written by StarRocks' test authors and
 * SHOW CREATE's answer) and {@code live/create/NNNN} (starrocks4j's canonical DDL and SHOW CREATE's answer; the
 * statements the server refused are left out). For each, both sides normalized for the server are equal, and
 * {@link SchemaDiff} with the server's profile finds no change in either direction.
 *
 * <p>A case that does not hold fails the test unless {@code live-readback-known-failures.txt} lists it with its
 * reason; a listed case that holds fails it too, so the list only shrinks. Skipped when the corpus is absent.
 */
class LiveCorpusReadBackTest {

    private static final String KNOWN_FAILURES = "/live-readback-known-failures.txt";

    /** One table: what was sent ({@code written}) and what SHOW CREATE printed for it ({@code printed}). */
    private record ReadBack(String id, Path written, Path printed) {
    }

    @Test
    void everyTableTheServerPrintedReadsBackWithNoChange() throws IOException {
        Path root = StarRocksCorpus.root().orElse(null);
        assumeTrue(root != null && Files.isDirectory(root.resolve("live")),
                "the live real-server corpus (shared/starrocks-corpus/live) is not here");
        List<ReadBack> cases = Stream.concat(
                readBacks(root, "pairs", "input.sql", "output.sql").stream(),
                readBacks(root, "create", "statement.sql", "show_create.sql").stream()).toList();
        Map<String, String> known = StarRocksCorpus.listed(LiveCorpusReadBackTest.class, KNOWN_FAILURES);
        Map<String, String> failures = new TreeMap<>();
        for (ReadBack c : cases) {
            String why = difference(root, c);
            if (why != null) {
                failures.put(c.id(), why);
            }
        }
        for (String folder : List.of("pairs/", "create/")) {
            long all = cases.stream().filter(c -> c.id().startsWith(folder)).count();
            long failing = failures.keySet().stream().filter(id -> id.startsWith(folder)).count();
            System.out.printf("live read-back: live/%s %d of %d read back with no change%n", folder, all - failing,
                    all);
        }
        failures.forEach((id, why) -> System.out.println("  " + id + "  " + known.getOrDefault(id, "NOT LISTED")
                + "\n      " + why.replace("\n", "\n      ")));

        assertThat(failures.keySet()).as("cases that do not read back and are not in " + KNOWN_FAILURES)
                .isSubsetOf(known.keySet());
        List<String> fixed = known.keySet().stream().filter(id -> !failures.containsKey(id)).toList();
        assertThat(fixed).as("listed cases that now read back: remove them from " + KNOWN_FAILURES).isEmpty();
    }

    /** Why the case does not read back, or {@code null} when it does. */
    private static String difference(Path root, ReadBack c) {
        Schema written;
        Schema printed;
        try {
            written = SqlSchemaReader.read(StarRocksCorpus.read(root, c.written()).sql());
            printed = SqlSchemaReader.read(StarRocksCorpus.read(root, c.printed()).sql());
        } catch (RuntimeException e) {
            return "cannot be read: " + e.getMessage();
        }
        return difference(written, printed);
    }

    /**
     * Why what was written does not read back as what the server printed, or {@code null} when it does: both
     * normalized for the server are equal, and the diff finds no change in either direction.
     */
    static String difference(Schema written, Schema printed) {
        ServerProfile server = new ServerProfile(ServerVersion.UNKNOWN, ServerNormalizer.inferRunMode(printed));
        ServerNormalizer normalizer = ServerNormalizer.forServer(server);
        Schema a = normalizer.normalize(written);
        Schema b = normalizer.normalize(printed);
        if (!a.equals(b)) {
            return "normalized models differ:\n" + CorpusPairsTest.difference(a, b);
        }
        DiffOptions options = DiffOptions.defaults().withServer(server);
        try {
            List<Change> there = SchemaDiff.between(written, printed, options).changes();
            if (!there.isEmpty()) {
                return "diff written -> printed: " + there;
            }
            List<Change> back = SchemaDiff.between(printed, written, options).changes();
            return back.isEmpty() ? null : "diff printed -> written: " + back;
        } catch (NonAlterableChangeException e) {
            return "diff: " + e.getMessage();
        }
    }

    /** The cases of {@code live/<folder>}: folders holding both files (the server refused the others). */
    private static List<ReadBack> readBacks(Path root, String folder, String written, String printed)
            throws IOException {
        try (Stream<Path> dirs = Files.list(root.resolve("live").resolve(folder))) {
            return dirs.filter(d -> Files.exists(d.resolve(written)) && Files.exists(d.resolve(printed))).sorted()
                    .map(d -> new ReadBack(folder + "/" + d.getFileName(), d.resolve(written), d.resolve(printed)))
                    .toList();
        }
    }
}
