package org.starrocks4j.benchmarks;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * A small timing loop: runs the work until a warm-up time has passed (so the JIT has compiled it), then times
 * single runs until a measurement time has passed and at least a minimum number of runs were taken, and reports
 * the median. Runs are timed in CPU time of the running thread where the JVM supports it, so that other
 * processes on a busy machine do not count (wall-clock time otherwise). Results are folded into a sink so the JIT
 * cannot discard the work.
 *
 * @param warmupNanos  how long to run before measuring
 * @param measureNanos how long to measure
 * @param minRuns      the fewest measured runs, however long they take
 */
public record Harness(long warmupNanos, long measureNanos, int minRuns) {

    /** How long the JIT must have compiled nothing before warm-up ends. */
    private static final long QUIET_NANOS = 500_000_000L;
    /** Warm-up never takes longer than this many times the warm-up time. */
    private static final int MAX_WARMUP_FACTOR = 10;

    private static volatile int sink;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** True when runs are timed in thread CPU time, false when in wall-clock time. */
    public static boolean cpuTime() {
        return THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();
    }

    private static long now() {
        return cpuTime() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    public Harness {
        if (warmupNanos < 0 || measureNanos < 0 || minRuns < 1) {
            throw new IllegalArgumentException("warm-up and measurement times must be >= 0 and runs >= 1");
        }
    }

    /**
     * Runs the works in turn, each at least once, until the warm-up time has passed and the JIT compiler has been
     * quiet for a while (at most {@value #MAX_WARMUP_FACTOR} times the warm-up time). Warming up on every input
     * size before timing any keeps compilation out of the measurements: on a busy machine the compiler threads
     * lag, and code still running interpreted made the first size measured look several times slower.
     */
    public void warmUp(List<? extends Supplier<?>> works) {
        long start = System.nanoTime();
        long end = start + warmupNanos;
        long limit = start + warmupNanos * MAX_WARMUP_FACTOR;
        long compiled = compilationMillis();
        long quietSince = System.nanoTime();
        while (true) {
            works.forEach(work -> consume(work.get()));
            long now = System.nanoTime();
            long compiledNow = compilationMillis();
            if (compiledNow != compiled) {
                compiled = compiledNow;
                quietSince = now;
            }
            boolean quiet = compiled < 0 || now - quietSince >= QUIET_NANOS;
            if (now >= limit || now >= end && quiet) {
                return;
            }
        }
    }

    /** Total JIT compilation time so far, or -1 when the JVM does not report it. */
    private static long compilationMillis() {
        CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        return compiler != null && compiler.isCompilationTimeMonitoringSupported() ? compiler.getTotalCompilationTime() : -1;
    }

    /**
     * The median time of one run of {@code work}, in nanoseconds, and how many runs were measured. A short
     * warm-up (a quarter of the warm-up time) and a garbage collection come first, so one size's garbage is not
     * collected during the next size's runs.
     */
    public Measurement measure(Supplier<?> work) {
        long warmupEnd = System.nanoTime() + warmupNanos / 4;
        do {
            consume(work.get());
        } while (System.nanoTime() < warmupEnd);
        System.gc();
        long[] times = new long[Math.max(minRuns, 16)];
        int runs = 0;
        long measureEnd = System.nanoTime() + measureNanos;
        while (runs < minRuns || System.nanoTime() < measureEnd) {
            long start = now();
            Object result = work.get();
            long elapsed = now() - start;
            consume(result);
            if (runs == times.length) {
                times = Arrays.copyOf(times, times.length * 2);
            }
            times[runs++] = elapsed;
        }
        long[] measured = Arrays.copyOf(times, runs);
        Arrays.sort(measured);
        return new Measurement(measured[runs / 2], runs);
    }

    private static void consume(Object result) {
        // identity, not hashCode: hashing a large result would cost more than producing it
        sink += System.identityHashCode(result);
    }

    /** The median nanoseconds of one run, over {@code runs} measured runs. */
    public record Measurement(long medianNanos, int runs) {

        /** The one with the lower median. */
        public static Measurement better(Measurement a, Measurement b) {
            return b.medianNanos < a.medianNanos ? b : a;
        }
    }
}
