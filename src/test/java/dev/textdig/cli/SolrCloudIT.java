package dev.textdig.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.textdig.output.JsonTree;
import dev.textdig.testing.Fixtures;
import dev.textdig.testing.Processes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * textdig against a real SolrCloud cluster: two nodes (Solr 9's MiniSolrCloudCluster, in a JVM of
 * its own, built from src/it/solr-cluster), basic auth on, collections of two shards with two
 * replicas each. The packaged jar indexes the sample and the fixtures, and every command answers
 * through Solr exactly as it does from the files (same hits, order, scores and match ranges); a
 * rerun converges; a node stopped while indexing either leaves the run complete or stopped with
 * one line, a rerun then converges (every id compared), and queries meanwhile answer from the
 * replicas left.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrCloudIT {
    private static final String JAVA = ProcessHandle.current().info().command().orElse("java");
    private static final String JAR = System.getProperty("textdig.jar", "target/textdig.jar");
    private static final Path CLUSTER = Path.of(System.getProperty("solr.cluster", "target/it/solr-cluster/target"));
    private static final String CREDENTIALS = "solr:SolrRocks";

    private Path work;
    private Process cluster;
    private PrintWriter toCluster;
    private BufferedReader fromCluster;
    private final List<String> nodes = new ArrayList<>();
    private Path news;

    @BeforeAll
    void startCluster() throws Exception {
        work = Files.createTempDirectory("textdig-solr-it");
        Path security = work.resolve("security.json");
        Files.copy(Path.of("src/test/resources/solr/security.json"), security);
        List<String> command = List.of(JAVA, "--enable-native-access=ALL-UNNAMED", "-Xmx1g",
                "-Dsolr.log.file=" + work.resolve("solr.log"), "-Dsolr.log.dir=" + work,
                "-cp", CLUSTER.resolve("classes") + java.io.File.pathSeparator + CLUSTER.resolve("lib") + "/*",
                "dev.textdig.solrcluster.SolrCluster", "2", work.resolve("cluster").toString(), security.toString());
        cluster = new ProcessBuilder(command).redirectError(work.resolve("cluster-stderr.log").toFile()).start();
        toCluster = new PrintWriter(cluster.getOutputStream(), true, StandardCharsets.UTF_8);
        fromCluster = new BufferedReader(new InputStreamReader(cluster.getInputStream(), StandardCharsets.UTF_8));
        for (String line = fromCluster.readLine(); ; line = fromCluster.readLine()) {
            assertThat(line).as("the cluster started (see " + work + "/solr.log)").isNotNull();
            if (line.startsWith("NODE ")) {
                nodes.add(line.split(" ")[2]);
            } else if (line.equals("READY")) {
                break;
            }
        }
        assertThat(nodes).hasSize(2);
        news = work.resolve("news");
        Files.createDirectories(news.resolve("fixtures"));
        Files.copy(Fixtures.SAMPLE, news.resolve("macron-nagorno-karabakh.txt"));
        try (Stream<Path> fixtures = Files.list(Fixtures.path(""))) {
            for (Path f : fixtures.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(f, news.resolve("fixtures").resolve(f.getFileName()));
            }
        }
    }

    @AfterAll
    void stopCluster() throws Exception {
        if (cluster != null) {
            toCluster.println("quit");
            if (!cluster.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                cluster.destroyForcibly();
            }
        }
    }

    private String tell(String command) throws IOException {
        toCluster.println(command);
        String answer = fromCluster.readLine();
        assertThat(answer).as(command).isNotNull().doesNotStartWith("ERROR");
        return answer;
    }

    private String solrUrls() {
        return String.join(",", nodes);
    }

    private Process start(Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(JAVA, "-jar", JAR));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile());
        pb.environment().remove("TEXTDIG_SOLR_CREDENTIALS");
        pb.environment().putAll(env);
        return pb.start();
    }

    private Processes.Result textdig(String... args) throws Exception {
        return Processes.finish(start(Map.of("TEXTDIG_SOLR_CREDENTIALS", CREDENTIALS), args), 600);
    }

    private String[] onSolr(String collection, String... args) {
        String[] out = new String[args.length + 4];
        System.arraycopy(args, 0, out, 0, args.length);
        out[args.length] = "--solr";
        out[args.length + 1] = solrUrls();
        out[args.length + 2] = "--collection";
        out[args.length + 3] = collection;
        return out;
    }

    private static String[] onFiles(Path folder, String... args) {
        String[] out = new String[args.length + 1];
        System.arraycopy(args, 0, out, 0, args.length);
        out[args.length] = folder.toString();
        return out;
    }

    /** The ids of a collection's paragraph and quotation documents, straight from Solr. */
    private Set<String> idsIn(String collection) throws Exception {
        Set<String> ids = new HashSet<>();
        String cursor = "*";
        try (HttpClient http = HttpClient.newHttpClient()) {
            while (true) {
                String query = "q=" + enc("doc:(paragraph OR quotation)") + "&fl=id&rows=5000&sort=" + enc("id asc")
                        + "&cursorMark=" + enc(cursor) + "&wt=json";
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(nodes.get(0) + "/" + collection + "/select?" + query))
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(CREDENTIALS.getBytes(StandardCharsets.UTF_8)))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                Object tree = JsonTree.parse(r.body());
                for (Object d : JsonTree.list(JsonTree.at(tree, "response", "docs"))) {
                    ids.add((String) JsonTree.object(d).get("id"));
                }
                String next = (String) JsonTree.at(tree, "nextCursorMark");
                if (next.equals(cursor)) {
                    return ids;
                }
                cursor = next;
            }
        }
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The ids textdig export gives the folder's documents: what the collection must hold, no more, no less. */
    private Set<String> exportedIds(Path folder) throws Exception {
        Processes.Result export = textdig("export", "--format", "solr-json", folder.toString());
        assertThat(export.status()).as(export.err()).isZero();
        Set<String> ids = new HashSet<>();
        for (Object d : JsonTree.list(JsonTree.parse(export.out()))) {
            ids.add((String) JsonTree.object(d).get("id"));
        }
        return ids;
    }

    private static final List<List<String>> COMMANDS = List.of(
            List.of("search", "-n", "0", "--format", "jsonl", "Macron"),
            List.of("search", "-n", "0", "--format", "jsonl", "cease-fire"),
            List.of("search", "-n", "0", "--format", "jsonl", "speaker:macron OR quote:grève"),
            // a sloppy phrase is marked word by word here, from its first word to its last by Solr: counts and order only
            List.of("search", "-c", "\"stop offensive\"~3"),
            List.of("search", "-n", "0", "--format", "jsonl", "\"stop offensive\" OR offens* OR grève"),
            List.of("search", "--format", "jsonl", "--by", "article", "Macron OR grève OR strike"),
            List.of("search", "-c", "--kind", "title,lead", "kind:title OR Macron"),
            List.of("search", "-l", "l'inflation OR O'Neill"),
            List.of("search", "-n", "0", "-C", "1", "--format", "tsv", "-F", "Elysée tenant"),
            List.of("quotes", "--format", "jsonl"),
            List.of("quotes", "--query", "war OR grève OR offensive"),
            List.of("quotes", "--speakers"),
            List.of("keywords", "--rank", "-n", "15"),
            List.of("keywords", "--per-file", "-n", "3", "--format", "tsv"),
            List.of("info", "--format", "tsv"),
            List.of("paragraphs", "--format", "jsonl"));

    /** How many articles the folder gives when read as files (one info row each): the fixtures grow. */
    private int articlesIn(Path folder) throws Exception {
        Processes.Result info = textdig(onFiles(folder, "info", "--format", "tsv"));
        assertThat(info.status()).as(info.err()).isZero();
        return (int) info.out().lines().count() - 1;
    }

    @Test
    @Order(1)
    void everyCommandAnswersThroughSolrAsFromTheFiles() throws Exception {
        Processes.Result refused = Processes.finish(start(Map.of(), onSolr("news", "index", news.toString())), 120);
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).contains("not allowed (HTTP 401): set $TEXTDIG_SOLR_CREDENTIALS").hasLineCount(1);

        Processes.Result created = textdig(onSolr("news", "index", news.toString(), "--create", "--shards", "2", "--replicas", "2"));
        assertThat(created.status()).as(created.err()).isZero();
        int articles = articlesIn(news);
        assertThat(created.out()).isEqualTo(articles + " articles in the index: " + articles + " added, 0 changed, 0 removed, 0 unchanged\n");
        assertThat(created.err()).isEmpty();
        assertThat(tell("active news 2 2")).isEqualTo("ACTIVE news");

        for (List<String> c : COMMANDS) {
            String[] args = c.toArray(String[]::new);
            Processes.Result local = textdig(onFiles(news, args));
            Processes.Result solr = textdig(onSolr("news", args));
            assertThat(solr.status()).as(c + ": " + solr.err()).isEqualTo(local.status());
            assertThat(solr.err()).as(c.toString()).isEqualTo(local.err());
            // the same paragraphs and quotations, in the same order, with the same scores and match ranges
            assertThat(solr.out()).as(c.toString()).isEqualTo(local.out()).isNotEmpty();
        }
        Processes.Result badQuery = textdig(onSolr("news", "search", "speeker:macron"));
        assertThat(badQuery.status()).isEqualTo(2);
        assertThat(badQuery.err()).isEqualTo(textdig(onFiles(news, "search", "speeker:macron")).err());
        Processes.Result missing = textdig(onSolr("nothing", "search", "Macron"));
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("no collection 'nothing'").hasLineCount(1);
    }

    @Test
    @Order(2)
    void aRerunConvergesChangedAndRemovedFilesIncluded() throws Exception {
        Processes.Result again = textdig(onSolr("news", "index", news.toString()));
        int articles = articlesIn(news);
        assertThat(again.out()).isEqualTo(articles + " articles in the index: 0 added, 0 changed, 0 removed, " + articles + " unchanged\n");
        Files.writeString(news.resolve("fixtures/strike-fr.txt"), "\nLa grève continue, dit le syndicat.\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        Files.delete(news.resolve("fixtures/one-per-line.txt"));
        Processes.Result updated = textdig(onSolr("news", "index", news.toString()));
        assertThat(updated.status()).as(updated.err()).isZero();
        assertThat(updated.out()).isEqualTo((articles - 1) + " articles in the index: 0 added, 1 changed, 1 removed, "
                + (articles - 2) + " unchanged\n");
        assertThat(idsIn("news")).isEqualTo(exportedIds(news));
        // the same hits, order and match ranges; scores differ by a few percent while deleted documents still count in
        // Solr's term statistics (until their segments are merged away)
        Processes.Result grève = textdig(onSolr("news", "search", "-n", "0", "--format", "jsonl", "grève"));
        assertThat(withoutScores(grève.out()))
                .isEqualTo(withoutScores(textdig(onFiles(news, "search", "-n", "0", "--format", "jsonl", "grève")).out())).isNotEmpty();
    }

    private static String withoutScores(String jsonl) {
        return jsonl.replaceAll("\"score\":[0-9.Ee-]+,", "");
    }


    @Test
    @Order(3)
    void aNodeStoppedWhileIndexingThenARerunConvergesAndQueriesAnswerFromTheReplicas() throws Exception {
        Path many = work.resolve("many");
        Fixtures.writeInventedArticles(many, 400, 7, true);
        Set<String> expected = exportedIds(many);
        String[] command = onSolr("faults", "index", many.toString(), "--create", "--shards", "2", "--replicas", "2", "-j", "2");
        Process indexing = start(Map.of("TEXTDIG_SOLR_CREDENTIALS", CREDENTIALS), command);
        Thread.sleep(7_000); // collection made, batches going in
        assertThat(tell("stop 1")).isEqualTo("STOPPED 1");
        Processes.Result during = Processes.finish(indexing, 600);
        // complete against the replicas left, or stopped with one line saying why: never a stack trace
        if (during.status() != 0) {
            assertThat(during.err().lines().filter(l -> !l.contains("trying again"))).singleElement().asString().startsWith("textdig: solr ");
        }
        // (Solr's own message may name a server-side exception class: that is its message, not our trace)
        assertThat(during.err()).doesNotContain("\tat ").doesNotContain("Caused by");

        // with one node down, each shard has one replica left: queries answer from it, as from the files
        for (List<String> c : List.of(List.of("search", "-n", "0", "--format", "jsonl", "Macron OR grève"),
                List.of("quotes", "--query", "offensive"))) {
            Processes.Result solr = textdig(onSolr("news", c.toArray(String[]::new)));
            assertThat(solr.status()).as(solr.err()).isZero();
            assertThat(withoutScores(solr.out())).isEqualTo(withoutScores(textdig(onFiles(news, c.toArray(String[]::new))).out()));
        }

        assertThat(tell("start 1")).startsWith("STARTED 1");
        assertThat(tell("active faults 2 2")).isEqualTo("ACTIVE faults");
        Processes.Result rerun = textdig(command[0].equals("index") ? onSolr("faults", "index", many.toString(), "-j", "2") : command);
        assertThat(rerun.status()).as(rerun.err()).isZero();
        assertThat(rerun.out()).startsWith("400 articles in the index: ");
        assertThat(idsIn("faults")).isEqualTo(expected);
        Processes.Result count = textdig(onSolr("faults", "search", "-c", "harbour"));
        assertThat(count.out()).isEqualTo(textdig(onFiles(many, "search", "-c", "harbour")).out());
    }
}
