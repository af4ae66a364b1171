// Per-query latency over an index on disk, in one process as `search --queries` runs them: the
// index is opened once, then each query of QFILE is timed on its own (hits with offsets, no
// output). Prints the median, 90th and 99th percentile and the slowest, in milliseconds, of the
// wall time and of the thread's CPU time (a search runs on the calling thread): on a loaded
// machine the wall time mostly measures waiting for a core.
//
//   java -cp target/textdig.jar bin/bench/QueryLatency.java INDEX QFILE [PASSES]
//
// With PASSES > 1 the whole file runs again and only the last pass is reported (a warm JIT).
import dev.textdig.article.KindSelection;
import dev.textdig.index.ArticleIndex;
import dev.textdig.index.DiskStore;
import dev.textdig.index.SearchRequest;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

public class QueryLatency {
    public static void main(String[] args) throws Exception {
        List<String> queries = Files.readAllLines(Path.of(args[1])).stream().filter(q -> !q.isBlank()).toList();
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        long opened = System.nanoTime();
        try (DiskStore store = DiskStore.open(Path.of(args[0]))) {
            ArticleIndex index = store.forSearch(List.of());
            double openMs = (System.nanoTime() - opened) / 1e6;
            ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
            double[] ms = new double[queries.size()];
            double[] cpuMs = new double[queries.size()];
            long matches = 0;
            for (int pass = 0; pass < passes; pass++) {
                for (int i = 0; i < queries.size(); i++) {
                    long c = cpu.getCurrentThreadCpuTime();
                    long t = System.nanoTime();
                    matches += index.search(new SearchRequest(queries.get(i), false, KindSelection.CONTENT, 10)).totalMatches();
                    ms[i] = (System.nanoTime() - t) / 1e6;
                    cpuMs[i] = (cpu.getCurrentThreadCpuTime() - c) / 1e6;
                }
            }
            Arrays.sort(ms);
            Arrays.sort(cpuMs);
            System.out.printf("open %.0f ms; %d queries (%d matches)%n", openMs, ms.length, matches / passes);
            System.out.printf("  wall: median %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    at(ms, 0.5), at(ms, 0.9), at(ms, 0.99), ms[ms.length - 1]);
            System.out.printf("  CPU:  median %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    at(cpuMs, 0.5), at(cpuMs, 0.9), at(cpuMs, 0.99), cpuMs[cpuMs.length - 1]);
        }
    }

    /** The nearest-rank percentile. */
    private static double at(double[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
