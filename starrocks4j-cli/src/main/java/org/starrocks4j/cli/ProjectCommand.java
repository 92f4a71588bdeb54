package org.starrocks4j.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.starrocks4j.migrate.RevisionGraph;
import org.starrocks4j.migrate.StarRocks4j;
import org.starrocks4j.migrate.StarRocks4jConfiguration;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** Base of the migration commands: the project settings, the {@link StarRocks4j} they configure, and output. */
abstract class ProjectCommand implements Callable<Integer> {

    @Mixin
    ProjectOptions project;

    @Mixin
    ProgressOptions progressOptions;

    @Spec
    CommandLine.Model.CommandSpec spec;

    private StarRocks4j starRocks4j;

    /** The project's settings with this command's options applied. */
    StarRocks4jConfiguration configuration() {
        return adjust(project.configuration())
                .progress(line -> {
                    progressOptions.clearLine(); // a line of its own, not after a progress line
                    progress().println(line);
                })
                .progressListener(progressOptions.listener());
    }

    /** Lets a command apply its own options (e.g. --url) to the loaded settings. */
    StarRocks4jConfiguration adjust(StarRocks4jConfiguration loaded) {
        return loaded;
    }

    /** Where progress lines go: standard output, unless the command's result goes there. */
    PrintWriter progress() {
        return out();
    }

    StarRocks4j starRocks4j() {
        if (starRocks4j == null) {
            starRocks4j = configuration().load();
        }
        return starRocks4j;
    }

    /** Releases what the command's {@link StarRocks4j} holds (its model class loader), once the command ran. */
    void close() {
        if (starRocks4j != null) {
            starRocks4j.close();
        }
    }

    RevisionGraph graph() {
        return starRocks4j().revisions();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
