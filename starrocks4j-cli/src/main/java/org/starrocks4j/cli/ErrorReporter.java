package org.starrocks4j.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.starrocks4j.migrate.ErrorCode;
import org.starrocks4j.migrate.StarRocks4jException;
import picocli.CommandLine;

/**
 * Turns exceptions into one clear message on stderr instead of a stack trace; the stack trace only with
 * {@code --debug} (or {@code STARROCKS4J_DEBUG=1}). The exit code is the {@link ErrorCode}'s: 2 for failures, as for
 * picocli's usage errors, so that 1 stays free to mean "differences found" ({@code check}, {@code diff --exit-code})
 * as in diff(1): CI can tell the two apart.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, CommandLine.ParseResult parseResult) {
        cli.getErr().println("error: " + message(ex));
        if (StarRocks4jCommand.of(cli.getCommandSpec()).debugging()) {
            ex.printStackTrace(cli.getErr());
        }
        return ex instanceof StarRocks4jException e ? e.errorCode().exitCode() : 2;
    }

    /** The message; for file system errors, whose message is often only the path, what happened to the path. */
    static String message(Throwable ex) {
        if (ex instanceof FileSystemException e) {
            String what = e instanceof NoSuchFileException ? "does not exist"
                    : e instanceof FileAlreadyExistsException ? "already exists"
                    : e instanceof AccessDeniedException ? "cannot be used: permission denied"
                    : e instanceof NotDirectoryException ? "is not a folder"
                    : e instanceof DirectoryNotEmptyException ? "is a folder that is not empty"
                    : "cannot be used";
            String reason = e.getReason() == null ? "" : " (" + e.getReason() + ")";
            return (e.getFile() == null ? "a file" : e.getFile()) + " " + what + reason
                    + (e.getOtherFile() == null ? "" : ", with " + e.getOtherFile());
        }
        return ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    }
}
