package org.starrocks4j.cli;

import org.starrocks4j.migrate.ErrorCode;
import org.starrocks4j.migrate.StarRocks4jConfiguration;
import org.starrocks4j.migrate.StarRocks4jException;
import picocli.CommandLine.Option;

/** A migration command that talks to the database. Credentials come from the environment, never from files. */
abstract class DatabaseCommand extends ProjectCommand {

    /** The way to work without a database of the commands that have --sql. */
    static final String PRINT_SQL_INSTEAD = "print the SQL without connecting: --sql";

    @Option(names = "--url", paramLabel = "URL",
            description = "The JDBC URL of the database (default: 'url' from the settings file).")
    String url;

    @Option(names = "--user", paramLabel = "USER", defaultValue = "${env:STARROCKS_USER}",
            description = "The user (default: $STARROCKS_USER). The password comes from $STARROCKS_PASSWORD.")
    String user;

    /**
     * Fails before any work when no database URL is configured, naming the command's way to work without one (the
     * library's own message cannot know it).
     */
    void requireDatabase(String withoutDatabase) {
        if (configuration().url() == null) {
            throw new StarRocks4jException(ErrorCode.CONFIGURATION, "no database URL: set '"
                    + StarRocks4jConfiguration.URL + "' in " + StarRocks4jConfiguration.FILE_NAME + " or pass --url "
                    + "jdbc:starrocks://HOST:9030/DATABASE; or " + withoutDatabase);
        }
    }

    @Override
    StarRocks4jConfiguration adjust(StarRocks4jConfiguration loaded) {
        if (url != null) {
            loaded.url(url);
        }
        return user == null ? loaded : loaded.user(user);
    }
}
