package org.starrocks4j.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.starrocks4j.progress.Progress;
import org.starrocks4j.progress.ProgressListener;

/**
 * Shows long work on a terminal: once a task has run for {@link #DELAY}, one line on standard error that is rewritten
 * in place ({@code reading schema.sql: line 52000 of 130000, 3.1 s}) at most every {@link #INTERVAL}, and cleared
 * when the command ends or prints a notice. Short work shows nothing, so quick commands look as they always did.
 * Not used when standard error is not a terminal (a pipe, a file, CI logs) or with {@code --quiet}: then nothing is
 * printed at all.
 */
final class TerminalProgress implements ProgressListener, AutoCloseable {

    /** How long a task runs before it is shown. */
    static final Duration DELAY = Duration.ofSeconds(2);
    /** How often the line is rewritten at most. */
    static final Duration INTERVAL = Duration.ofMillis(200);

    private final PrintWriter err;
    private final LongSupplier nanoTime;
    private String task;
    private long taskStart;
    private long lastShown;
    private int shownWidth;

    TerminalProgress(PrintWriter err, LongSupplier nanoTime) {
        this.err = err;
        this.nanoTime = nanoTime;
    }

    /**
     * The listener for a command: a {@link TerminalProgress} when standard error is a terminal and the user did not
     * ask for quiet, else one that ignores every step.
     */
    static ProgressListener forCommand(PrintWriter err, boolean quiet) {
        return quiet || !stderrIsTerminal() ? NONE : new TerminalProgress(err, System::nanoTime);
    }

    @Override
    public synchronized void progress(Progress step) {
        long now = nanoTime.getAsLong();
        if (!step.task().equals(task)) {
            task = step.task();
            taskStart = now;
        }
        long elapsed = now - taskStart;
        boolean last = step.hasTotal() && step.done() >= step.total();
        if (elapsed < DELAY.toNanos() || !last && shownWidth > 0 && now - lastShown < INTERVAL.toNanos()) {
            return;
        }
        String line = step + String.format(Locale.ROOT, ", %.1f s", elapsed / 1e9);
        err.print("\r" + line + " ".repeat(Math.max(0, shownWidth - line.length())));
        err.flush();
        shownWidth = line.length();
        lastShown = now;
    }

    /** Prints a line of its own, first clearing the progress line if one is shown. */
    synchronized void println(String line) {
        clear();
        err.println(line);
        err.flush();
    }

    /** Clears the progress line, if one is shown, so that what follows starts on a clean line. */
    @Override
    public synchronized void close() {
        clear();
        err.flush();
    }

    private void clear() {
        if (shownWidth > 0) {
            err.print("\r" + " ".repeat(shownWidth) + "\r");
            shownWidth = 0;
        }
    }

    /**
     * True when standard error is a terminal. Java 17 cannot ask that of standard error directly ({@code
     * System.console()} speaks of standard input and output), so on Linux the descriptor's target is read from
     * {@code /proc}; elsewhere a console means an interactive session.
     */
    static boolean stderrIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        try {
            if (Files.isSymbolicLink(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (java.io.IOException | SecurityException | UnsupportedOperationException e) {
            // fall through to the portable guess
        }
        return System.console() != null;
    }
}
