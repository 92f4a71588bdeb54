package org.starrocks4j.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.starrocks4j.schema.Schema;

/**
 * How the pipeline scales with schema size: each {@link Workload} runs on synthetic schemas of growing size
 * ({@link SyntheticSchema}), and the report gives the time per table at each size and its ratio to the smallest
 * size. A ratio near 1 means the work grows linearly with the schema; near {@code largest/smallest} means it grows
 * with the square.
 *
 * <pre>
 * java -jar starrocks4j-benchmarks/target/starrocks4j-benchmarks.jar [--sizes 10,100,1000,10000] [--only render,parse]
 *      [--warmup-ms 1000] [--measure-ms 1000] [--min-runs 5]
 * java -jar starrocks4j-benchmarks/target/starrocks4j-benchmarks.jar --targets [--cli ./starrocks4j]
 * </pre>
 *
 * {@code --targets} checks the scale targets of reading SQL instead ({@link ScaleTargets}).
 */
public final class Benchmarks {

    /** How many times each size is measured; the best round is reported. */
    private static final int ROUNDS = 2;

    private Benchmarks() {
    }

    /**
     * What to run.
     *
     * @param sizes     table counts, smallest first
     * @param workloads the operations to measure
     * @param harness   warm-up and measurement times
     */
    public record Options(List<Integer> sizes, List<Workload> workloads, Harness harness) {

        public Options {
            sizes = sizes.stream().sorted().distinct().toList();
            workloads = List.copyOf(workloads);
            if (sizes.isEmpty() || sizes.get(0) < 1) {
                throw new IllegalArgumentException("--sizes needs at least one table count, each at least 1");
            }
            if (workloads.isEmpty()) {
                throw new IllegalArgumentException("--only selected no workload");
            }
        }

        /** The defaults, changed by command-line arguments. */
        public static Options parse(String... args) {
            List<Integer> sizes = List.of(10, 100, 1000, 10000);
            List<Workload> workloads = Workload.all();
            long warmupMs = 1000;
            long measureMs = 1000;
            int minRuns = 5;
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                if (option.equals("--help") || option.equals("-h")) {
                    throw new IllegalArgumentException(USAGE);
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
                }
                String value = args[++i];
                switch (option) {
                    case "--sizes" -> sizes = Arrays.stream(value.split(",")).map(String::strip).map(Integer::valueOf).toList();
                    case "--only" -> {
                        Set<String> names = Set.of(value.split(","));
                        workloads = Workload.all().stream().filter(w -> names.contains(w.name())).toList();
                    }
                    case "--warmup-ms" -> warmupMs = Long.parseLong(value);
                    case "--measure-ms" -> measureMs = Long.parseLong(value);
                    case "--min-runs" -> minRuns = Integer.parseInt(value);
                    default -> throw new IllegalArgumentException("unknown option " + option + "\n" + USAGE);
                }
            }
            return new Options(sizes, workloads, new Harness(warmupMs * 1_000_000, measureMs * 1_000_000, minRuns));
        }
    }

    private static final String USAGE = "usage: starrocks4j-benchmarks [--sizes 10,100,1000,10000] [--only "
            + String.join(",", Workload.all().stream().map(Workload::name).toList())
            + "] [--warmup-ms 1000] [--measure-ms 1000] [--min-runs 5]\n"
            + "       starrocks4j-benchmarks --targets [--cli ./starrocks4j]   (the scale targets of reading SQL)";

    /** One measured cell of the report. */
    public record Result(String workload, int tables, int objects, Harness.Measurement measurement) {

        /** Microseconds per table. */
        public double microsPerTable() {
            return measurement.medianNanos() / 1000.0 / tables;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--targets")) {
            try {
                ScaleTargets.main(List.of(args).subList(1, args.length), System.out);
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage());
                System.exit(2);
            }
            return;
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        run(options, System.out);
    }

    /** Runs every workload at every size, printing the report as it goes; returns the results. */
    public static List<Result> run(Options options, PrintStream out) {
        out.printf("starrocks4j benchmarks: Java %s, %d processors; median %s time of the timed runs (better of %d "
                        + "rounds), after at least %d ms of warm-up on all sizes and until the JIT is quiet%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Harness.cpuTime() ? "thread CPU" : "wall-clock", ROUNDS, options.harness().warmupNanos() / 1_000_000);
        out.printf("%-8s %7s %8s %12s %12s %6s %9s%n", "workload", "tables", "objects", "ms/run", "µs/table", "runs",
                "ratio");
        Map<Integer, Schema> schemas = new LinkedHashMap<>();
        options.sizes().forEach(n -> schemas.put(n, SyntheticSchema.of(n)));
        List<Result> results = new ArrayList<>();
        for (Workload workload : options.workloads()) {
            Map<Integer, Supplier<?>> works = new LinkedHashMap<>();
            schemas.forEach((n, schema) -> works.put(n, workload.prepare().apply(schema)));
            options.harness().warmUp(new ArrayList<>(works.values()));
            // Two rounds over the sizes, keeping each size's better round: code the JIT was still compiling during
            // one round (compiler threads lag on a busy machine) does not decide the ratios.
            Map<Integer, Harness.Measurement> best = new LinkedHashMap<>();
            for (int round = 0; round < ROUNDS; round++) {
                for (int n : options.sizes()) {
                    best.merge(n, options.harness().measure(works.get(n)), Harness.Measurement::better);
                }
            }
            Result first = null;
            for (int n : options.sizes()) {
                Schema schema = schemas.get(n);
                Result result = new Result(workload.name(), n, schema.objects().size(), best.get(n));
                first = first == null ? result : first;
                results.add(result);
                out.printf("%-8s %7d %8d %12.3f %12.2f %6d %9.2f%n", workload.name(), n, result.objects(),
                        result.measurement().medianNanos() / 1e6, result.microsPerTable(), result.measurement().runs(),
                        result.microsPerTable() / first.microsPerTable());
            }
        }
        out.println();
        out.println(scaling(options, results));
        return results;
    }

    /**
     * The summary: per workload, time per table at the largest size divided by time per table at the smallest, and
     * the exponent k of the fitted n^k (1 = linear, 2 = quadratic).
     */
    static String scaling(Options options, List<Result> results) {
        int smallest = options.sizes().get(0);
        int largest = options.sizes().get(options.sizes().size() - 1);
        StringBuilder out = new StringBuilder("Scaling from " + smallest + " to " + largest
                + " tables (time per table, largest / smallest; 1.0 = linear):");
        for (Workload workload : options.workloads()) {
            Result small = find(results, workload.name(), smallest);
            Result large = find(results, workload.name(), largest);
            double ratio = large.microsPerTable() / small.microsPerTable();
            out.append(String.format("%n  %-8s %6.2f", workload.name(), ratio));
            if (largest > smallest) {
                double exponent = 1 + Math.log(ratio) / Math.log((double) largest / smallest);
                out.append(String.format("   total time ~ n^%.2f  %s", exponent, verdict(exponent)));
            }
        }
        return out.toString();
    }

    private static String verdict(double exponent) {
        if (exponent < 1.25) {
            return "(linear)";
        }
        return exponent < 1.75 ? "(worse than linear)" : "(quadratic or worse)";
    }

    private static Result find(List<Result> results, String workload, int tables) {
        return results.stream().filter(r -> r.workload().equals(workload) && r.tables() == tables).findFirst()
                .orElseThrow();
    }
}
