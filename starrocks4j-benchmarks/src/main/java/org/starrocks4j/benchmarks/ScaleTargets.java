package org.starrocks4j.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.starrocks4j.migrate.Revision;
import org.starrocks4j.migrate.RevisionFile;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.SchemaObject;
import org.starrocks4j.sql.DdlRenderer;

/**
 * Checks the scale targets of reading SQL in one run and prints each figure beside its target:
 *
 * <ul>
 *   <li>in-process, warm (thread CPU time): reading 10,000 tables under 1 s, and per table within 1.5x of 1,000
 *       tables; replaying a history of 1,000 revisions in time linear in the revisions (per revision within 1.5x of
 *       100 revisions);</li>
 *   <li>through the command line ({@code ./starrocks4j}, a fresh JVM each): {@code inspect} and {@code diff} of 10,000
 *       tables under 3 s wall-clock time and 512 MiB peak memory (resident set, measured with {@code /usr/bin/time}
 *       where there is one), {@code inspect} of 100,000 tables completing with {@code -Xmx2g}, and {@code inspect} of
 *       a history of 1,000 revision files.</li>
 * </ul>
 *
 * Wall-clock time depends on what else the machine runs: the report gives the CPU time (user + system) and the load
 * average beside it, so a figure taken on a busy machine can be judged.
 */
final class ScaleTargets {

    private static final double MIB = 1024 * 1024;

    private final PrintStream out;
    private final Path cli;
    private final Harness harness;
    private final Path work;

    private ScaleTargets(PrintStream out, Path cli, Harness harness, Path work) {
        this.out = out;
        this.cli = cli;
        this.harness = harness;
        this.work = work;
    }

    /**
     * {@code --targets [--cli PATH]}: the launcher defaults to {@code ./starrocks4j} (run from the repository root);
     * without one, only the in-process checks run.
     */
    static void main(List<String> args, PrintStream out) throws IOException, InterruptedException {
        Path cli = Path.of("starrocks4j");
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--cli") && i + 1 < args.size()) {
                cli = Path.of(args.get(++i));
            } else {
                throw new IllegalArgumentException("unknown option " + args.get(i) + "\nusage: starrocks4j-benchmarks "
                        + "--targets [--cli PATH-OF-THE-starrocks4j-LAUNCHER]");
            }
        }
        if (!Files.isExecutable(cli)) {
            out.println("(no launcher at " + cli.toAbsolutePath() + ": the command-line checks are skipped; run from "
                    + "the repository root after ./mvnw package, or pass --cli PATH)");
            cli = null;
        }
        run(out, cli == null ? null : cli.toAbsolutePath(), new Harness(2_000_000_000L, 2_000_000_000L, 9));
    }

    /** Runs every check, printing as it goes; {@code cli} is the {@code starrocks4j} launcher, or null to skip it. */
    static void run(PrintStream out, Path cli, Harness harness) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("starrocks4j-scale");
        try {
            ScaleTargets targets = new ScaleTargets(out, cli, harness, work);
            out.printf("starrocks4j scale targets: Java %s, %d processors, load average %.1f%n",
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            targets.inProcess();
            if (cli != null) {
                targets.commandLine();
            }
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private void inProcess() {
        out.println("in process, warm (median thread CPU time per run):");
        double read = scaling(Workload.read(), 1_000, 10_000, "tables", 1000);
        double history = scaling(Workload.history(), 100, 1_000, "revisions", 0);
        verdict("  read: time per table at 10,000 / at 1,000", read, 1.5);
        verdict("  history: time per revision at 1,000 / at 100", history, 1.5);
    }

    /**
     * Measures {@code workload} at two sizes, prints both and returns the ratio of the time per unit; when
     * {@code limitMs} is positive, the larger size's run time is checked against it.
     */
    private double scaling(Workload workload, int small, int large, String unit, double limitMs) {
        Supplier<?> smallWork = workload.prepare().apply(SyntheticSchema.of(small));
        Supplier<?> largeWork = workload.prepare().apply(SyntheticSchema.of(large));
        harness.warmUp(List.of(smallWork, largeWork));
        // the better of two rounds per size, as in the benchmark report: a collection or a busy moment in one round
        // does not decide the ratio
        Harness.Measurement atSmall = bestOfTwo(smallWork);
        Harness.Measurement atLarge = bestOfTwo(largeWork);
        report(workload, small, unit, atSmall, 0);
        report(workload, large, unit, atLarge, limitMs);
        return (atLarge.medianNanos() / (double) large) / (atSmall.medianNanos() / (double) small);
    }

    private Harness.Measurement bestOfTwo(Supplier<?> work) {
        return Harness.Measurement.better(harness.measure(work), harness.measure(work));
    }

    private void report(Workload workload, int size, String unit, Harness.Measurement m, double limitMs) {
        double ms = m.medianNanos() / 1e6;
        String line = String.format(Locale.ROOT, "  %-8s %,7d %-9s %10.1f ms %10.1f µs per %s", workload.name(), size,
                unit, ms, ms * 1000 / size, unit.substring(0, unit.length() - 1));
        out.println(limitMs > 0 ? line + check(ms < limitMs, "< " + (int) limitMs + " ms") : line);
    }

    private void verdict(String what, double ratio, double limit) {
        out.println(String.format(Locale.ROOT, "%-50s %6.2f", what, ratio) + check(ratio <= limit, "<= " + limit));
    }

    private void commandLine() throws IOException, InterruptedException {
        out.println("command line (" + cli + ", a fresh JVM per command; wall-clock and CPU time, peak resident "
                + "memory):");
        Path tenThousand = script(10_000, false, "t10k.sql");
        Path edited = script(10_000, true, "t10k_edited.sql");
        Path hundredThousand = script(100_000, false, "t100k.sql");
        Path history = history(1_000);
        Map<String, String> none = Map.of();
        command("inspect 10,000 tables", none, true, "inspect", "--from", "sql:" + tenThousand);
        command("inspect 10,000 tables --format json", none, true, "inspect", "--from", "sql:" + tenThousand,
                "--format", "json");
        command("diff 10,000 tables", none, true, "diff", "--from", "sql:" + tenThousand, "--to", "sql:" + edited);
        command("diff 10,000 tables --format json", none, true, "diff", "--from", "sql:" + tenThousand,
                "--to", "sql:" + edited, "--format", "json");
        command("inspect 100,000 tables, -Xmx2g", Map.of("STARROCKS4J_JAVA_OPTS",
                "-Xmx2g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn48m -XX:MaxTenuringThreshold=0"), false,
                "inspect", "--from", "sql:" + hundredThousand);
        command("inspect history of 1,000 revisions", none, false, "inspect", "--from", "history:" + history);
    }

    /** Writes the CREATE statements of a synthetic schema, an object at a time (100,000 tables never sit in memory). */
    private Path script(int tables, boolean edited, String name) throws IOException {
        Path file = work.resolve(name);
        DdlRenderer renderer = DdlRenderer.defaults();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            if (edited) {
                for (SchemaObject o : SyntheticSchema.edited(SyntheticSchema.of(tables)).objects()) {
                    w.write(renderer.create(o) + ";\n\n");
                }
            } else {
                IOException[] failure = new IOException[1];
                SyntheticSchema.forEachObject(tables, o -> {
                    try {
                        w.write(renderer.create(o) + ";\n\n");
                    } catch (IOException e) {
                        failure[0] = e;
                    }
                });
                if (failure[0] != null) {
                    throw failure[0];
                }
            }
        }
        return file;
    }

    /** Writes the revision files of a synthetic history of {@code revisions} revisions. */
    private Path history(int revisions) throws IOException {
        Path folder = Files.createDirectories(work.resolve("migrations"));
        Schema schema = SyntheticSchema.of(revisions);
        for (Revision r : SyntheticHistory.of(schema)) {
            Files.writeString(folder.resolve(r.id() + ".sql"), RevisionFile.render(r), StandardCharsets.UTF_8);
        }
        return folder;
    }

    /** Runs the launcher with {@code args}, printing its times and peak memory; {@code targets}: 3 s, 512 MiB. */
    private void command(String what, Map<String, String> env, boolean targets, String... args)
            throws IOException, InterruptedException {
        boolean timeTool = Files.isExecutable(Path.of("/usr/bin/time"));
        List<String> command = new ArrayList<>();
        if (timeTool) {
            command.addAll(List.of("/usr/bin/time", "-f", "%e %U %S %M"));
        }
        command.add(cli.toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().putAll(env);
        Path err = work.resolve("stderr.txt");
        pb.redirectError(err.toFile());
        long start = System.nanoTime();
        int exit = pb.start().waitFor();
        double wall = (System.nanoTime() - start) / 1e9;
        List<String> errLines = Files.readAllLines(err, StandardCharsets.UTF_8);
        String line = String.format(Locale.ROOT, "  %-40s", what);
        if (exit != 0) {
            out.println(line + " FAILED (exit " + exit + "): "
                    + String.join(" | ", errLines.subList(0, Math.min(3, errLines.size()))));
            return;
        }
        if (!timeTool || errLines.isEmpty()) {
            out.println(line + String.format(Locale.ROOT, " wall %5.2f s", wall)
                    + (targets ? check(wall < 3, "< 3 s") : " completes: ok"));
            return;
        }
        String[] t = errLines.get(errLines.size() - 1).strip().split(" ");
        double measuredWall = Double.parseDouble(t[0]);
        double cpu = Double.parseDouble(t[1]) + Double.parseDouble(t[2]);
        double rss = Long.parseLong(t[3]) * 1024 / MIB;
        line += String.format(Locale.ROOT, " wall %5.2f s  CPU %5.2f s  peak %6.0f MiB", measuredWall, cpu, rss);
        out.println(line + (targets ? check(measuredWall < 3 && rss < 512, "< 3 s, < 512 MiB")
                + (measuredWall >= 3 && cpu < 3 ? " (CPU within 3 s: the machine is busy)" : "") : "  completes: ok"));
    }

    private static String check(boolean met, String target) {
        return "   target " + target + ": " + (met ? "ok" : "MISSED");
    }
}
