package org.starrocks4j.cli;

import org.starrocks4j.migrate.ErrorCode;
import org.starrocks4j.migrate.StarRocks4jException;
import picocli.CommandLine;

/**
 * Turns exceptions into one clear message on stderr instead of a stack trace; the stack trace only with
 * {@code STARROCKS4J_DEBUG=1}. The exit code is the {@link ErrorCode}'s: 2 for failures, as for picocli's usage
 * errors, so that 1 stays free to mean "differences found" ({@code check}, {@code diff --exit-code}) as in diff(1):
 * CI can tell the two apart.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, CommandLine.ParseResult parseResult) {
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        cli.getErr().println("error: " + message);
        if ("1".equals(System.getenv("STARROCKS4J_DEBUG"))) {
            ex.printStackTrace(cli.getErr());
        }
        return ex instanceof StarRocks4jException e ? e.errorCode().exitCode() : 2;
    }
}
