package org.starrocks4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --from db} and {@code --from jdbc:starrocks://...} on inspect, diff and codegen, without a server: the URL
 * comes from {@code --url} or the settings file, and failures say what to do without showing the password.
 * (Reading a real database is covered by the live suite of starrocks4j-jdbc.)
 */
class LiveSourceCommandsTest {

    @TempDir
    Path dir;

    @Test
    void dbWithoutUrlSaysWhereToGiveIt() {
        Cli.Result r = Cli.run("inspect", "--from", "db", "--config", write("models=x\n").toString());
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.err()).contains("--url").contains("starrocks4j.properties");
    }

    @Test
    void urlFromOptionIsUsedAndThePasswordNeverShown() {
        Cli.Result r = Cli.run("inspect", "--from", "db", "--url",
                "jdbc:starrocks://root:s3cr3t@127.0.0.1:1/shop?connectTimeout=2000");
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.err()).contains("cannot connect to jdbc:starrocks://root:****@127.0.0.1:1/shop")
                .contains("connection refused").contains("query port is 9030 unless query_port in fe.conf says otherwise")
                .doesNotContain("Communications link failure").doesNotContain("s3cr3t");
    }

    @Test
    void urlFromTheSettingsFile() {
        Path config = write("url=jdbc:starrocks://127.0.0.1:1/fromfile?connectTimeout=2000\n");
        Cli.Result r = Cli.run("codegen", "--from", "db", "--config", config.toString(), "--package", "x.y",
                "--out", dir.resolve("out").toString());
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.err()).contains("127.0.0.1:1/fromfile");
    }

    @Test
    void jdbcUrlAsSourceOnDiff() {
        Cli.Result r = Cli.run("diff", "--from", "jdbc:starrocks://u:s3cr3t@127.0.0.1:1/shop?connectTimeout=2000",
                "--to", "db:other", "--url", "jdbc:starrocks://127.0.0.1:1/x");
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.err()).contains("cannot connect").doesNotContain("s3cr3t");
    }

    @Test
    void badUrlIsExplained() {
        Cli.Result r = Cli.run("inspect", "--from", "jdbc:starrocks://u:s3cr3t@h:port/db");
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.err()).contains("port 'port'").doesNotContain("s3cr3t");
    }

    private Path write(String text) {
        try {
            Path file = dir.resolve("starrocks4j.properties");
            Files.writeString(file, text);
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
