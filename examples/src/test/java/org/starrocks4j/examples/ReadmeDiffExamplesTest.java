package org.starrocks4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs the commands of the README section "Comparing schemas ({@code diff})" exactly as written, with {@code sh}
 * from the repository root, and compares what they print (standard output and error) with the output the README
 * shows under each {@code $ } line. A line {@code ...} in the README stands for any number of lines (an excerpt).
 * Each command must exit with 0 unless its line says {@code # exits with N}. Needs the CLI jar, so it runs in
 * {@code mvn verify} (not {@code mvn test}).
 */
class ReadmeDiffExamplesTest {

    private static final String HEADING = "## Comparing schemas (`diff`)";
    private static final Pattern FENCE = Pattern.compile("```\\n(\\$ .*?)```", Pattern.DOTALL);
    private static final Pattern EXIT_NOTE = Pattern.compile("#\\s*exits with (\\d+)");
    private static final String ANY_LINES = "...";

    /** One {@code $ } line of the README and the output shown under it. */
    record Example(String command, List<String> output) {
    }

    @Test
    void theCommandsPrintWhatTheReadmeShows() throws Exception {
        Path repo = repositoryRoot();
        assumeTrue(Files.isRegularFile(repo.resolve("starrocks4j-cli/target/starrocks4j.jar")),
                "the CLI jar is built in the package phase; run mvn verify");
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");

        List<Example> examples = examples(section(Files.readString(repo.resolve("README.md"))));
        assertThat(examples).as("the section's examples").hasSizeGreaterThanOrEqualTo(6)
                .anyMatch(e -> e.command().contains("--inverse"))
                .anyMatch(e -> e.command().contains("--format json"))
                .anyMatch(e -> e.command().contains("--exit-code"))
                .anyMatch(e -> e.command().contains("--allow-rebuild"));

        for (Example example : examples) {
            Matcher note = EXIT_NOTE.matcher(example.command());
            int expectedExit = note.find() ? Integer.parseInt(note.group(1)) : 0;
            Process process = new ProcessBuilder("/bin/sh", "-c", example.command()).directory(repo.toFile())
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s finishes", example.command()).isTrue();
            assertThat(process.exitValue()).as("exit code of %s\n%s", example.command(), output)
                    .isEqualTo(expectedExit);
            List<String> actual = lines(output);
            assertThat(matches(example.output(), 0, actual, 0))
                    .as("the output of\n$ %s\nis\n%s\nbut the README shows\n%s", example.command(),
                            String.join("\n", actual), String.join("\n", example.output()))
                    .isTrue();
        }
    }

    @Test
    void anEllipsisStandsForAnyNumberOfLines() {
        assertThat(matches(List.of("a", "...", "d"), 0, List.of("a", "b", "c", "d"), 0)).isTrue();
        assertThat(matches(List.of("a", "...", "d"), 0, List.of("a", "d"), 0)).isTrue();
        assertThat(matches(List.of("a", "...", "d"), 0, List.of("a", "b", "c"), 0)).isFalse();
        assertThat(matches(List.of("a", "b"), 0, List.of("a", "b", "c"), 0)).isFalse();
        assertThat(matches(List.of("  ...", "c"), 0, List.of("a", "b", "c"), 0)).isTrue();
    }

    /** The section's text, from its heading to the next second-level heading. */
    static String section(String readme) {
        int start = readme.indexOf("\n" + HEADING + "\n");
        assertThat(start).as("README has a '%s' section", HEADING).isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    /** Each {@code $ } line of the section's plain code blocks with the lines under it, up to the next one. */
    static List<Example> examples(String section) {
        List<Example> out = new ArrayList<>();
        Matcher fence = FENCE.matcher(section);
        while (fence.find()) {
            String command = null;
            List<String> output = new ArrayList<>();
            for (String line : lines(fence.group(1))) {
                if (line.startsWith("$ ")) {
                    if (command != null) {
                        out.add(new Example(command, output));
                    }
                    command = line.substring(2);
                    output = new ArrayList<>();
                } else {
                    output.add(line);
                }
            }
            out.add(new Example(command, output));
        }
        return out;
    }

    /** True when {@code actual} from line {@code a} on is what {@code expected} from line {@code e} on shows. */
    static boolean matches(List<String> expected, int e, List<String> actual, int a) {
        if (e == expected.size()) {
            return a == actual.size();
        }
        if (expected.get(e).strip().equals(ANY_LINES)) {
            for (int next = a; next <= actual.size(); next++) {
                if (matches(expected, e + 1, actual, next)) {
                    return true;
                }
            }
            return false;
        }
        return a < actual.size() && expected.get(e).equals(actual.get(a)) && matches(expected, e + 1, actual, a + 1);
    }

    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>(Arrays.asList(text.split("\r?\n", -1)));
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static Path repositoryRoot() throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("the repository root (with mvnw) above " + Path.of("").toAbsolutePath()).isNotNull();
        return dir;
    }
}
