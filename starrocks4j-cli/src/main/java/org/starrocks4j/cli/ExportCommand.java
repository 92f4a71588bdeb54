package org.starrocks4j.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.starrocks4j.migrate.FlywayExport;
import org.starrocks4j.migrate.LiquibaseExport;
import org.starrocks4j.migrate.RevisionGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code starrocks4j export --format flyway|liquibase}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the revisions for another migration tool, in the revision graph's order.",
                "flyway: V<n>__<slug>.sql (upgrade) and U<n>__<slug>.sql (undo) files in --output (a folder).",
                "liquibase: one formatted-SQL changelog with --rollback lines, to --output (a file) or stdout."})
final class ExportCommand extends ProjectCommand {

    enum Format { flyway, liquibase }

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "flyway or liquibase.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = "flyway: the folder to write (default: flyway); liquibase: the file (default: stdout).")
    Path output;

    @Override
    public Integer call() throws Exception {
        RevisionGraph graph = graph();
        if (format == Format.flyway) {
            Path folder = output == null ? Path.of("flyway") : output;
            for (Path file : FlywayExport.write(graph, folder)) {
                out().println("wrote " + file);
            }
        } else {
            String changelog = LiquibaseExport.render(graph);
            if (output == null) {
                out().print(changelog);
                out().flush();
            } else {
                if (output.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(output.toAbsolutePath().getParent());
                }
                Files.writeString(output, changelog, StandardCharsets.UTF_8);
                out().println("wrote " + output);
            }
        }
        return 0;
    }
}
