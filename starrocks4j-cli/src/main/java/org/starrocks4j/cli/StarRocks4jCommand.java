package org.starrocks4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

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

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the command line with the toolkit's error handling. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new StarRocks4jCommand());
        cli.setExecutionExceptionHandler(new ErrorReporter());
        cli.setExecutionStrategy(StarRocks4jCommand::execute);
        return cli;
    }

    /** Runs the command, then clears its progress line, if one is shown, before the result or an error is printed. */
    private static int execute(CommandLine.ParseResult parseResult) {
        try {
            return new CommandLine.RunLast().execute(parseResult);
        } finally {
            CommandLine.ParseResult command = parseResult;
            while (command.hasSubcommand()) {
                command = command.subcommand();
            }
            command.commandSpec().mixins().values().stream()
                    .map(CommandLine.Model.CommandSpec::userObject)
                    .filter(ProgressOptions.class::isInstance)
                    .forEach(progress -> ((ProgressOptions) progress).close());
        }
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
