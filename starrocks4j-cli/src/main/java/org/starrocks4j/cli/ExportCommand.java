package org.starrocks4j.cli;

import java.nio.file.Path;
import java.util.List;
import org.starrocks4j.migrate.ExportResult;
import org.starrocks4j.migrate.FlywayExport;
import org.starrocks4j.migrate.LiquibaseExport;
import org.starrocks4j.migrate.RevisionGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code starrocks4j export --format flyway|liquibase}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the revisions for another migration tool, in the revision graph's order.",
                "flyway: V<n>__<slug>.sql (upgrade) and U<n>__<slug>.sql (undo) files in --output (a folder).",
                "liquibase: one formatted-SQL changelog with --rollback lines, to --output (a file) or stdout.",
                "Neither tool waits for StarRocks' schema-change jobs: a statement that changes a table on which an "
                        + "earlier one started a job begins a step of its own, so a revision may become several "
                        + "versions (V<n>_1, V<n>_2) or changesets (<id>.1, <id>.2); each job-starting statement keeps "
                        + "its note on what to wait for, and a warning names every step that may have to be run "
                        + "again once a job finished.",
                "Existing files are not replaced unless --overwrite is given."})
final class ExportCommand extends ProjectCommand {

    enum Format { flyway, liquibase }

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "flyway or liquibase.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = "flyway: the folder to write (default: flyway); liquibase: the file (default: stdout).")
    Path output;

    @Option(names = "--overwrite",
            description = "Replace the files of an earlier export and remove those the revisions no longer make "
                    + "(files starrocks4j did not write are never touched).")
    boolean overwrite;

    @Override
    public Integer call() throws Exception {
        RevisionGraph graph = graph();
        if (format == Format.liquibase && output == null) {
            out().print(LiquibaseExport.render(graph));
            out().flush();
            warn(LiquibaseExport.warnings(graph));
            return 0;
        }
        ExportResult result = format == Format.flyway
                ? FlywayExport.write(graph, output == null ? Path.of("flyway") : output, overwrite)
                : LiquibaseExport.write(graph, output, overwrite);
        result.written().forEach(file -> out().println("wrote " + file));
        result.removed().forEach(file -> out().println("removed " + file + " (no revision makes it any more)"));
        warn(result.warnings());
        return 0;
    }

    private void warn(List<String> warnings) {
        warnings.forEach(w -> err().println("WARNING: " + w));
    }
}
