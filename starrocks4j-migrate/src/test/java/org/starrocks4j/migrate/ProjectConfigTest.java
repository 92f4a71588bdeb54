package org.starrocks4j.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectConfigTest {

    @TempDir
    Path dir;

    @Test
    void initWritesAFileThatLoadsBack() throws Exception {
        ProjectInitializer.init(dir, "jdbc:starrocks://localhost:9030/mydb", List.of("com.example.models", "sql:x.sql"),
                List.of());
        ProjectConfig config = ProjectConfig.load(dir.resolve(ProjectConfig.FILE_NAME));
        assertThat(config.url()).isEqualTo("jdbc:starrocks://localhost:9030/mydb");
        assertThat(config.models()).containsExactly("models:com.example.models", "sql:x.sql");
        assertThat(config.resolvedClasspath()).containsExactly(dir.toAbsolutePath().resolve("target/classes"));
        assertThat(config.migrations()).isEqualTo(dir.toAbsolutePath().resolve("migrations"));
        assertThat(config.versionTable()).isEqualTo("starrocks4j_version");
        assertThat(config.versionTableProperties()).isEqualTo(Map.of("replication_num", "1"));
        assertThat(config.pollInterval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.timeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(Files.readString(dir.resolve(ProjectConfig.FILE_NAME))).doesNotContainPattern("(?m)^password");
    }

    @Test
    void initWithoutUrlLeavesAnExampleCommentedOut() throws Exception {
        ProjectInitializer.init(dir, null, List.of(), List.of());
        assertThat(ProjectConfig.load(dir.resolve(ProjectConfig.FILE_NAME)).url()).isNull();
    }

    @Test
    void credentialsAndUnknownSettingsAreRejected() throws Exception {
        Path file = dir.resolve(ProjectConfig.FILE_NAME);
        Files.writeString(file, "url = jdbc:starrocks://h:9030/db\npassword = hunter2\n");
        assertThatThrownBy(() -> ProjectConfig.load(file)).hasMessageContaining("do not keep credentials")
                .hasMessageNotContaining("hunter2");
        Files.writeString(file, "urll = x\n");
        assertThatThrownBy(() -> ProjectConfig.load(file)).hasMessageContaining("unknown setting 'urll'");
        assertThatThrownBy(() -> ProjectConfig.load(dir.resolve("nope.properties")))
                .hasMessageContaining("starrocks4j init");
    }

    @Test
    void durations() {
        assertThat(ProjectConfig.duration("500ms", "x", "f")).isEqualTo(Duration.ofMillis(500));
        assertThat(ProjectConfig.duration("3", "x", "f")).isEqualTo(Duration.ofSeconds(3));
        assertThat(ProjectConfig.duration("1h", "x", "f")).isEqualTo(Duration.ofHours(1));
        assertThat(ProjectConfig.duration("PT5M", "x", "f")).isEqualTo(Duration.ofMinutes(5));
        assertThatThrownBy(() -> ProjectConfig.duration("soon", "wait.timeout", "f"))
                .hasMessageContaining("wait.timeout = 'soon' is not a duration");
    }
}
