package org.starrocks4j.cli;

import org.starrocks4j.migrate.CheckResult;
import org.starrocks4j.migrate.ErrorCode;
import picocli.CommandLine.Command;

/** {@code starrocks4j check}: the models and the database (or the migration history) must not differ. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Compare the models with the database (or with --offline the replayed revision files) "
                + "and print what a new revision would hold. For CI.",
                "Exit code 0 when they match, 1 when they differ, 2 when the comparison fails."})
final class CheckCommand extends CompareCommand {

    @Override
    public Integer call() {
        CheckResult result = starRocks4j().check(comparedWith());
        printWarnings(result.changes());
        if (result.matches()) {
            out().println("ok: " + result.summary());
            return 0;
        }
        out().println(result.summary() + "; write them with 'starrocks4j revision --autogenerate"
                + (offline ? " --offline" : "") + " -m \"...\"'");
        out().println();
        out().print(result.changes().body().upgrade());
        out().flush();
        return ErrorCode.MODELS_DIFFER.exitCode();
    }
}
