package org.starrocks4j.cli;

import org.starrocks4j.migrate.StarRocks4j;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine;

/** The {@code starrocks4j} command: StarRocks schema as code. Each subcommand is one path through the pipeline. */
@Command(name = "starrocks4j",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "StarRocks schema as code: declare tables, views and materialized views in Java, "
                + "compare them with a database, and migrate safely.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success",
                "1:differences found (check, diff --exit-code) or attention needed (current)",
                "2:failure or invalid usage; the message says what to do"},
        subcommands = {
                CommandLine.HelpCommand.class,
                InitCommand.class,
                RevisionCommand.class,
                CheckCommand.class,
                MergeCommand.class,
                HeadsCommand.class,
                HistoryCommand.class,
                CurrentCommand.class,
                StampCommand.class,
                UpgradeCommand.class,
                DowngradeCommand.class,
                ExportCommand.class,
                UnlockCommand.class,
                InspectCommand.class,
                CodegenCommand.class,
                DiffCommand.class,
                CreateAllCommand.class,
                DropAllCommand.class,
        })
public final class StarRocks4jCommand implements Runnable {

    /** The environment variable that turns on {@code --debug} for every run. */
    static final String DEBUG_ENV = "STARROCKS4J_DEBUG";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Log what runs on the database (each SQL statement, passwords masked), connections and "
                    + "schema-change waits, on stderr; with history, also show each revision's statements.")
    boolean verbose;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "What --verbose shows, the debug logs of every library, and the stack trace of a failure "
                    + "(also with " + DEBUG_ENV + "=1).")
    boolean debug;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the command line with the toolkit's error handling. */
    public static CommandLine commandLine() {
        StarRocks4jCommand root = new StarRocks4jCommand();
        CommandLine cli = new CommandLine(root);
        cli.setExecutionExceptionHandler(new ErrorReporter());
        cli.setExecutionStrategy(parsed -> {
            root.configureLogging();
            try {
                return new CommandLine.RunLast().execute(parsed);
            } finally {
                clearProgress(parsed);
                closeProject(parsed);
            }
        });
        return cli;
    }

    /** Clears the command's progress line, if one is shown, before the result or an error is printed. */
    private static void clearProgress(CommandLine.ParseResult parsed) {
        leaf(parsed).commandSpec().mixins().values().stream()
                .map(CommandLine.Model.CommandSpec::userObject)
                .filter(ProgressOptions.class::isInstance)
                .forEach(progress -> ((ProgressOptions) progress).close());
    }

    /** Closes the {@link StarRocks4j} a migration command loaded. */
    private static void closeProject(CommandLine.ParseResult parsed) {
        if (leaf(parsed).commandSpec().userObject() instanceof ProjectCommand command) {
            command.close();
        }
    }

    private static CommandLine.ParseResult leaf(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult command = parsed;
        while (command.hasSubcommand()) {
            command = command.subcommand();
        }
        return command;
    }

    /** The options every command shares, from any command's spec. */
    static StarRocks4jCommand of(CommandLine.Model.CommandSpec spec) {
        return (StarRocks4jCommand) spec.root().userObject();
    }

    /** True with --debug or {@value #DEBUG_ENV}=1: failures show their stack trace. */
    boolean debugging() {
        return debug || "1".equals(System.getenv(DEBUG_ENV));
    }

    /**
     * Sets the levels of the bundled SLF4J binding (slf4j-simple): it reads them when the first logger is made, which
     * is after the command line is read and before a command runs. Settings given with -D win.
     */
    private void configureLogging() {
        if (debugging()) {
            System.getProperties().putIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "debug");
            System.getProperties().putIfAbsent("org.slf4j.simpleLogger.showLogName", "true");
        } else if (verbose) {
            System.getProperties().putIfAbsent("org.slf4j.simpleLogger.log.org.starrocks4j", "debug");
        }
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
