package org.starrocks4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.starrocks4j.migrate.ProjectConfig;
import org.starrocks4j.migrate.RevisionDirectory;
import org.starrocks4j.migrate.RevisionGraph;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** Base of the migration commands: the project settings, the revision files, and output. */
abstract class ProjectCommand implements Callable<Integer> {

    @Mixin
    ProjectOptions project;

    @Spec
    CommandLine.Model.CommandSpec spec;

    private ProjectConfig config;

    ProjectConfig config() throws IOException {
        if (config == null) {
            config = adjust(project.load());
        }
        return config;
    }

    /** Lets a command apply its own options (e.g. --url) to the loaded settings. */
    ProjectConfig adjust(ProjectConfig loaded) {
        return loaded;
    }

    RevisionDirectory directory() throws IOException {
        return new RevisionDirectory(config().migrations());
    }

    RevisionGraph graph() throws IOException {
        return directory().graph();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
