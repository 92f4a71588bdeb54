package org.starrocks4j.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.starrocks4j.migrate.StarRocks4jConfiguration;
import org.starrocks4j.migrate.StarRocks4jException;

/** The project's starrocks4j.properties first, then what the goal is given: an unset parameter changes nothing. */
class MojoSettingsTest {

    @TempDir
    Path project;

    private CheckMojo check() throws IOException {
        Path file = project.resolve(StarRocks4jConfiguration.FILE_NAME);
        Files.writeString(file, "models = com.acme.model\nallow_rebuild = true\nreset_properties = true\n"
                + "wait.timeout = 5m\n");
        CheckMojo mojo = new CheckMojo();
        mojo.configFile = file.toFile();
        return mojo;
    }

    @Test
    void theSettingsFileDecidesWhatTheGoalIsNotGiven() throws Exception {
        StarRocks4jConfiguration configuration = check().configuration(getClass().getClassLoader());

        assertThat(configuration.allowRebuild()).isTrue();
        assertThat(configuration.resetProperties()).isTrue();
        assertThat(configuration.models()).containsExactly("models:com.acme.model");
        assertThat(configuration.waitTimeout()).hasMinutes(5);
        assertThat(configuration.baseDir()).isEqualTo(project.toAbsolutePath().normalize());
    }

    @Test
    void whatTheGoalIsGivenWinsOverTheSettingsFile() throws IOException, MojoExecutionException {
        CheckMojo mojo = check();
        mojo.allowRebuild = false;
        mojo.waitTimeout = "10m";

        StarRocks4jConfiguration configuration = mojo.configuration(getClass().getClassLoader());

        assertThat(configuration.allowRebuild()).isFalse();
        assertThat(configuration.resetProperties()).isTrue();
        assertThat(configuration.waitTimeout()).hasMinutes(10);
    }

    @Test
    void aParameterThatIsNotADurationSaysWhichAndWhatToWrite() throws IOException {
        CheckMojo mojo = check();
        mojo.waitTimeout = "soon";

        assertThatThrownBy(() -> mojo.configuration(getClass().getClassLoader()))
                .isInstanceOf(StarRocks4jException.class)
                .hasMessageContaining("wait.timeout = 'soon' is not a duration; write e.g. 500ms, 2s, 30m or 1h");
    }
}
