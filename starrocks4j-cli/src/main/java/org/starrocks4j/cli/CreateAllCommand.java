package org.starrocks4j.cli;

import picocli.CommandLine.Command;

/** {@code starrocks4j create-all}: SQLAlchemy's {@code metadata.create_all(engine)}. */
@Command(name = "create-all", mixinStandardHelpOptions = true,
        description = {"Create every table, view and materialized view of the models that the database lacks, in "
                + "dependency order (tables, then views and materialized views after what they read), waiting for "
                + "asynchronous jobs. Objects that exist are left alone and reported with their differences.",
                "No revision is recorded; for a database managed with revisions use upgrade.",
                "With --sql, print the statements (CREATE ... IF NOT EXISTS) without connecting."})
final class CreateAllCommand extends SchemaObjectsCommand {

    @Override
    String script() {
        return starRocks4j().createAllSql();
    }

    @Override
    String runAndDescribe() {
        return starRocks4j().createAll().describe();
    }
}
