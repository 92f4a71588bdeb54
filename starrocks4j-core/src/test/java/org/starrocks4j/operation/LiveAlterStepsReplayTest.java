package org.starrocks4j.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.starrocks4j.rules.RunMode;
import org.starrocks4j.rules.ServerRules;
import org.starrocks4j.rules.ServerVersion;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.sql.DdlParser;
import org.starrocks4j.sql.SqlSchemaReader;
import org.starrocks4j.testing.StarRocksCorpus;

/**
 * What a real StarRocks FE answered to each ALTER of {@code starrocks-corpus/live/alter/<case>/steps.sql}, applied to
 * {@code before.sql} in order, is what the replay says: every statement the server ran ({@code -- server: OK})
 * replays, and every one it refused is refused by the replay, which quotes the server's own message.
 */
class LiveAlterStepsReplayTest {

    /** The recording server: a main build (no version number), shared-nothing. */
    private static final ServerRules RECORDING_SERVER = ServerRules.forReading(ServerVersion.UNKNOWN,
            RunMode.SHARED_NOTHING);

    /** {@code ERROR 1064: message} or {@code ERROR 5064: Getting analyzing error. Detail message: message.} */
    private static final Pattern SERVER_ERROR = Pattern.compile(
            "ERROR \\d+: (?:Getting analyzing error\\. Detail message: )?(.*?)\\.?");

    /** The server's message for a refused statement, without its error code and prefix. */
    private static String refusal(StarRocksCorpus.AlterStep step) {
        Matcher m = SERVER_ERROR.matcher(step.answer());
        assertThat(m.matches()).as("server answer %s", step.answer()).isTrue();
        return m.group(1);
    }

    @Test
    void everyStepTheServerRanReplaysAndEveryStepItRefusedIsRefusedWithItsMessage() throws IOException {
        Path root = StarRocksCorpus.root().orElse(null);
        assumeTrue(root != null && Files.isDirectory(root.resolve("live/alter")),
                "the real-server corpus (shared/starrocks-corpus/live/alter) is not here");
        int ran = 0;
        int refused = 0;
        for (Path dir : StarRocksCorpus.alterCases(root)) {
            String name = dir.getFileName().toString();
            SchemaReplay replay = SchemaReplay.startingFrom(SqlSchemaReader.read(read(dir.resolve("before.sql"))),
                    SchemaReplay.ObjectRules.TRUST, RECORDING_SERVER);
            for (StarRocksCorpus.AlterStep step : StarRocksCorpus.alterSteps(dir)) {
                Operation operation = DdlParser.parseStatement(step.sql(), DdlParser.Validation.UNCHECKED);
                if (step.ran()) {
                    ran++;
                    assertThatCode(() -> replay.apply(operation)).as("case %s: the server ran %s", name, step.sql())
                            .doesNotThrowAnyException();
                } else {
                    refused++;
                    Schema before = replay.schema();
                    assertThatThrownBy(() -> replay.apply(operation))
                            .as("case %s: the server refused %s", name, step.sql())
                            .isInstanceOf(ReplayException.class)
                            .hasMessageContaining("\"" + refusal(step));
                    assertThat(replay.schema()).as("case %s: a refused statement changes nothing", name)
                            .isEqualTo(before);
                }
            }
        }
        System.out.println("live/alter: " + ran + " statement(s) the server ran replayed, " + refused
                + " it refused refused");
        assertThat(ran).as("statements the server ran").isPositive();
        assertThat(refused).as("statements the server refused").isPositive();
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
