package org.starrocks4j.cli;

import picocli.CommandLine.Command;

/** {@code starrocks4j drop-all}: SQLAlchemy's {@code metadata.drop_all(engine)}. */
@Command(name = "drop-all", mixinStandardHelpOptions = true,
        description = {"Drop the models' tables, views and materialized views that exist, dependants first, with "
                + "all their rows. A database object of another kind under a model's name is left alone.",
                "With --sql, print the statements (DROP ... IF EXISTS) without connecting."})
final class DropAllCommand extends SchemaObjectsCommand {

    @Override
    String script() {
        return starRocks4j().dropAllSql();
    }

    @Override
    String runAndDescribe() {
        return starRocks4j().dropAll().describe();
    }
}
