package org.starrocks4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.starrocks4j.jdbc.FakeServer.row;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.starrocks4j.rules.RunMode;
import org.starrocks4j.rules.ServerVersion;

class ServerInfoTest {

    private static final List<String> CONFIG_COLUMNS = List.of("Key", "AliasNames", "Value", "Type", "IsMutable",
            "Comment");

    @ParameterizedTest
    @CsvSource({
        "3.5.17, 3, 5, 17, ",
        "4.1.1-ee, 4, 1, 1, ee",
        "26.2.1-rc01, 26, 2, 1, rc01",
    })
    void versionForms(String text, int major, int minor, int patch, String qualifier) throws SQLException {
        FakeServer server = new FakeServer()
                .on("current_version", List.of("current_version()"), row(text))
                .on("ADMIN SHOW FRONTEND CONFIG", CONFIG_COLUMNS, row("run_mode", "[]", "shared_data", "String",
                        "false", ""));
        ServerInfo info = ServerInfo.read(server.connection());
        assertThat(info.version().major()).isEqualTo(major);
        assertThat(info.version().minor()).isEqualTo(minor);
        assertThat(info.version().patch()).isEqualTo(patch);
        assertThat(info.version().qualifier().orElse(null)).isEqualTo(qualifier);
        assertThat(info.runMode()).isEqualTo(RunMode.SHARED_DATA);
        assertThat(info.profile().sharedData()).isTrue();
        assertThat(info.profile().version()).isEqualTo(info.version());
    }

    @Test
    void branchBuildHasAnUnknownVersion() throws SQLException {
        FakeServer server = new FakeServer().on("current_version", List.of("v"), row("main-d4df1c9"))
                .on("ADMIN SHOW FRONTEND CONFIG", CONFIG_COLUMNS, row("run_mode", "[]", "shared_nothing", "String",
                        "false", ""));
        ServerInfo info = ServerInfo.read(server.connection());
        assertThat(info.version().isUnknown()).isTrue();
        assertThat(info.version().raw()).isEqualTo("main-d4df1c9");
        assertThat(info.runMode()).isEqualTo(RunMode.SHARED_NOTHING);
        assertThat(info.toString()).isEqualTo("StarRocks main-d4df1c9 (unknown version) (shared_nothing)");
    }

    @Test
    void runModeFromStorageVolumesWithoutPrivilege() throws SQLException {
        FakeServer server = new FakeServer().on("current_version", List.of("v"), row("3.3.2"))
                .on("ADMIN SHOW FRONTEND CONFIG", FakeServer.Answer.error("Access denied; you need (at least one of) "
                        + "the OPERATE privilege(s)"))
                .on("SHOW STORAGE VOLUMES", List.of("Storage Volume"), row("builtin_storage_volume"));
        assertThat(ServerInfo.read(server.connection()).runMode()).isEqualTo(RunMode.SHARED_DATA);

        FakeServer classic = new FakeServer().on("current_version", List.of("v"), row("3.3.2"))
                .on("ADMIN SHOW FRONTEND CONFIG", List.of("Key", "AliasNames", "Value"))
                .on("SHOW STORAGE VOLUMES", List.of("Storage Volume"));
        assertThat(ServerInfo.read(classic.connection()).runMode()).isEqualTo(RunMode.SHARED_NOTHING);

        FakeServer neither = new FakeServer().on("current_version", List.of("v"), row("3.3.2"))
                .on("ADMIN SHOW", FakeServer.Answer.error("denied"))
                .on("SHOW STORAGE VOLUMES", FakeServer.Answer.error("not supported"));
        assertThat(ServerInfo.read(neither.connection()).runMode()).isEqualTo(RunMode.SHARED_NOTHING);
        assertThat(neither.sent).containsExactly("SELECT current_version()",
                "ADMIN SHOW FRONTEND CONFIG LIKE 'run_mode'", "SHOW STORAGE VOLUMES");
    }

    @Test
    void versionFromVersionCommentWhenCurrentVersionFails() throws SQLException {
        FakeServer server = new FakeServer()
                .on("current_version", FakeServer.Answer.error("No matching function with signature"))
                .on("version_comment", List.of("@@version_comment"), row("StarRocks version 2.5.22-abc123"));
        assertThat(ServerInfo.readVersion(server.connection())).isEqualTo(ServerVersion.parse("2.5.22-abc123"));
    }

    @Test
    void notStarRocksIsSaid() {
        FakeServer mysql = new FakeServer()
                .on("current_version", FakeServer.Answer.error("FUNCTION current_version does not exist"))
                .on("version_comment", List.of("@@version_comment"), row("MySQL Community Server - GPL"));
        assertThatThrownBy(() -> ServerInfo.readVersion(mysql.connection()))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("cannot tell the StarRocks version")
                .hasMessageContaining("is this a StarRocks FE?");
    }
}
