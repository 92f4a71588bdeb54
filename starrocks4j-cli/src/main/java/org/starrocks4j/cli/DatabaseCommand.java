package org.starrocks4j.cli;

import org.starrocks4j.migrate.StarRocks4jConfiguration;
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
    StarRocks4jConfiguration adjust(StarRocks4jConfiguration loaded) {
        if (url != null) {
            loaded.url(url);
        }
        return user == null ? loaded : loaded.user(user);
    }
}
