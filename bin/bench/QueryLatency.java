// Per-query latency, in one process as `search --queries` runs them: the index (on disk, or a
// SolrCloud collection) is opened once, then each query of QFILE is timed on its own (hits with
// offsets, no output). Prints the median, 90th and 99th percentile and the slowest, in
// milliseconds, of the wall time and of the thread's CPU time (a search runs on the calling
// thread; against Solr most of its time is spent waiting for the cluster, so its CPU time is the
// client's share only). On a loaded machine the wall time mostly measures waiting for a core.
//
//   java -cp target/textdig.jar bin/bench/QueryLatency.java INDEX QFILE [PASSES]
//   java -cp target/textdig.jar bin/bench/QueryLatency.java --solr URL[,URL] COLLECTION QFILE [PASSES]
//
// With PASSES > 1 the whole file runs again and only the last pass is reported (a warm JIT).
// -Draw=FILE also writes each query's wall milliseconds and its number of matching paragraphs to
// FILE, one query a line, in QFILE's order (for percentiles over several clients). Solr credentials: $TEXTDIG_SOLR_CREDENTIALS, as for textdig.
import dev.textdig.article.KindSelection;
import dev.textdig.index.ArticleIndex;
import dev.textdig.index.ArticleStore;
import dev.textdig.index.DiskStore;
import dev.textdig.index.SearchRequest;
import dev.textdig.solr.SolrCollection;
import dev.textdig.solr.SolrConnection;
import dev.textdig.solr.SolrCredentials;
import dev.textdig.solr.SolrStore;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

public class QueryLatency {
    public static void main(String[] args) throws Exception {
        boolean solr = args[0].equals("--solr");
        int at = solr ? 3 : 1;
        List<String> queries = Files.readAllLines(Path.of(args[at])).stream().filter(q -> !q.isBlank()).toList();
        int passes = args.length > at + 1 ? Integer.parseInt(args[at + 1]) : 1;
        long opened = System.nanoTime();
        try (ArticleStore store = solr ? solrStore(args[1], args[2]) : DiskStore.open(Path.of(args[0]))) {
            ArticleIndex index = store.forSearch(List.of());
            double openMs = (System.nanoTime() - opened) / 1e6;
            ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
            double[] ms = new double[queries.size()];
            double[] cpuMs = new double[queries.size()];
            long[] found = new long[queries.size()];
            long matches = 0;
            for (int pass = 0; pass < passes; pass++) {
                for (int i = 0; i < queries.size(); i++) {
                    long c = cpu.getCurrentThreadCpuTime();
                    long t = System.nanoTime();
                    found[i] = index.search(new SearchRequest(queries.get(i), false, KindSelection.CONTENT, 10)).totalMatches();
                    ms[i] = (System.nanoTime() - t) / 1e6;
                    cpuMs[i] = (cpu.getCurrentThreadCpuTime() - c) / 1e6;
                    matches += found[i];
                }
            }
            String raw = System.getProperty("raw");
            if (raw != null) {
                Files.writeString(Path.of(raw), IntStream.range(0, ms.length).mapToObj(i -> String.format("%.3f %d", ms[i], found[i]))
                        .collect(Collectors.joining("\n", "", "\n")));
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

    /** A collection as `--solr URLS --collection NAME` opens it. */
    private static ArticleStore solrStore(String urls, String collection) {
        SolrConnection connection = new SolrConnection(SolrConnection.parseUrls(urls), SolrCredentials.fromEnvironment(System.getenv()),
                note -> System.err.println("note: " + note), SolrConnection.RETRY_BUDGET);
        return SolrStore.open(new SolrCollection(connection, collection));
    }

    /** The nearest-rank percentile. */
    private static double at(double[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
