package dev.textdig.solr;

import dev.textdig.article.Article;
import dev.textdig.article.Kind;
import dev.textdig.article.Language;
import dev.textdig.article.Span;
import dev.textdig.export.FlatDocuments;
import dev.textdig.index.Fields;
import dev.textdig.index.ArticleEvidence;
import dev.textdig.index.ArticleIndex;
import dev.textdig.index.Hit;
import dev.textdig.index.QueryCheck;
import dev.textdig.index.QuotationFilter;
import dev.textdig.index.RankBy;
import dev.textdig.index.SearchRequest;
import dev.textdig.index.SearchResult;
import dev.textdig.output.DocumentJson;
import dev.textdig.output.JsonTree;
import dev.textdig.quote.Quote;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Searches and quotation queries run on a Solr collection, answered as the local index answers
 * them: the query is first read here (the same syntax errors, in the same words), then sent as
 * typed to Solr's edismax parser, once per language of the collection on that language's fields
 * ({@code text} and {@code quote} named by alias, as locally), each reading kept to its language's
 * documents. Every matching paragraph's BM25 comes back, and the article evidence (see the README's
 * ranking) is added here as locally; the hits' match ranges come from Solr's unified highlighter.
 */
final class SolrIndex implements ArticleIndex {
    private static final int PAGE = 10_000;
    /** Marks around a match in a highlighted value: characters that are not in article text. */
    private static final String PRE = "\u0002";
    private static final String POST = "\u0003";

    private final SolrStore store;
    private final SolrConnection solr;
    private final SolrCollection collection;
    private final Map<String, Boolean> checked = new HashMap<>();

    SolrIndex(SolrStore store) {
        this.store = store;
        this.collection = store.collection();
        this.solr = collection.connection();
    }

    @Override
    public List<Article> articles() {
        return store.corpus().articles();
    }

    /** One matching paragraph: its article's place, its number, its BM25 (with its article's evidence once ranked). */
    private record Match(String id, int article, int paragraph, double score) {
    }

    @Override
    public SearchResult search(SearchRequest request) {
        List<Match> own = allMatches(request);
        List<Match> ranked = ArticleEvidence.withEvidence(own, Match::article, Match::score,
                Comparator.comparingInt(Match::article).thenComparingInt(Match::paragraph),
                (m, score) -> new Match(m.id(), m.article(), m.paragraph(), score), request.by());
        List<Match> top = ranked.subList(0, Math.min(request.limit(), ranked.size()));
        Map<String, List<Span>> spans = highlights(request, top);
        store.willShow(top.stream().map(Match::article).toList());
        List<Hit> hits = new ArrayList<>(top.size());
        for (Match m : top) {
            Article a = articles().get(m.article());
            hits.add(new Hit(a, a.paragraphs().get(m.paragraph() - 1), m.score(), spans.getOrDefault(m.id(), List.of())));
        }
        return new SearchResult(hits, ranked.size());
    }

    @Override
    public long[] countPerArticle(SearchRequest request) {
        long[] counts = new long[articles().size()];
        Map<String, Object> body = body(request, paragraphFilters(request));
        body.put("limit", 0);
        params(body).putAll(Map.of("facet", "true", "facet.field", Fields.ARTICLE, "facet.limit", "-1", "facet.mincount", "1"));
        List<Object> facet = JsonTree.list(JsonTree.at(select(body), "facet_counts", "facet_fields", Fields.ARTICLE));
        for (int i = 0; i < facet.size(); i += 2) {
            Integer position = store.positionOf(String.valueOf(facet.get(i)));
            if (position != null) {
                counts[position] = ((Number) facet.get(i + 1)).longValue();
            }
        }
        return counts;
    }

    @Override
    public long furnitureMatches(SearchRequest request) {
        if (!request.kinds().furnitureHidden()) {
            return 0;
        }
        List<String> filters = new ArrayList<>(List.of(Fields.DOC + ":" + Fields.PARAGRAPH_DOC,
                Fields.KIND + ":" + Kind.BOILERPLATE.label()));
        Map<String, Object> body = body(request, filters);
        body.put("limit", 0);
        return ((Number) JsonTree.at(select(body), "response", "numFound")).longValue();
    }

    @Override
    public boolean wordless(SearchRequest request) {
        return check(request.query(), request.literal(), false);
    }

    @Override
    public List<Quote> quotations(QuotationFilter filter) {
        List<Quote> out = new ArrayList<>();
        if (filter.query() == null) {
            for (Quote q : store.corpus().quotations()) {
                if (filter.keepsByLengthAndSpeaker(q)) {
                    out.add(q);
                }
            }
            return out;
        }
        Set<Language> quoted = store.corpus().quotationLanguages();
        check(filter.query(), false, true);
        if (quoted.isEmpty()) {
            return out;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", readings(quoted, true));
        body.put("filter", List.of(Fields.DOC + ":" + Fields.QUOTATION_DOC));
        body.put("fields", Fields.ARTICLE + "," + Fields.QUOTATION);
        body.put("sort", "id asc");
        params(body).put("uq", filter.query());
        TreeMap<Integer, TreeSet<Integer>> matching = new TreeMap<>();
        for (Map<String, Object> doc : everyMatch(body)) {
            Integer position = store.positionOf((String) doc.get(Fields.ARTICLE));
            if (position != null) {
                matching.computeIfAbsent(position, k -> new TreeSet<>()).add(((Number) doc.get(Fields.QUOTATION)).intValue());
            }
        }
        for (Map.Entry<Integer, TreeSet<Integer>> e : matching.entrySet()) {
            List<Quote> quotes = store.corpus().quotationsOf(e.getKey());
            for (int ordinal : e.getValue()) {
                Quote q = quotes.get(ordinal);
                if (filter.keepsByLengthAndSpeaker(q)) {
                    out.add(q);
                }
            }
        }
        return out;
    }

    /** Reads the query here, as the local index would: its syntax errors are thrown now, as there. */
    private boolean check(String query, boolean literal, boolean quotations) {
        Set<Language> languages = quotations ? store.corpus().quotationLanguages() : store.corpus().languages();
        return checked.computeIfAbsent((literal ? "F" : "Q") + (quotations ? "q" : "p") + query,
                k -> QueryCheck.wordless(query, literal, languages, quotations));
    }

    /** Every matching paragraph with its BM25 score, page by page. */
    private List<Match> allMatches(SearchRequest request) {
        Map<String, Object> body = body(request, paragraphFilters(request));
        body.put("fields", "id," + Fields.ARTICLE + "," + Fields.PARAGRAPH + ",score");
        body.put("sort", "score desc,id asc");
        List<Match> out = new ArrayList<>();
        for (Map<String, Object> doc : everyMatch(body)) {
            Integer position = store.positionOf((String) doc.get(Fields.ARTICLE));
            if (position != null) {
                out.add(new Match((String) doc.get("id"), position, ((Number) doc.get(Fields.PARAGRAPH)).intValue(),
                        ((Number) doc.get("score")).doubleValue()));
            }
        }
        return out;
    }

    private List<Map<String, Object>> everyMatch(Map<String, Object> body) {
        List<Map<String, Object>> out = new ArrayList<>();
        body.put("limit", PAGE);
        SolrCollection.eachPage(PAGE, cursor -> {
            params(body).put("cursorMark", cursor);
            return select(body);
        }, out::add);
        return out;
    }

    /** The match ranges of each hit, from Solr's unified highlighter over the whole paragraph. */
    private Map<String, List<Span>> highlights(SearchRequest request, List<Match> top) {
        Map<String, List<Span>> out = new HashMap<>();
        if (top.isEmpty()) {
            return out;
        }
        StringBuilder ids = new StringBuilder("id:(");
        for (int i = 0; i < top.size(); i++) {
            ids.append(i > 0 ? " OR " : "").append(quoted(top.get(i).id()));
        }
        List<String> filters = new ArrayList<>(paragraphFilters(request));
        filters.add(ids.append(')').toString());
        Map<String, Object> body = body(request, filters);
        body.put("fields", "id");
        body.put("limit", top.size());
        List<String> fields = new ArrayList<>();
        store.corpus().languages().forEach(l -> fields.add(FlatDocuments.text(l.code())));
        Map<String, String> hl = params(body);
        hl.put("hl", "true");
        hl.put("hl.method", "unified");
        hl.put("hl.fl", String.join(",", fields.isEmpty() ? List.of("text_en") : fields));
        hl.put("hl.bs.type", "WHOLE");
        hl.put("hl.fragsize", "0");
        hl.put("hl.snippets", "1");
        hl.put("hl.requireFieldMatch", "true");
        hl.put("hl.defaultSummary", "false");
        hl.put("hl.maxAnalyzedChars", Integer.toString(Integer.MAX_VALUE - 1));
        hl.put("hl.tag.pre", PRE);
        hl.put("hl.tag.post", POST);
        Map<String, Object> highlighting = JsonTree.object(JsonTree.at(select(body), "highlighting"));
        for (Map.Entry<String, Object> e : highlighting.entrySet()) {
            for (Object snippets : JsonTree.object(e.getValue()).values()) {
                for (Object marked : JsonTree.list(snippets)) {
                    out.put(e.getKey(), spans(String.valueOf(marked)));
                }
            }
        }
        return out;
    }

    /** The marked ranges of a highlighted value, in code points of the value without its marks. */
    static List<Span> spans(String marked) {
        List<Span> spans = new ArrayList<>();
        int codePoints = 0;
        int start = -1;
        for (int i = 0; i < marked.length(); ) {
            int c = marked.codePointAt(i);
            i += Character.charCount(c);
            if (c == PRE.charAt(0)) {
                start = codePoints;
            } else if (c == POST.charAt(0)) {
                if (start >= 0) {
                    spans.add(new Span(start, codePoints));
                }
                start = -1;
            } else {
                codePoints++;
            }
        }
        return spans;
    }

    /** Paragraph documents of the kinds the request takes. */
    private static List<String> paragraphFilters(SearchRequest request) {
        List<String> filters = new ArrayList<>();
        filters.add(Fields.DOC + ":" + Fields.PARAGRAPH_DOC);
        if (!request.kinds().isEverything()) {
            StringBuilder kinds = new StringBuilder(Fields.KIND + ":(");
            int n = 0;
            for (Kind k : request.kinds().kinds()) {
                kinds.append(n++ > 0 ? " OR " : "").append(k.label());
            }
            filters.add(n == 0 ? "-*:*" : kinds.append(')').toString());
        }
        return filters;
    }

    /** A JSON request: the query in each language (the user's text as the parameter {@code uq}), these filters. */
    private Map<String, Object> body(SearchRequest request, List<String> filters) {
        check(request.query(), request.literal(), false);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", readings(store.corpus().languages(), false));
        body.put("filter", filters);
        params(body).put("uq", request.literal() ? escaped(request.query()) : request.query());
        return body;
    }

    /**
     * The query read once per language by edismax on that language's fields, {@code text} and
     * {@code quote} (a quotation's words and speaker for quotation documents) as aliases, each
     * reading kept to its language's documents when there are several.
     */
    private static Object readings(Set<Language> present, boolean quotations) {
        Set<Language> languages = present.isEmpty() ? Set.of(Language.EN) : present;
        List<Object> should = new ArrayList<>();
        for (Language l : languages) {
            String code = l.code();
            String text = quotations ? FlatDocuments.quotationText(code) : FlatDocuments.text(code);
            String reading = "{!edismax qf=" + text + " f.text.qf=" + text + " f.quote.qf=" + FlatDocuments.quote(code)
                    + (quotations ? " f.speaker.qf=" + Fields.QUOTATION_SPEAKER + " f.language.qf=" + Fields.QUOTATION_LANGUAGE : "")
                    + " uf='* -_query_' sow=true q.op=OR mm=0 v=$uq}";
            if (languages.size() == 1) {
                return reading;
            }
            String field = quotations ? Fields.QUOTATION_LANGUAGE : Fields.LANGUAGE;
            should.add(Map.of("bool", Map.of("must", List.of(reading), "filter", List.of(field + ":" + code))));
        }
        return Map.of("bool", Map.of("should", should));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> params(Map<String, Object> body) {
        return (Map<String, String>) body.computeIfAbsent("params", k -> new LinkedHashMap<String, String>());
    }

    private Object select(Map<String, Object> body) {
        return solr.post(collection.path("/select"), Map.of(), "application/json",
                DocumentJson.of(body).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        // the connection is the store's, closed with it
    }

    /** A value as a quoted term of Solr's query syntax. */
    static String quoted(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** Plain words: every character of the query syntax escaped. */
    static String escaped(String text) {
        StringBuilder s = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\+-!():^[]\"{}~*?|&/".indexOf(c) >= 0) {
                s.append('\\');
            }
            s.append(c);
        }
        // words that are operators are words here
        return s.toString().replaceAll("\\b(AND|OR|NOT)\\b", "\\\\$1");
    }
}
