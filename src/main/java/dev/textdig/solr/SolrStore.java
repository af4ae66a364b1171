package dev.textdig.solr;

import dev.textdig.article.Article;
import dev.textdig.article.Language;
import dev.textdig.corpus.ArticleCodec;
import dev.textdig.corpus.StoredArticles;
import dev.textdig.corpus.Corpus;
import dev.textdig.export.FlatDocuments;
import dev.textdig.index.Fields;
import dev.textdig.index.ArticleIndex;
import dev.textdig.index.ArticleStore;
import dev.textdig.index.SearchRequest;
import dev.textdig.output.JsonTree;
import dev.textdig.quote.Quote;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;

/**
 * A SolrCloud collection that {@code textdig index --solr} filled, as a run's articles: their
 * list (from the articles' own documents, in file-name order as an index on disk gives them),
 * each article and its quotations decoded from what the collection keeps when asked for, a block
 * at a time; and an index ({@link SolrIndex}) that runs searches and quotation queries on the
 * cluster.
 */
public final class SolrStore implements ArticleStore {
    /** Articles fetched in one request when one is asked for (its neighbours are likely next). */
    private static final int BLOCK = 64;
    private static final int CACHED = 4096;
    private static final int PAGE = 2000;

    private final SolrCollection collection;
    private final List<Entry> entries;
    private final Map<String, Integer> positionOfId = new HashMap<>();
    private final Corpus corpus;
    private final Fetched fetched;

    /** An entry and its name as UTF-8 bytes, to sort by. */
    private record Keyed(byte[] name, Entry entry) {
    }

    /** One article: its id (path#hash), its name as given, its language. */
    record Entry(String id, String name, Language language) {
    }

    private SolrStore(SolrCollection collection, List<Entry> entries) {
        this.collection = collection;
        this.entries = entries;
        for (int i = 0; i < entries.size(); i++) {
            positionOfId.put(entries.get(i).id(), i);
        }
        Set<Language> languages = EnumSet.noneOf(Language.class);
        entries.forEach(e -> languages.add(e.language()));
        this.fetched = new Fetched();
        this.corpus = Corpus.stored(fetched, languages, fetched::quotationsOf, quotationLanguages());
    }

    /** The collection's articles, listed now; a one-line {@link SolrException} when it is not there. */
    public static SolrStore open(SolrCollection collection) {
        collection.requireExists();
        collection.connection().learnLiveNodes();
        List<Entry> entries = new ArrayList<>();
        collection.forEachArticleDocument("id," + Fields.FILE + "," + Fields.LANGUAGE, PAGE,
                doc -> entries.add(new Entry((String) doc.get("id"), (String) doc.get(Fields.FILE),
                        Language.valueOf(((String) doc.get(Fields.LANGUAGE)).toUpperCase(java.util.Locale.ROOT)))));
        // Byte order of the UTF-8 names, as a folder is read and as an index on disk lists them; each
        // name encoded once, not at every comparison (as DiskStore learned at 100,000 articles).
        List<Entry> sorted = entries.stream()
                .map(e -> new Keyed(e.name().getBytes(StandardCharsets.UTF_8), e))
                .sorted((a, b) -> Arrays.compareUnsigned(a.name(), b.name()))
                .map(Keyed::entry)
                .toList();
        return new SolrStore(collection, sorted);
    }

    /** The languages of the quotation documents, from a facet rather than a pass over the articles. */
    private Set<Language> quotationLanguages() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", Fields.DOC + ":" + Fields.QUOTATION_DOC);
        params.put("rows", "0");
        params.put("facet", "true");
        params.put("facet.field", Fields.QUOTATION_LANGUAGE);
        params.put("facet.mincount", "1");
        Object tree = collection.connection().get(collection.path("/select"), params);
        List<Object> facet = JsonTree.list(JsonTree.at(tree, "facet_counts", "facet_fields", Fields.QUOTATION_LANGUAGE));
        Set<Language> out = EnumSet.noneOf(Language.class);
        for (int i = 0; i < facet.size(); i += 2) {
            Language l = Language.ofCode(facet.get(i));
            if (l != null) {
                out.add(l);
            }
        }
        return out;
    }

    SolrCollection collection() {
        return collection;
    }

    /**
     * The articles a search is about to show (its hits): fetched together, in one request, when the
     * first of them is asked for, instead of each one's block of neighbours. On a large collection
     * a search's hits are seldom neighbours, and blocks of 64 moved and decoded 64 articles a hit.
     */
    void willShow(List<Integer> positions) {
        fetched.showing = new LinkedHashSet<>(positions);
    }

    /** The article's place in {@link Corpus#articles()}, from its id; null when it is not listed. */
    Integer positionOf(String articleId) {
        return positionOfId.get(articleId);
    }

    @Override
    public Corpus corpus() {
        return corpus;
    }

    @Override
    public ArticleIndex forSearch(List<SearchRequest> requests) {
        return new SolrIndex(this);
    }

    @Override
    public ArticleIndex forQuotations() {
        return new SolrIndex(this);
    }

    @Override
    public void close() {
        collection.connection().close();
    }

    /** The articles, decoded from the collection's article documents when asked for, a block at a time. */
    private final class Fetched extends StoredArticles {
        /** See {@link SolrStore#willShow}. */
        private volatile Set<Integer> showing = Set.of();

        Fetched() {
            super(CACHED);
        }

        @Override
        public int size() {
            return entries.size();
        }

        @Override
        public String file(int position) {
            return entries.get(position).name();
        }

        /**
         * The article with, in the same request, the next of the articles a search is about to show
         * that are not decoded yet, or else with its block of the collection (a pass over the
         * articles reads neighbours together): at most {@link #BLOCK} articles a request.
         */
        @Override
        protected ArticleCodec.Stored load(int position, BiConsumer<Integer, ArticleCodec.Stored> alsoLoaded) {
            Iterable<Integer> together = showing;
            if (!showing.contains(position)) {
                int from = position - position % BLOCK;
                together = IntStream.range(from, Math.min(entries.size(), from + BLOCK))::iterator;
            }
            Map<String, Integer> wanted = new LinkedHashMap<>();
            wanted.put(entries.get(position).id(), position);
            for (int i : together) {
                if (wanted.size() == BLOCK) {
                    break;
                }
                if (!isCached(i)) {
                    wanted.putIfAbsent(entries.get(i).id(), i);
                }
            }
            StringBuilder ids = new StringBuilder();
            wanted.keySet().forEach(id -> ids.append(ids.isEmpty() ? "" : " OR ").append(SolrIndex.quoted(id)));
            Map<String, String> params = new LinkedHashMap<>();
            params.put("q", "id:(" + ids + ")");
            params.put("fl", "id," + Fields.ARTICLE_BLOB);
            params.put("rows", Integer.toString(wanted.size()));
            Object tree = collection.connection().postForm(collection.path("/select"), params);
            ArticleCodec.Stored found = null;
            for (Object d : JsonTree.list(JsonTree.at(tree, "response", "docs"))) {
                Map<String, Object> doc = JsonTree.object(d);
                Integer at = wanted.get((String) doc.get("id"));
                if (at != null) {
                    ArticleCodec.Stored decoded = ArticleCodec.decode(Base64.getDecoder().decode((String) doc.get(Fields.ARTICLE_BLOB)));
                    if (at == position) {
                        found = decoded;
                    } else {
                        alsoLoaded.accept(at, decoded);
                    }
                }
            }
            if (found == null) {
                throw new SolrException("solr " + collection.connection().where() + ": article " + entries.get(position).name()
                        + " is no longer in collection '" + collection.name() + "' (it changed while this ran?)");
            }
            return found;
        }
    }
}
