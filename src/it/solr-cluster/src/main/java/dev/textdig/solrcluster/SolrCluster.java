package dev.textdig.solrcluster;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A SolrCloud cluster in one JVM of its own (Solr's MiniSolrCloudCluster: an embedded ZooKeeper
 * and N Jetty nodes on 127.0.0.1), driven by the test that started it through stdin and stdout,
 * one line each way:
 *
 * <pre>
 *   (started)            NODE i URL ... then READY
 *   stop i               STOPPED i
 *   start i              STARTED i URL
 *   active NAME S R      ACTIVE NAME   (the collection has S shards, S x R active replicas)
 *   quit, or stdin ends  the cluster shuts down, the JVM exits
 * </pre>
 *
 * Arguments: the number of nodes, a work folder, and optionally a security.json (basic auth).
 * Solr's own logs go to WORK/solr.log (log4j2.xml here), never to the test's output.
 */
public final class SolrCluster {
    private SolrCluster() {
    }

    public static void main(String[] args) throws Exception {
        int nodes = Integer.parseInt(args[0]);
        Path work = Path.of(args[1]);
        Files.createDirectories(work);
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        // Whatever Solr or its libraries print goes to the log, not to the protocol.
        PrintStream log = new PrintStream(Files.newOutputStream(work.resolve("stdout.log")), true, StandardCharsets.UTF_8);
        System.setOut(log);
        System.setErr(log);
        MiniSolrCloudCluster.Builder builder = new MiniSolrCloudCluster.Builder(nodes, work.resolve("cluster"));
        if (args.length > 2) {
            builder.withSecurityJson(Files.readString(Path.of(args[2])));
        }
        MiniSolrCloudCluster cluster = builder.build();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> shutdown(cluster)));
        List<JettySolrRunner> jetties = cluster.getJettySolrRunners();
        for (int i = 0; i < jetties.size(); i++) {
            out.println("NODE " + i + " " + jetties.get(i).getBaseUrl());
        }
        out.println("READY");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        JettySolrRunner[] stopped = new JettySolrRunner[jetties.size()];
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] cmd = line.strip().split(" ");
            try {
                switch (cmd[0]) {
                    case "stop" -> {
                        int i = Integer.parseInt(cmd[1]);
                        stopped[i] = cluster.getJettySolrRunner(i);
                        cluster.stopJettySolrRunner(stopped[i]);
                        cluster.waitForJettyToStop(stopped[i]);
                        out.println("STOPPED " + i);
                    }
                    case "start" -> {
                        int i = Integer.parseInt(cmd[1]);
                        JettySolrRunner j = cluster.startJettySolrRunner(stopped[i], true);
                        cluster.waitForNode(j, 60);
                        out.println("STARTED " + i + " " + j.getBaseUrl());
                    }
                    case "active" -> {
                        cluster.waitForActiveCollection(cmd[1], 120, TimeUnit.SECONDS, Integer.parseInt(cmd[2]),
                                Integer.parseInt(cmd[2]) * Integer.parseInt(cmd[3]));
                        out.println("ACTIVE " + cmd[1]);
                    }
                    case "quit" -> {
                        shutdown(cluster);
                        out.println("BYE");
                        System.exit(0);
                    }
                    default -> out.println("ERROR unknown command " + cmd[0]);
                }
            } catch (Exception e) {
                e.printStackTrace(log);
                out.println("ERROR " + e.toString().replace('\n', ' '));
            }
        }
        shutdown(cluster);
        System.exit(0);
    }

    private static synchronized void shutdown(MiniSolrCloudCluster cluster) {
        try {
            cluster.shutdown();
        } catch (Exception e) {
            // already down, or going down with the JVM
        }
    }
}
