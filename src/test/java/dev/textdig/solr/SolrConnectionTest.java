package dev.textdig.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.textdig.output.JsonTree;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Retries on what passes (503, a node that is down, a leader election), one line at once on what does not. */
class SolrConnectionTest {
    private final List<HttpServer> servers = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    @AfterEach
    void stop() {
        servers.forEach(s -> s.stop(0));
    }

    /** A server on 127.0.0.1 that answers the n-th request with the n-th of these (status, body); the last one after that. */
    private URI server(AtomicInteger calls, Object... answers) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/solr", exchange -> {
            int n = Math.min(calls.getAndIncrement(), answers.length / 2 - 1);
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            byte[] body = ((String) answers[2 * n + 1]).replace("AUTH", String.valueOf(auth)).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders((Integer) answers[2 * n], body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        servers.add(server);
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/solr");
    }

    private SolrConnection connect(List<URI> nodes, SolrCredentials credentials) {
        return new SolrConnection(nodes, credentials, notes::add, Duration.ofSeconds(20));
    }

    @Test
    void transientFailuresAreTriedAgainUntilTheyPass() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        URI node = server(calls, 503, "{\"error\":{\"msg\":\"no servers hosting shard: shard1\"}}",
                500, "{\"error\":{\"msg\":\"No registered leader was found after waiting for 4000ms , collection: news slice: shard2\"}}",
                200, "{\"ok\":1}");
        try (SolrConnection solr = connect(List.of(node), null)) {
            assertThat(JsonTree.at(solr.get("/news/select", Map.of("q", "*:*")), "ok")).isEqualTo(1L);
        }
        assertThat(calls.get()).isEqualTo(3);
        assertThat(notes).hasSize(2);
        assertThat(notes.getFirst()).contains("HTTP 503: no servers hosting shard").contains("trying again in");
    }

    @Test
    void aNodeThatIsDownIsPassedForTheNext() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        AtomicInteger calls = new AtomicInteger();
        URI live = server(calls, 200, "{\"ok\":1}");
        try (SolrConnection solr = connect(List.of(URI.create("http://127.0.0.1:" + closedPort + "/solr"), live), null)) {
            assertThat(JsonTree.at(solr.get("/news/select", Map.of()), "ok")).isEqualTo(1L);
        }
        assertThat(notes).singleElement().asString().contains("cannot connect");
    }

    @Test
    void permanentFailuresStopAtOnceWithSolrsMessageOnOneLine() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        URI node = server(calls, 400, "{\"error\":{\"msg\":\"ERROR: [doc=a/p1] unknown field 'x'\\nmore\"}}");
        try (SolrConnection solr = connect(List.of(node), null)) {
            assertThatThrownBy(() -> solr.post("/news/update", Map.of(), "application/json", "[]".getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(SolrConnection.SolrRefused.class)
                    .hasMessage("solr " + node + "/news/update: HTTP 400: ERROR: [doc=a/p1] unknown field 'x' more");
        }
        assertThat(calls.get()).isEqualTo(1);
        AtomicInteger forbidden = new AtomicInteger();
        URI locked = server(forbidden, 401, "");
        try (SolrConnection solr = connect(List.of(locked), null)) {
            assertThatThrownBy(() -> solr.get("/admin/collections", Map.of()))
                    .hasMessageContaining("not allowed (HTTP 401): set $TEXTDIG_SOLR_CREDENTIALS");
        }
    }

    @Test
    void givesUpAfterItsBudgetNamingTheLastFailure() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        URI node = server(calls, 503, "{\"error\":{\"msg\":\"down\"}}");
        try (SolrConnection solr = new SolrConnection(List.of(node), null, notes::add, Duration.ofSeconds(2))) {
            assertThatThrownBy(() -> solr.get("/news/select", Map.of()))
                    .isInstanceOf(SolrException.class).hasMessageStartingWith("solr " + node + ": gave up after ")
                    .hasMessageEndingWith(": HTTP 503: down");
        }
        assertThat(calls.get()).isGreaterThan(2);
    }

    @Test
    void basicAuthFromTheEnvironmentOrAFileNeverTheCommandLine() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        URI node = server(calls, 200, "{\"auth\":\"AUTH\"}");
        SolrCredentials fromEnv = SolrCredentials.fromEnvironment(Map.of(SolrCredentials.ENV, "solr:Solr:Rocks"));
        assertThat(fromEnv.user()).isEqualTo("solr");
        assertThat(fromEnv.password()).isEqualTo("Solr:Rocks");
        assertThat(fromEnv.toString()).doesNotContain("Rocks");
        try (SolrConnection solr = connect(List.of(node), fromEnv)) {
            assertThat(JsonTree.at(solr.get("/x", Map.of()), "auth")).isEqualTo("Basic c29scjpTb2xyOlJvY2tz");
        }
        assertThat(SolrCredentials.fromEnvironment(Map.of())).isNull();
        assertThatThrownBy(() -> SolrCredentials.fromEnvironment(Map.of(SolrCredentials.ENV, "nocolon")))
                .hasMessage("$TEXTDIG_SOLR_CREDENTIALS: Solr credentials are user:password");
        assertThatThrownBy(() -> SolrCredentials.fromEnvironment(Map.of(SolrCredentials.FILE_ENV, "/nonexistent/creds")))
                .hasMessageStartingWith("/nonexistent/creds: cannot read the Solr credentials");
    }
}
