package org.starrocks4j.cli;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Properties;
import org.starrocks4j.jdbc.StarRocksDataSource;
import org.starrocks4j.migrate.MigrationException;
import org.starrocks4j.migrate.MigrationRunner;
import org.starrocks4j.migrate.ProjectConfig;
import org.starrocks4j.migrate.SchemaChangeWait;
import org.starrocks4j.migrate.SqlSession;
import org.starrocks4j.migrate.StatementWait;
import org.starrocks4j.migrate.VersionTable;
import picocli.CommandLine.Option;

/** A migration command that talks to the database. Credentials come from the environment, never from files. */
abstract class DatabaseCommand extends ProjectCommand {

    @Option(names = "--url", paramLabel = "URL",
            description = "The JDBC URL of the database (default: 'url' from the settings file).")
    String url;

    @Option(names = "--user", paramLabel = "USER", defaultValue = "${env:STARROCKS_USER}",
            description = "The user (default: $STARROCKS_USER). The password comes from $STARROCKS_PASSWORD.")
    String user;

    @Override
    ProjectConfig adjust(ProjectConfig loaded) {
        return url == null ? loaded : loaded.withUrl(url);
    }

    /** Opens a connection to the project's database. */
    Connection connect() throws IOException, SQLException {
        String target = config().url();
        if (target == null) {
            throw new MigrationException("no database URL: set 'url' in " + ProjectConfig.FILE_NAME
                    + " or pass --url (or use --sql to print the SQL without connecting)");
        }
        String password = System.getenv("STARROCKS_PASSWORD");
        if (target.startsWith("jdbc:starrocks:")) {
            // catalogs, credentials from the environment, and the bundled or user-provided Connector/J
            StarRocksDataSource dataSource = new StarRocksDataSource(target);
            if (user != null && !user.isBlank()) {
                dataSource.setUser(user);
            }
            return dataSource.getConnection();
        }
        Properties info = new Properties();
        if (user != null && !user.isBlank()) {
            info.setProperty("user", user);
        }
        if (password != null) {
            info.setProperty("password", password);
        }
        return DriverManager.getConnection(target, info);
    }

    /** After each statement: wait for the schema-change job it started, with the project's poll and timeout. */
    StatementWait statementWait() throws IOException {
        return SchemaChangeWait.of(config());
    }

    MigrationRunner runner(Connection connection) throws IOException {
        return new MigrationRunner(new SqlSession(connection), VersionTable.of(config()), statementWait(),
                out()::println, Clock.systemUTC(), MigrationRunner.currentProcess());
    }
}
