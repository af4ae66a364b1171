package dev.textdig.index;

import dev.textdig.article.Article;
import dev.textdig.article.CodePointCursor;
import dev.textdig.article.Kind;
import dev.textdig.article.Language;
import dev.textdig.article.Paragraph;
import dev.textdig.article.Span;
import dev.textdig.corpus.Corpus;
import dev.textdig.quote.Quote;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * The Lucene index of a run: one document per paragraph, furniture included (it is filtered at
 * query time, so {@code --all-paragraphs} needs no second index), with the speakers and words of
 * the quotations found in it; and, when asked for, one document per quotation ({@link Documents}).
 * Built in memory from a {@link Corpus}, or opened over an index on disk ({@link DiskStore}). It
 * runs searches (BM25 ranking, kind filters, highlighted match offsets) and selects quotations.
 *
 * <p>Each paragraph is analysed in its article's language, into that language's fields
 * ({@code text_en}, {@code text_fr}) rather than one field with an analyzer per document: a query
 * must be analysed the way each document was, and separate fields let it be read once per
 * language ({@link QueryFactory}), keep each language's term statistics (BM25) apart, and are how
 * Solr and OpenSearch schemas hold several languages. Quotation documents have fields of their own
 * ({@link Fields#quotationText}), so the paragraphs' statistics are the same with or without them.
 * Paragraphs are ranked with their article's evidence ({@link ArticleEvidence}); equal scores are
 * ordered by article (the order the files were given; on disk, file names), then paragraph.
 */
public final class ParagraphIndex implements ArticleIndex {
    private final Corpus corpus;
    private final List<Article> articles;
    private final Set<Language> languages;
    private final Analyzer analyzer;
    /** The in-memory directory this index owns, or null when the reader belongs to a store on disk. */
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    /** Whether quotations have documents (and paragraphs their speaker and quote fields). */
    private final boolean quotationsIndexed;
    /** Whether documents other than paragraphs sit in the index, so searches must filter them out. */
    private final boolean mixedDocuments;
    /** The article number ({@link Fields#ARTICLE}) of each position of {@link #articles}. */
    private final int[] keyOfPosition;
    private final Map<Integer, Integer> positionOfKey = new HashMap<>();
    /** Each query read once: by its text, with F or Q for literal or not. */
    private final Map<String, Query> parsed = new HashMap<>();

    ParagraphIndex(Corpus corpus, Set<Language> languages, Analyzer analyzer, Directory directory, DirectoryReader reader,
                   boolean quotationsIndexed, boolean mixedDocuments, int[] keyOfPosition) {
        this.corpus = corpus;
        this.articles = corpus.articles();
        this.languages = languages;
        this.analyzer = analyzer;
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.quotationsIndexed = quotationsIndexed;
        this.mixedDocuments = mixedDocuments;
        this.keyOfPosition = keyOfPosition;
        for (int i = 0; i < keyOfPosition.length; i++) {
            positionOfKey.put(keyOfPosition[i], i);
        }
    }

    /** Indexes the articles, each with the analyzer of its own language, with their quotations. */
    public static ParagraphIndex build(List<Article> articles) {
        return build(articles, true);
    }

    /**
     * @param withQuotes index the quotations ({@code speaker:}, {@code quote:}, and a document each);
     *                   finding them costs start-up time that a plain search need not pay
     */
    public static ParagraphIndex build(List<Article> articles, boolean withQuotes) {
        return build(Corpus.of(articles), withQuotes);
    }

    public static ParagraphIndex build(Corpus corpus, boolean withQuotes) {
        Set<Language> languages = languagesOf(corpus.languages());
        return build(corpus, withQuotes, languages, Analyzers.perField(languages));
    }

    /**
     * An index for these searches: the queries are read first, and the quotations are found and
     * indexed only when one of them searches them. A query that does not parse is left for its
     * search to report.
     */
    static ParagraphIndex forSearch(Corpus corpus, List<SearchRequest> requests) {
        Set<Language> languages = languagesOf(corpus.languages());
        Analyzer analyzer = Analyzers.perField(languages);
        QueryFactory factory = new QueryFactory(analyzer, languages);
        Map<String, Query> queries = new HashMap<>();
        boolean withQuotes = false;
        for (SearchRequest request : requests) {
            try {
                Query query = parse(factory, request);
                queries.put(key(request), query);
                withQuotes |= QueryFactory.searchesQuotations(query);
            } catch (RuntimeException e) {
                if (requests.size() == 1) {
                    analyzer.close();
                    throw e; // one query: its error before the index is built
                }
            }
        }
        ParagraphIndex index = build(corpus, withQuotes, languages, analyzer);
        index.parsed.putAll(queries);
        return index;
    }

    /** The languages a query is read in: those of the articles, English when there are none. */
    static Set<Language> languagesOf(Set<Language> present) {
        Set<Language> languages = EnumSet.noneOf(Language.class);
        languages.addAll(present);
        if (languages.isEmpty()) {
            languages.add(Language.EN);
        }
        return languages;
    }

    private static ParagraphIndex build(Corpus corpus, boolean withQuotes, Set<Language> languages, Analyzer analyzer) {
        List<Article> articles = corpus.articles();
        Directory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(64)
                .setCommitOnClose(true);
        int[] keys = new int[articles.size()];
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int a = 0; a < articles.size(); a++) {
                keys[a] = a;
                List<Quote> quotes = withQuotes ? corpus.quotationsOf(a) : List.of();
                writer.addDocuments(Documents.of(a, articles.get(a), quotes, withQuotes, withQuotes));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return new ParagraphIndex(corpus, languages, analyzer, directory, DirectoryReader.open(directory), withQuotes,
                    withQuotes, keys);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Article> articles() {
        return articles;
    }

    /** The languages of the run's articles (English when there are none). */
    public Set<Language> languages() {
        return languages;
    }

    @Override
    public List<Quote> quotations(QuotationFilter filter) {
        List<Quote> out = new ArrayList<>();
        if (filter.query() == null) {
            for (Quote q : corpus.quotations()) {
                if (filter.keepsByLengthAndSpeaker(q)) {
                    out.add(q);
                }
            }
            return out;
        }
        if (!quotationsIndexed) {
            throw new IllegalStateException("the quotations were not indexed");
        }
        // Only the articles with a matching quotation are looked at: on disk, each is fetched.
        Map<Integer, Set<Integer>> matching = matchingQuotations(filter.query());
        for (int position : new TreeSet<>(matching.keySet())) {
            List<Quote> quotes = corpus.quotationsOf(position);
            for (int ordinal : new TreeSet<>(matching.get(position))) {
                Quote q = quotes.get(ordinal);
                if (filter.keepsByLengthAndSpeaker(q)) {
                    out.add(q);
                }
            }
        }
        return out;
    }

    /**
     * Which quotations match the query, read in the languages of the articles that hold
     * quotations: their places among their article's quotations, by article position.
     */
    private Map<Integer, Set<Integer>> matchingQuotations(String query) {
        Map<Integer, Set<Integer>> out = new HashMap<>();
        Set<Language> quoted = corpus.quotationLanguages();
        if (quoted.isEmpty()) {
            return out;
        }
        Query q = new BooleanQuery.Builder()
                .add(new QueryFactory(analyzer, quoted, true).parse(query), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(Fields.DOC, Fields.QUOTATION_DOC)), BooleanClause.Occur.FILTER)
                .build();
        try {
            StoredFields stored = searcher.storedFields();
            Set<String> fields = Set.of(Fields.QUOTATION_ARTICLE, Fields.QUOTATION);
            for (ScoreDoc sd : searcher.search(q, Math.max(1, searcher.count(q))).scoreDocs) {
                Document d = stored.document(sd.doc, fields);
                Integer position = positionOfKey.get(d.getField(Fields.QUOTATION_ARTICLE).numericValue().intValue());
                if (position != null) {
                    out.computeIfAbsent(position, k -> new HashSet<>()).add(d.getField(Fields.QUOTATION).numericValue().intValue());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Override
    public SearchResult search(SearchRequest request) {
        Query userQuery = userQuery(request);
        Query query = withFilters(userQuery, request);
        try {
            ArticleEvidence.Ranked ranked = ArticleEvidence.rank(searcher, query, request.by(), request.limit(), key -> positionOfKey.get(key));
            List<ArticleEvidence.Match> top = ranked.matches();
            if (top.isEmpty()) {
                return new SearchResult(List.of(), ranked.total());
            }
            int[] ids = new int[top.size()];
            List<Article> articles = new ArrayList<>(top.size());
            List<Paragraph> paragraphs = new ArrayList<>(top.size());
            for (int i = 0; i < ids.length; i++) {
                ids[i] = top.get(i).doc();
                // From doc values: a stored-fields read would decompress a block of paragraphs per hit.
                Article article = this.articles.get(positionOfKey.get(top.get(i).article()));
                articles.add(article);
                paragraphs.add(article.paragraphs().get(intValue(Fields.PARAGRAPH, ids[i]) - 1));
            }
            List<List<Span>> matches = highlight(userQuery, ids, articles);
            List<Hit> hits = new ArrayList<>(ids.length);
            for (int i = 0; i < ids.length; i++) {
                hits.add(new Hit(articles.get(i), paragraphs.get(i), top.get(i).score(), matches.get(i)));
            }
            return new SearchResult(hits, ranked.total());
        } catch (IndexSearcher.TooManyClauses | TooComplexToDeterminizeException e) {
            throw cannotRun(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A document's value of an {@link org.apache.lucene.document.IntField}, read from its doc values. */
    private int intValue(String field, int doc) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedNumericDocValues values = DocValues.getSortedNumeric(leaf.reader(), field);
        if (!values.advanceExact(doc - leaf.docBase)) {
            throw new IllegalStateException("document " + doc + " has no " + field);
        }
        return (int) values.nextValue();
    }

    @Override
    public long[] countPerArticle(SearchRequest request) {
        Query query = withFilters(userQuery(request), request);
        try {
            return searcher.search(query, new CollectorManager<ArticleCounter, long[]>() {
                @Override
                public ArticleCounter newCollector() {
                    return new ArticleCounter(positionOfKey, articles.size());
                }

                @Override
                public long[] reduce(Collection<ArticleCounter> collectors) {
                    long[] counts = new long[articles.size()];
                    for (ArticleCounter collector : collectors) {
                        Arrays.setAll(counts, i -> counts[i] + collector.counts[i]);
                    }
                    return counts;
                }
            });
        } catch (IndexSearcher.TooManyClauses | TooComplexToDeterminizeException e) {
            throw cannotRun(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts matching paragraphs per article position, reading each hit's article key from doc values. */
    private static final class ArticleCounter extends SimpleCollector {
        private final Map<Integer, Integer> positionOfKey;
        final long[] counts;
        private SortedNumericDocValues keys;

        ArticleCounter(Map<Integer, Integer> positionOfKey, int articles) {
            this.positionOfKey = positionOfKey;
            this.counts = new long[articles];
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            keys = DocValues.getSortedNumeric(context.reader(), Fields.ARTICLE);
        }

        @Override
        public void collect(int doc) throws IOException {
            if (keys.advanceExact(doc)) {
                Integer position = positionOfKey.get((int) keys.nextValue());
                if (position != null) {
                    counts[position]++;
                }
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    @Override
    public long furnitureMatches(SearchRequest request) {
        if (!request.kinds().furnitureHidden()) {
            return 0;
        }
        BooleanQuery.Builder furniture = new BooleanQuery.Builder()
                .add(userQuery(request), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(Fields.KIND, Kind.BOILERPLATE.label())), BooleanClause.Occur.FILTER);
        Query query = paragraphsOnly(furniture).build();
        try {
            return searcher.count(query);
        } catch (IndexSearcher.TooManyClauses | TooComplexToDeterminizeException e) {
            throw cannotRun(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean wordless(SearchRequest request) {
        return QueryFactory.wordless(userQuery(request));
    }

    /** A query that parsed but expands past Lucene's limits when it runs: a user's error, status 2. */
    private static QuerySyntaxException cannotRun(RuntimeException e) {
        return e instanceof IndexSearcher.TooManyClauses
                ? new QuerySyntaxException("query expands to too many terms (at most " + IndexSearcher.getMaxClauseCount() + ")")
                : new QuerySyntaxException("query is too complex to run (a regular expression or wildcard that explodes)");
    }

    /**
     * What the user asked for, parsed or taken as plain words, read once for the run;
     * highlighting uses it without the filters.
     */
    private Query userQuery(SearchRequest request) {
        return parsed.computeIfAbsent(key(request), key -> parse(new QueryFactory(analyzer, languages), request));
    }

    private static Query parse(QueryFactory factory, SearchRequest request) {
        return request.literal() ? factory.literal(request.query()) : factory.parse(request.query());
    }

    /** Paragraph documents only, when other documents sit beside them. */
    private BooleanQuery.Builder paragraphsOnly(BooleanQuery.Builder b) {
        if (mixedDocuments) {
            b.add(new TermQuery(new Term(Fields.DOC, Fields.PARAGRAPH_DOC)), BooleanClause.Occur.FILTER);
        }
        return b;
    }

    /** The user's query kept to the paragraphs the request's kind selection takes. */
    private Query withFilters(Query userQuery, SearchRequest request) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(userQuery, BooleanClause.Occur.MUST);
        if (!request.kinds().isEverything()) {
            List<BytesRef> labels = request.kinds().kinds().stream().map(k -> new BytesRef(k.label())).toList();
            b.add(new TermInSetQuery(Fields.KIND, labels), BooleanClause.Occur.FILTER);
        }
        return paragraphsOnly(b).build();
    }

    /**
     * The match ranges of each hit's text, from Lucene's unified highlighter over the stored offsets,
     * read from the text field of the hit's article's language.
     */
    private List<List<Span>> highlight(Query query, int[] ids, List<Article> articles) throws IOException {
        OffsetHighlighter highlighter = new OffsetHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
                .withBreakIterator(org.apache.lucene.search.uhighlight.WholeBreakIterator::new)
                .withFormatter(new SpanFormatter())
                .withMaxLength(Integer.MAX_VALUE - 1)
                .withHighlightPhrasesStrictly(true)
                .withHandleMultiTermQuery(true));
        String[] fields = languages.stream().map(Fields::text).toArray(String[]::new);
        int[] passages = new int[fields.length];
        Arrays.fill(passages, 1);
        Map<String, Object[]> result = highlighter.offsets(fields, query, ids, passages);
        List<List<Span>> out = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            Object[] perDoc = result.get(Fields.text(articles.get(i).language()));
            @SuppressWarnings("unchecked")
            List<Span> spans = perDoc != null && perDoc[i] instanceof List<?> l ? (List<Span>) l : List.of();
            out.add(spans);
        }
        return out;
    }

    /** The unified highlighter, asked for the formatter's objects (match spans) rather than marked-up strings. */
    private static final class OffsetHighlighter extends UnifiedHighlighter {
        OffsetHighlighter(UnifiedHighlighter.Builder builder) {
            super(builder);
        }

        Map<String, Object[]> offsets(String[] fields, Query query, int[] docIds, int[] maxPassages) throws IOException {
            return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
        }
    }

    /** Collects match offsets instead of marked-up text; converts UTF-16 offsets to code points. */
    private static final class SpanFormatter extends PassageFormatter {
        @Override
        public Object format(org.apache.lucene.search.uhighlight.Passage[] passages, String content) {
            List<Span> spans = new ArrayList<>();
            CodePointCursor cursor = new CodePointCursor(content);
            int lastEnd = -1;
            for (var passage : passages) {
                for (int m = 0; m < passage.getNumMatches(); m++) {
                    int start = passage.getMatchStarts()[m];
                    int end = passage.getMatchEnds()[m];
                    if (start < lastEnd) {
                        continue;
                    }
                    spans.add(new Span(cursor.codePointAt(start), cursor.codePointAt(end)));
                    lastEnd = end;
                }
            }
            return spans;
        }
    }
    private static String key(SearchRequest request) {
        return (request.literal() ? "F" : "Q") + request.query();
    }


    @Override
    public void close() {
        if (directory == null) {
            return; // the store on disk closes its reader
        }
        try {
            reader.close();
            directory.close();
            analyzer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
