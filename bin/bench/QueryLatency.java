// Per-query latency over an index on disk, in one process as `search --queries` runs them: the
// index is opened once, then each query of QFILE is timed on its own (hits with offsets, no
// output). Prints the median, 90th and 99th percentile and the slowest, in milliseconds.
//
//   java -cp target/textdig.jar bin/bench/QueryLatency.java INDEX QFILE [PASSES]
//
// With PASSES > 1 the whole file runs again and only the last pass is reported (a warm JIT).
import dev.textdig.index.ArticleIndex;
import dev.textdig.index.DiskStore;
import dev.textdig.index.SearchRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

public class QueryLatency {
    public static void main(String[] args) throws Exception {
        List<String> queries = Files.readAllLines(Path.of(args[1])).stream().filter(q -> !q.isBlank()).toList();
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        long opened = System.nanoTime();
        try (DiskStore store = DiskStore.open(Path.of(args[0]))) {
            ArticleIndex index = store.forSearch(List.of());
            double openMs = (System.nanoTime() - opened) / 1e6;
            double[] ms = new double[queries.size()];
            long matches = 0;
            for (int pass = 0; pass < passes; pass++) {
                for (int i = 0; i < queries.size(); i++) {
                    long t = System.nanoTime();
                    matches += index.search(new SearchRequest(queries.get(i), false, Set.of(), false, 10)).totalMatches();
                    ms[i] = (System.nanoTime() - t) / 1e6;
                }
            }
            Arrays.sort(ms);
            System.out.printf("open %.0f ms; %d queries: median %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms (%d matches)%n",
                    openMs, ms.length, at(ms, 0.5), at(ms, 0.9), at(ms, 0.99), ms[ms.length - 1], matches / passes);
        }
    }

    /** The nearest-rank percentile. */
    private static double at(double[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
