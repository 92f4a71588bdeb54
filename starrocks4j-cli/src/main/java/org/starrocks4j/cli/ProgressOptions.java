package org.starrocks4j.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;
import org.starrocks4j.progress.ProgressListener;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code --quiet}, and where a command's progress and notices go: progress to a {@link TerminalProgress} when standard
 * error is a terminal (nowhere otherwise), notices (warnings, notes) to standard error, clearing the progress line
 * first. {@link StarRocks4jCommand} closes it when the command ends, before an error is printed.
 */
final class ProgressOptions {

    @Option(names = "--quiet",
            description = "Show no progress on standard error. Progress shows only on a terminal, for work that runs "
                    + "longer than 2 seconds (files read, objects reflected, schema-change jobs waited for).")
    boolean quiet;

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec command;

    private TerminalProgress terminal;
    private boolean decided;

    /** The listener for this command's long work (one that ignores every step when not shown). */
    synchronized ProgressListener listener() {
        if (!decided) {
            decided = true;
            terminal = quiet || !TerminalProgress.stderrIsTerminal()
                    ? null : new TerminalProgress(err(), System::nanoTime);
        }
        return terminal == null ? ProgressListener.NONE : terminal;
    }

    /** Prints notices on standard error, below any progress line. */
    Consumer<String> notices() {
        return this::notice;
    }

    private synchronized void notice(String line) {
        listener();
        if (terminal != null) {
            terminal.println(line);
        } else {
            err().println(line);
        }
    }

    /** Clears the progress line, if one is shown, so that a line can be printed; progress goes on after it. */
    synchronized void clearLine() {
        if (terminal != null) {
            terminal.close();
        }
    }

    /** Ends the command's progress: clears the line; the next run of a reused command line decides afresh. */
    synchronized void close() {
        clearLine();
        terminal = null;
        decided = false;
    }

    private PrintWriter err() {
        return command.commandLine().getErr();
    }
}
