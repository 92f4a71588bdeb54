package org.starrocks4j.cli;

import org.starrocks4j.migrate.CreateAllReport;
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
    public Integer call() {
        if (sql) {
            out().print(starRocks4j().createAllSql());
            out().flush();
            return 0;
        }
        requireDatabase(PRINT_SQL_INSTEAD);
        CreateAllReport report = starRocks4j().createAll();
        out().println(report.describe());
        return 0;
    }
}
