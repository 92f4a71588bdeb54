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

class StarRocks4jConfigurationTest {

    @TempDir
    Path dir;

    @Test
    void initWritesAFileThatLoadsBack() throws Exception {
        ProjectInitializer.init(dir, "jdbc:starrocks://localhost:9030/mydb", List.of("com.example.models", "sql:x.sql"),
                List.of());
        StarRocks4jConfiguration config = StarRocks4j.configure()
                .configurationFile(dir.resolve(StarRocks4jConfiguration.FILE_NAME));
        assertThat(config.url()).isEqualTo("jdbc:starrocks://localhost:9030/mydb");
        assertThat(config.models()).containsExactly("models:com.example.models", "sql:x.sql");
        assertThat(config.classpath()).containsExactly(dir.toAbsolutePath().resolve("target/classes"));
        assertThat(config.locations()).containsExactly(Location.parse("migrations"));
        assertThat(config.locations().get(0).folder(config.baseDir()))
                .isEqualTo(dir.toAbsolutePath().resolve("migrations"));
        assertThat(config.versionTable()).isEqualTo("starrocks4j_version");
        assertThat(config.versionTableProperties()).isEqualTo(Map.of("replication_num", "1"));
        assertThat(config.waitPollInterval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.waitTimeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(Files.readString(dir.resolve(StarRocks4jConfiguration.FILE_NAME)))
                .doesNotContainPattern("(?m)^password");
    }

    @Test
    void aProjectFileWithoutLocationsKeepsItsRevisionsBesideIt() throws Exception {
        Path file = dir.resolve(StarRocks4jConfiguration.FILE_NAME);
        Files.writeString(file, "url = jdbc:starrocks://h:9030/db\n");
        StarRocks4jConfiguration config = StarRocks4j.configure().configurationFile(file);
        assertThat(config.locations()).containsExactly(Location.parse("migrations"));
        assertThat(StarRocks4j.configure().locations()).extracting(Location::toString)
                .containsExactlyElementsOf(StarRocks4jConfiguration.DEFAULT_LOCATIONS);
    }

    @Test
    void initWithoutUrlLeavesAnExampleCommentedOut() throws Exception {
        ProjectInitializer.init(dir, null, List.of(), List.of());
        assertThat(StarRocks4j.configure().configurationFile(dir.resolve(StarRocks4jConfiguration.FILE_NAME)).url())
                .isNull();
    }

    @Test
    void credentialsAndUnknownSettingsInTheFileAreRejected() throws Exception {
        Path file = dir.resolve(StarRocks4jConfiguration.FILE_NAME);
        Files.writeString(file, "url = jdbc:starrocks://h:9030/db\npassword = hunter2\n");
        assertThatThrownBy(() -> StarRocks4j.configure().configurationFile(file))
                .isInstanceOf(StarRocks4jException.class)
                .hasMessageContaining("do not keep credentials").hasMessageNotContaining("hunter2")
                .extracting(e -> ((StarRocks4jException) e).errorCode()).isEqualTo(ErrorCode.CONFIGURATION);
        Files.writeString(file, "urll = x\n");
        assertThatThrownBy(() -> StarRocks4j.configure().configurationFile(file))
                .hasMessageContaining("setting 'urll' is unknown").hasMessageContaining("locations");
        assertThatThrownBy(() -> StarRocks4j.configure().configurationFile(dir.resolve("nope.properties")))
                .hasMessageContaining("starrocks4j init");
    }

    @Test
    void aMapTakesTheFileKeysWithOrWithoutThePrefixAndTheCredentials() {
        StarRocks4jConfiguration config = StarRocks4j.configure().configuration(Map.of(
                "starrocks4j.url", "jdbc:starrocks://fe:9030/analytics",
                "user", "ci",
                "starrocks4j.password", "s3cret",
                "locations", "classpath:db/starrocks, filesystem:extra",
                "starrocks4j.target", "3f2a",
                "version_table.properties.replication_num", "3",
                "wait.timeout", "5m",
                "fail_on_drift", "true",
                "starrocks4j.models", ""));
        assertThat(config.url()).isEqualTo("jdbc:starrocks://fe:9030/analytics");
        assertThat(config.user()).isEqualTo("ci");
        assertThat(config.hasPassword()).isTrue();
        assertThat(config.locations()).containsExactly(Location.classpath("db/starrocks"),
                new Location(Location.Kind.FILESYSTEM, "extra"));
        assertThat(config.target()).isEqualTo("3f2a");
        assertThat(config.versionTableProperties()).isEqualTo(Map.of("replication_num", "3"));
        assertThat(config.waitTimeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(config.failOnDrift()).isTrue();
        assertThat(config.models()).isEmpty();
        assertThat(config.toString()).doesNotContain("s3cret");

        assertThatThrownBy(() -> StarRocks4j.configure().configuration(Map.of("starrocks4j.taget", "head")))
                .hasMessageContaining("setting 'starrocks4j.taget' is unknown").hasMessageContaining("target");
        assertThatThrownBy(() -> StarRocks4j.configure().configuration(Map.of("fail_on_drift", "yes")))
                .hasMessageContaining("fail_on_drift = 'yes' is not true or false");
    }

    @Test
    void locations() {
        assertThat(Location.parse("classpath:/db/starrocks/")).isEqualTo(Location.classpath("db/starrocks"));
        assertThat(Location.parse("FILESYSTEM:migrations").isFilesystem()).isTrue();
        assertThat(Location.parse("migrations")).isEqualTo(new Location(Location.Kind.FILESYSTEM, "migrations"));
        assertThatThrownBy(() -> Location.parse("s3:bucket/x")).hasMessageContaining("unknown prefix")
                .hasMessageContaining("classpath:FOLDER or filesystem:FOLDER");
        assertThatThrownBy(() -> Location.parse("classpath:")).hasMessageContaining("names no folder");
    }

    @Test
    void durations() {
        assertThat(StarRocks4jConfiguration.duration("500ms", "x", "f")).isEqualTo(Duration.ofMillis(500));
        assertThat(StarRocks4jConfiguration.duration("3", "x", "f")).isEqualTo(Duration.ofSeconds(3));
        assertThat(StarRocks4jConfiguration.duration("1h", "x", "f")).isEqualTo(Duration.ofHours(1));
        assertThat(StarRocks4jConfiguration.duration("PT5M", "x", "f")).isEqualTo(Duration.ofMinutes(5));
        assertThatThrownBy(() -> StarRocks4jConfiguration.duration("soon", "wait.timeout", "setting"))
                .hasMessageContaining("setting wait.timeout = 'soon' is not a duration");
    }
}
