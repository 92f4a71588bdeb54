package org.starrocks4j.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.starrocks4j.migrate.ProjectInitializer;
import org.starrocks4j.migrate.StarRocks4jConfiguration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code starrocks4j init [DIR]}: creates a migration project. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Create a migration project: " + StarRocks4jConfiguration.FILE_NAME
                + " and a migrations/ folder.",
                "Credentials are never written: set STARROCKS_USER and STARROCKS_PASSWORD in the environment."})
final class InitCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "The project folder (default: .).")
    Path dir = Path.of(".");

    @Option(names = "--url", paramLabel = "URL", description = "The JDBC URL, e.g. jdbc:starrocks://localhost:9030/mydb.")
    String url;

    @Option(names = "--models", paramLabel = "CLASS|PACKAGE", split = ",",
            description = "Model classes or packages (or any schema source, e.g. sql:schema.sql).")
    List<String> models = new ArrayList<>();

    @Option(names = "--classpath", paramLabel = "PATH", split = ",",
            description = "Where the model classes are compiled to, relative to DIR (default: target/classes).")
    List<String> classpath = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        for (Path created : ProjectInitializer.init(dir, url, models, classpath)) {
            spec.commandLine().getOut().println("created " + created.normalize());
        }
        spec.commandLine().getOut().println("next: define your models, set 'models' (and 'url') in "
                + StarRocks4jConfiguration.FILE_NAME + ", then run 'starrocks4j revision --autogenerate -m \"...\"'");
        return 0;
    }
}
