package dev.textdig.solr;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.textdig.article.Article;
import dev.textdig.article.ArticleReader;
import dev.textdig.article.Language;
import dev.textdig.corpus.ArticleCodec;
import dev.textdig.article.KindSelection;
import dev.textdig.index.ArticleIndex;
import dev.textdig.index.Fields;
import dev.textdig.index.Hit;
import dev.textdig.index.SearchRequest;
import dev.textdig.index.SearchResult;
import dev.textdig.output.JsonTree;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The requests a search makes: the matches in one page when they fit (not a second page that
 * comes back empty: it reruns the whole query), and the hits' articles together (not each hit
 * with its 64 neighbours, which on a large collection moved and decoded 64 articles a hit), a
 * block of neighbours for anything else. Against a JDK HttpServer that answers as a collection of
 * 200 articles, recording the ids each article request asks for and each page of matches asked.
 */
class SolrStoreTest {
    private static final int ARTICLES = 200;
    private static final Pattern ID = Pattern.compile("\"(/news/a\\d+\\.txt#h)\"");

    private HttpServer server;
    private final List<List<Integer>> requested = new ArrayList<>();
    private final List<String> matchPages = new ArrayList<>();
    private SolrStore store;

    private static String id(int i) {
        return String.format("/news/a%03d.txt#h", i);
    }

    @BeforeEach
    void collection() throws IOException {
        String blob = Base64.getEncoder().encodeToString(ArticleCodec.encode(
                ArticleReader.fromText("a.txt", "A title\n\nThe harbour council met on Monday.\n", Language.EN), List.of()));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/solr", exchange -> {
            if ("application/json".equals(exchange.getRequestHeaders().getFirst("Content-Type"))) {
                answer(exchange, search(JsonTree.parse(exchange.getRequestBody().readAllBytes())));
                return;
            }
            Map<String, String> params = params(exchange.getRequestURI().getRawQuery());
            params.putAll(params(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            String q = params.getOrDefault("q", "");
            String body;
            if ("LIST".equals(params.get("action"))) {
                body = "{\"collections\":[\"news\"]}";
            } else if ("CLUSTERSTATUS".equals(params.get("action"))) {
                body = "{\"cluster\":{\"live_nodes\":[]}}";
            } else if (params.containsKey("facet.field")) {
                body = "{\"facet_counts\":{\"facet_fields\":{\"" + Fields.QUOTATION_LANGUAGE + "\":[]}}}";
            } else if (q.equals(Fields.DOC + ":" + Fields.ARTICLE_DOC)) {
                body = "{\"response\":{\"docs\":[" + String.join(",", IntStream.range(0, ARTICLES).mapToObj(i -> "{\"id\":\"" + id(i)
                        + "\",\"" + Fields.FILE + "\":\"" + id(i).substring(0, id(i).indexOf('#')) + "\",\"" + Fields.LANGUAGE
                        + "\":\"en\"}").toList()) + "]},\"nextCursorMark\":\"" + params.get("cursorMark") + "\"}";
            } else {
                List<Integer> ids = new ArrayList<>();
                Matcher m = ID.matcher(q);
                while (m.find()) {
                    ids.add(Integer.parseInt(m.group(1).substring(7, 10)));
                }
                synchronized (requested) {
                    requested.add(ids);
                }
                body = "{\"response\":{\"docs\":[" + String.join(",", ids.stream().map(i -> "{\"id\":\"" + id(i) + "\",\""
                        + Fields.ARTICLE_BLOB + "\":\"" + blob + "\"}").toList()) + "]}}";
            }
            answer(exchange, body);
        });
        server.start();
        SolrConnection connection = new SolrConnection(List.of(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/solr")),
                null, note -> { }, Duration.ofSeconds(5));
        store = SolrStore.open(new SolrCollection(connection, "news"));
    }

    @AfterEach
    void stop() {
        store.close();
        server.stop(0);
    }

    /**
     * A search's JSON request: the highlighter's (no ranges: none needed here), or a page of the
     * matches: paragraph 2 of articles 150, 5 and 77 on the first, nothing after (as Solr ends a cursor).
     */
    private String search(Object request) {
        if ("true".equals(JsonTree.at(request, "params", "hl"))) {
            return "{\"response\":{\"docs\":[]},\"highlighting\":{}}";
        }
        String cursor = (String) JsonTree.at(request, "params", "cursorMark");
        synchronized (matchPages) {
            matchPages.add(cursor);
        }
        List<String> docs = cursor.equals("*") ? List.of(150, 5, 77).stream().map(i -> "{\"id\":\"" + id(i) + "/p2\",\"" + Fields.ARTICLE
                + "\":\"" + id(i) + "\",\"" + Fields.PARAGRAPH + "\":2,\"score\":" + (1 + i / 1000.0) + "}").toList() : List.of();
        return "{\"response\":{\"numFound\":3,\"docs\":[" + String.join(",", docs) + "]},\"nextCursorMark\":\"AoE\"}";
    }

    private static Map<String, String> params(String query) {
        Map<String, String> out = new HashMap<>();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static void answer(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Test
    void aSearchsHitsAreFetchedTogetherInOneRequestNotEachWithItsBlock() {
        List<Article> articles = store.corpus().articles();
        assertThat(articles).hasSize(ARTICLES);
        store.willShow(List.of(150, 5, 77));
        assertThat(articles.get(150).paragraphs()).isNotEmpty();
        articles.get(5);
        articles.get(77);
        assertThat(requested).containsExactly(List.of(150, 5, 77));
    }

    @Test
    void aSearchWhoseMatchesFitOnePageAsksForThemOnceAndForItsHitsArticlesTogether() {
        try (ArticleIndex index = store.forSearch(List.of())) {
            SearchResult result = index.search(new SearchRequest("harbour", false, KindSelection.CONTENT, 10));
            assertThat(result.totalMatches()).isEqualTo(3);
            assertThat(result.hits()).extracting(Hit::score).containsExactly(1.15, 1.077, 1.005);
        }
        assertThat(matchPages).containsExactly("*");
        assertThat(requested).singleElement().asList().containsExactlyInAnyOrder(150, 5, 77);
    }

    @Test
    void anythingElseComesWithItsBlockOfNeighboursTheDecodedLeftOut() {
        List<Article> articles = store.corpus().articles();
        store.willShow(List.of(77));
        articles.get(77);
        articles.get(100); // not a hit: its block, 64 to 127, without 77 (decoded already)
        articles.get(127);
        assertThat(requested).hasSize(2);
        assertThat(requested.get(1)).hasSize(63).startsWith(100).doesNotContain(77)
                .containsExactlyInAnyOrderElementsOf(IntStream.range(64, 128).filter(i -> i != 77).boxed().toList());
    }

    @Test
    void manyHitsAreFetchedABlockAtATimeInTheirOrder() {
        List<Article> articles = store.corpus().articles();
        List<Integer> hits = IntStream.range(0, 100).map(i -> 2 * i).boxed().toList();
        store.willShow(hits);
        hits.forEach(articles::get);
        assertThat(requested).hasSize(2);
        assertThat(requested.get(0)).isEqualTo(hits.subList(0, 64));
        assertThat(requested.get(1)).isEqualTo(hits.subList(64, 100));
    }
}
