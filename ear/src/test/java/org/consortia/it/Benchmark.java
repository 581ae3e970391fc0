package org.consortia.it;

import java.util.Arrays;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Times work in the server for the benchmark classes and logs the figures under "BENCHMARK", where
 * the benchmark scripts find them. Figures only: nothing here asserts a speed.
 */
final class Benchmark {

    private static final Logger LOG = Logger.getLogger("BENCHMARK");
    private static final int REPEATS = 5;

    private Benchmark() {
    }

    /** Runs the work once to warm up, then five times, and logs the median, best and worst. */
    static <T> T time(String what, Supplier<T> work) {
        T result = work.get();
        long[] runs = new long[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            long start = System.nanoTime();
            result = work.get();
            runs[i] = System.nanoTime() - start;
        }
        Arrays.sort(runs);
        log("%s: median %.1f ms, best %.1f ms, worst %.1f ms (%d runs after one warm-up)", what,
                runs[REPEATS / 2] / 1e6, runs[0] / 1e6, runs[REPEATS - 1] / 1e6, REPEATS);
        return result;
    }

    static void log(String format, Object... values) {
        LOG.info(String.format(format, values));
    }
}
