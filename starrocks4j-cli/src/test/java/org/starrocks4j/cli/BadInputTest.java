package org.starrocks4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs a new user gets wrong: each gets one clear message (what is wrong, where, and the way out), exit code 2,
 * and nothing written or run.
 */
class BadInputTest {

    @TempDir
    Path dir;

    private String project() {
        Cli.run("init", dir.toString());
        return dir.resolve("starrocks4j.properties").toString();
    }

    private List<Path> revisionFiles() throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve("migrations"))) {
            return files.filter(f -> f.toString().endsWith(".sql")).sorted().toList();
        }
    }

    @Test
    void aRevisionIdThatExistsIsRefusedAndEveryCommandKeepsWorking() throws Exception {
        String config = project();
        assertThat(Cli.run("revision", "--config", config, "-m", "First", "--rev-id", "aaa111").exitCode()).isZero();
        List<Path> before = revisionFiles();

        Cli.Result again = Cli.run("revision", "--config", config, "-m", "Second", "--rev-id", "aaa111");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("revision id aaa111 is taken by aaa111 (aaa111_first.sql)")
                .contains("leave out the id for a random one").contains("nothing was written");
        Cli.Result prefix = Cli.run("revision", "--config", config, "-m", "Second", "--rev-id", "aaa");
        assertThat(prefix.exitCode()).isEqualTo(2);
        assertThat(prefix.err()).contains("revision id aaa starts the id of aaa111");

        assertThat(revisionFiles()).isEqualTo(before);
        assertThat(Cli.run("history", "--config", config).exitCode()).isZero();
    }

    @Test
    void aRevisionStatementThatDoesNotParseStopsEveryCommandWithFileAndLine() throws Exception {
        String config = project();
        Cli.run("revision", "--config", config, "-m", "Broken", "--rev-id", "aaa111");
        Path file = revisionFiles().get(0);
        Files.writeString(file, Files.readString(file).replace("-- @upgrade\n",
                "-- @upgrade\nCREATE TABLE t (id INT);\nALTER TABLE t ADD COLUMN c INT AFTR id;\n"));

        for (String[] command : List.of(new String[] {"upgrade", "--sql"}, new String[] {"history"},
                new String[] {"heads"}, new String[] {"export", "--format", "liquibase"})) {
            Cli.Result r = Cli.run(Stream.concat(Stream.of(command), Stream.of("--config", config))
                    .toArray(String[]::new));
            assertThat(r.exitCode()).as(String.join(" ", command)).isEqualTo(2);
            assertThat(r.out()).as(String.join(" ", command)).isEmpty();
            assertThat(r.err()).as(String.join(" ", command))
                    .contains(file.getFileName() + ", line 9, column 32: upgrade statement 2 of 2 does not parse");
        }
    }
}
