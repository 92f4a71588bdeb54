package org.starrocks4j.examples.migration;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.starrocks4j.cli.StarRocks4jCommand;

/** Runs the {@code starrocks4j} command in this JVM and captures what it prints. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = StarRocks4jCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The run's output for assertion messages. */
    String describe() {
        return "exit " + exitCode + "\nstdout:\n" + out + "\nstderr:\n" + err;
    }
}
