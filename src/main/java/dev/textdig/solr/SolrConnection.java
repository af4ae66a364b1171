package dev.textdig.solr;

import dev.textdig.output.JsonTree;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * Requests to a SolrCloud cluster over HTTP, with the JDK's own client (HTTP/1.1, TLS with the
 * JDK's trust store) and jackson-core for the answers: no SolrJ, so nothing grows for the commands
 * that do not use Solr.
 *
 * <p>Any node of a cluster answers for the whole cluster. The nodes given, and those the cluster
 * says are live, are tried in turn: a request that cannot connect, is reset, times out, or is
 * answered 502/503/504 (a node going down, a shard with no leader during an election) or 500 with
 * a message of that kind, is sent again, to the next node, after a pause that doubles each time
 * (from 250 ms, at most 4 s, with jitter), until {@link #RETRY_BUDGET} has passed. Anything else
 * (a collection that does not exist, a document the schema refuses, bad credentials) fails at once
 * with Solr's own message, in one line.
 */
public final class SolrConnection implements AutoCloseable {
    /** How long one request is tried again before the run stops. */
    public static final Duration RETRY_BUDGET = Duration.ofSeconds(90);
    private static final long FIRST_PAUSE_MS = 250;
    private static final long LONGEST_PAUSE_MS = 4000;

    private final HttpClient http;
    private final List<URI> nodes = new ArrayList<>();
    private final SolrCredentials credentials;
    private final Consumer<String> notes;
    private final Duration budget;
    private int current;
    private boolean learned;

    /**
     * @param nodes       base URLs of nodes ({@code http://host:8983/solr}), tried in this order
     * @param credentials basic auth, or null
     * @param notes       a line for each retry (shown on a terminal), never a result
     */
    public SolrConnection(List<URI> nodes, SolrCredentials credentials, Consumer<String> notes, Duration budget) {
        this.nodes.addAll(nodes);
        this.credentials = credentials;
        this.notes = notes;
        this.budget = budget;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** {@code --solr URL[,URL...]}: each an http or https base URL, such as {@code http://localhost:8983/solr}. */
    public static List<URI> parseUrls(String urls) {
        List<URI> out = new ArrayList<>();
        for (String u : urls.split(",")) {
            String s = u.strip();
            while (s.endsWith("/")) {
                s = s.substring(0, s.length() - 1);
            }
            URI uri;
            try {
                uri = URI.create(s);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + u.strip() + "' is not a URL");
            }
            if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https")) || uri.getHost() == null) {
                throw new IllegalArgumentException("'" + u.strip() + "' is not an http(s) URL such as http://localhost:8983/solr");
            }
            out.add(uri);
        }
        return out;
    }

    /** The node requests go to now, for messages. */
    public String where() {
        return nodes.get(current).toString();
    }

    public Object get(String path, Map<String, String> params) {
        return send("GET", path, params, null, null);
    }

    public Object post(String path, Map<String, String> params, String contentType, byte[] body) {
        return send("POST", path, params, contentType, body);
    }

    /** A POST of a form (long queries do not fit a URL). */
    public Object postForm(String path, Map<String, String> params) {
        return send("POST", path, Map.of(), "application/x-www-form-urlencoded", query(params).getBytes(StandardCharsets.UTF_8));
    }

    private Object send(String method, String path, Map<String, String> params, String contentType, byte[] body) {
        long deadline = System.nanoTime() + budget.toNanos();
        Map<String, String> all = new LinkedHashMap<>(params);
        all.put("wt", "json");
        String last = null;
        for (int attempt = 1; ; attempt++) {
            URI base = nodes.get(current);
            URI uri = URI.create(base + path + "?" + query(all));
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120));
            if (credentials != null) {
                request.header("Authorization", credentials.header());
            }
            if (body != null) {
                request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            try {
                HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                int status = response.statusCode();
                Object tree = parse(response.body());
                if (status == 200 && tree != null) {
                    return tree;
                }
                String message = message(tree, response);
                if (!transientFailure(status, message)) {
                    throw new SolrRefused(base + path, status, message);
                }
                last = "HTTP " + status + ": " + message;
                nextNode();
            } catch (IOException e) {
                last = describe(e);
                nextNode();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SolrException("interrupted");
            }
            long pause = Math.min(LONGEST_PAUSE_MS, FIRST_PAUSE_MS << Math.min(attempt - 1, 10));
            pause += ThreadLocalRandom.current().nextLong(pause / 4 + 1);
            if (System.nanoTime() + pause * 1_000_000 > deadline) {
                throw new SolrException("solr " + base + ": gave up after " + attempt + " attempts in "
                        + budget.toSeconds() + " s: " + last);
            }
            notes.accept("solr " + base + ": " + last + "; trying again in " + String.format(Locale.ROOT, "%.1f", pause / 1000.0)
                    + " s" + (nodes.size() > 1 ? " (node " + nodes.get(current) + ")" : ""));
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SolrException("interrupted");
            }
        }
    }

    /**
     * Adds the nodes the cluster says are live, so that a run goes on when the node it was given
     * goes down; once per connection, quietly skipped where the cluster does not say.
     */
    public void learnLiveNodes() {
        if (learned) {
            return;
        }
        learned = true;
        Object tree = get("/admin/collections", Map.of("action", "CLUSTERSTATUS"));
        String scheme = nodes.get(current).getScheme();
        for (Object n : JsonTree.list(JsonTree.at(tree, "cluster", "live_nodes"))) {
            // host:port_context, the context's slashes written as underscores
            String name = String.valueOf(n);
            int sep = name.indexOf('_');
            if (sep < 0) {
                continue;
            }
            URI uri = URI.create(scheme + "://" + name.substring(0, sep) + "/" + name.substring(sep + 1).replace('_', '/'));
            if (!nodes.contains(uri)) {
                nodes.add(uri);
            }
        }
    }

    private void nextNode() {
        current = (current + 1) % nodes.size();
    }

    static boolean transientFailure(int status, String message) {
        if (status == 502 || status == 503 || status == 504 || status == 429) {
            return true;
        }
        String m = message.toLowerCase(Locale.ROOT);
        return (status == 500 || status == 400 || status == 510) && (m.contains("no registered leader") || m.contains("leader")
                && m.contains("election") || m.contains("zookeeper") || m.contains("no active replica") || m.contains("not the leader")
                || m.contains("no servers hosting") || m.contains("connection refused") || m.contains("connection reset")
                || m.contains("could not find a healthy node") || m.contains("is not active") || m.contains("timeout")
                || m.contains("shutting down") || m.contains("cannot talk to"));
    }

    private static Object parse(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try {
            return JsonTree.parse(body);
        } catch (IOException e) {
            return null;
        }
    }

    /** Solr's own message ({@code error.msg}), or the body's first line, or the status alone. */
    private static String message(Object tree, HttpResponse<byte[]> response) {
        Object msg = JsonTree.at(tree, "error", "msg");
        if (msg == null) {
            msg = JsonTree.at(tree, "error", "trace");
        }
        String text = msg != null ? msg.toString() : new String(response.body(), StandardCharsets.UTF_8);
        // the Collections API says what went wrong on the nodes under "failure"
        for (Object why : JsonTree.object(JsonTree.at(tree, "failure")).values()) {
            text += ": " + why;
            break;
        }
        text = text.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
        if (text.length() > 300) {
            text = text.substring(0, 300) + "...";
        }
        return text.isEmpty() ? "no message" : text;
    }

    private static String describe(IOException e) {
        if (e instanceof ConnectException) {
            return "cannot connect";
        }
        if (e instanceof HttpTimeoutException) {
            return "no answer in time";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.replaceAll("\\s+", " ");
    }

    private static String query(Map<String, String> params) {
        StringBuilder s = new StringBuilder();
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (!s.isEmpty()) {
                s.append('&');
            }
            s.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        }
        return s.toString();
    }

    @Override
    public void close() {
        http.close();
    }

    /** Solr answered, and refused: no retry will help. */
    public static final class SolrRefused extends SolrException {
        SolrRefused(String url, int status, String solrMessage) {
            super("solr " + url + ": " + (status == 401 || status == 403
                    ? "not allowed (HTTP " + status + "): set $" + SolrCredentials.ENV + " or $" + SolrCredentials.FILE_ENV
                    : "HTTP " + status + ": " + solrMessage));
        }
    }
}
