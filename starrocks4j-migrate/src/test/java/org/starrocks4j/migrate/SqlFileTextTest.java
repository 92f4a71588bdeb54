package org.starrocks4j.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlFileTextTest {

    @TempDir
    Path dir;

    private static byte[] bytes(Object... parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            out.write(part instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : (byte[]) part);
        }
        return out.toByteArray();
    }

    @Test
    void aByteOrderMarkIsSkipped() throws IOException {
        Path file = Files.write(dir.resolve("bom.sql"), bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "CREATE TABLE t (k INT);"));
        assertThat(SqlFileText.read(file)).isEqualTo("CREATE TABLE t (k INT);");
        assertThat(SqlFileText.decode("-- é\n".getBytes(StandardCharsets.UTF_8), "x")).isEqualTo("-- é\n");
        // the replacement character written as such is UTF-8 too (the strict check runs only when text holds one)
        assertThat(SqlFileText.decode("-- \uFFFD\n".getBytes(StandardCharsets.UTF_8), "x")).isEqualTo("-- \uFFFD\n");
    }

    @Test
    void bytesThatAreNotUtf8AreNamedWithFileLineAndColumn() throws IOException {
        // "café" in Latin-1 on line 3, after a multi-byte UTF-8 character on the same line
        Path file = Files.write(dir.resolve("latin1.sql"), bytes("CREATE TABLE t (k INT);\n\n-- ü caf",
                new byte[] {(byte) 0xE9}, "\n"));
        assertThatThrownBy(() -> SqlFileText.read(file))
                .isInstanceOf(MigrationException.class)
                .hasMessage(file + ", line 3, column 9: the file is not UTF-8 (byte 0xE9 at byte offset 34); save it "
                        + "as UTF-8 (e.g. iconv -f LATIN1 -t UTF-8, or your editor's encoding setting)");
    }

    @Test
    void revisionFilesWithAByteOrderMarkOrNotInUtf8() throws IOException {
        String revision = "-- starrocks4j revision\n-- id: abcdef123456\n-- parents: (none)\n-- message: first\n"
                + "-- created: 2026-01-01T00:00:00Z\n\n-- @upgrade\nCREATE TABLE t (k INT);\n\n-- @downgrade\n"
                + "DROP TABLE t;\n";
        Files.write(dir.resolve("abcdef123456_first.sql"), bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                revision));
        assertThat(new RevisionDirectory(dir).load()).extracting(Revision::id).containsExactly("abcdef123456");

        String second = revision.replace("abcdef123456", "bcdef1234567");
        int message = second.indexOf("first");
        Path bad = Files.write(dir.resolve("bcdef1234567_second.sql"), bytes(second.substring(0, message) + "caf",
                new byte[] {(byte) 0xE9}, second.substring(message + "first".length())));
        assertThatThrownBy(() -> new RevisionDirectory(dir).load())
                .hasMessageStartingWith(bad + ", line 4, column 16: the file is not UTF-8");
    }
}
