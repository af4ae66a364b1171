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
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
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
 * the quotations found in it; and, when asked for, one document per quotation. Built in memory.
 * It runs searches (BM25 ranking, kind filters, highlighted match offsets) and selects quotations.
 *
 * <p>Each paragraph is analysed in its article's language, into that language's fields
 * ({@code text_en}, {@code text_fr}) rather than one field with an analyzer per document: a query
 * must be analysed the way each document was, and separate fields let it be read once per
 * language ({@link QueryFactory}), keep each language's term statistics (BM25) apart, and are how
 * Solr and OpenSearch schemas hold several languages. Quotation documents have fields of their own
 * ({@link Fields#quotationText}), so the paragraphs' statistics are the same with or without them,
 * and come after every paragraph, so the paragraphs' document numbers (which break ties) are too.
 */
public final class ParagraphIndex implements ArticleIndex {
    /** Text with positions and offsets in the postings, so the highlighter needs no re-analysis. */
    private static final FieldType TEXT_TYPE = new FieldType();

    static {
        TEXT_TYPE.setTokenized(true);
        TEXT_TYPE.setStored(true);
        TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_TYPE.freeze();
    }

    private final Corpus corpus;
    private final List<Article> articles;
    private final Set<Language> languages;
    private final Analyzer analyzer;
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    /** The quotations that have documents, numbered in this order; empty when none were indexed. */
    private final List<Quote> quotations;
    /** Each query read once: by its text, with F or Q for literal or not. */
    private final Map<String, Query> parsed = new HashMap<>();

    private ParagraphIndex(Corpus corpus, Set<Language> languages, Analyzer analyzer, Directory directory,
                           DirectoryReader reader, List<Quote> quotations) {
        this.corpus = corpus;
        this.articles = corpus.articles();
        this.languages = languages;
        this.analyzer = analyzer;
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.quotations = quotations;
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
        Set<Language> languages = languagesOf(corpus);
        return build(corpus, withQuotes, languages, Analyzers.perField(languages));
    }

    /**
     * An index for one search: the query is read first, and the quotations are found and indexed
     * only when it searches them.
     */
    static ParagraphIndex forSearch(Corpus corpus, SearchRequest request) {
        Set<Language> languages = languagesOf(corpus);
        Analyzer analyzer = Analyzers.perField(languages);
        Query query;
        try {
            query = parse(new QueryFactory(analyzer, languages), request);
        } catch (RuntimeException e) {
            analyzer.close();
            throw e;
        }
        ParagraphIndex index = build(corpus, QueryFactory.searchesQuotations(query), languages, analyzer);
        index.parsed.put(key(request), query);
        return index;
    }

    private static Set<Language> languagesOf(Corpus corpus) {
        Set<Language> languages = EnumSet.noneOf(Language.class);
        languages.addAll(corpus.languages());
        if (languages.isEmpty()) {
            languages.add(Language.EN);
        }
        return languages;
    }

    private static ParagraphIndex build(Corpus corpus, boolean withQuotes, Set<Language> languages, Analyzer analyzer) {
        List<Article> articles = corpus.articles();
        List<Quote> quotations = withQuotes ? corpus.quotations() : List.of();
        Map<Article, Map<Integer, List<Quote>>> byParagraph = new IdentityHashMap<>();
        for (Quote q : quotations) {
            byParagraph.computeIfAbsent(q.article(), k -> new HashMap<>())
                    .computeIfAbsent(q.paragraph().number(), k -> new ArrayList<>()).add(q);
        }
        Directory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(64)
                .setCommitOnClose(true);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int a = 0; a < articles.size(); a++) {
                Article article = articles.get(a);
                Map<Integer, List<Quote>> quotes = byParagraph.getOrDefault(article, Map.of());
                for (Paragraph p : article.paragraphs()) {
                    writer.addDocument(document(a, article, p, quotes.getOrDefault(p.number(), List.of()), withQuotes));
                }
            }
            for (int i = 0; i < quotations.size(); i++) {
                writer.addDocument(quotationDocument(i, quotations.get(i)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return new ParagraphIndex(corpus, languages, analyzer, directory, DirectoryReader.open(directory), quotations);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(int articleId, Article article, Paragraph p, List<Quote> quotes, boolean withQuotes) {
        Document doc = new Document();
        if (withQuotes) {
            doc.add(new StringField(Fields.DOC, Fields.PARAGRAPH_DOC, Field.Store.NO));
        }
        doc.add(new StringField(Fields.FILE, article.file(), Field.Store.YES));
        doc.add(new IntField(Fields.ARTICLE, articleId, Field.Store.YES));
        doc.add(new IntField(Fields.PARAGRAPH, p.number(), Field.Store.YES));
        doc.add(new IntField(Fields.LINE, p.line(), Field.Store.YES));
        doc.add(new StringField(Fields.KIND, p.kind().label(), Field.Store.YES));
        Language language = article.language();
        doc.add(new StringField(Fields.LANGUAGE, language.code(), Field.Store.NO));
        doc.add(new Field(Fields.text(language), p.text(), TEXT_TYPE));
        // Who is quoted here and what they said: speaker:macron, quote:"must stop".
        for (Quote q : quotes) {
            for (String who : new String[] {q.speaker(), q.mention()}) {
                if (who != null) {
                    doc.add(new TextField(Fields.SPEAKER, who, Field.Store.NO));
                }
            }
            doc.add(new TextField(Fields.quote(language), q.text(), Field.Store.NO));
        }
        return doc;
    }

    /**
     * A quotation as a document of its own, as a throwaway index of quotations would hold it: its
     * words in its language's field, its speaker and mention as one field, its language.
     */
    private static Document quotationDocument(int number, Quote q) {
        Language language = q.article().language();
        Document d = new Document();
        d.add(new StringField(Fields.DOC, Fields.QUOTATION_DOC, Field.Store.NO));
        d.add(new StoredField(Fields.QUOTATION, number));
        d.add(new StringField(Fields.QUOTATION_LANGUAGE, language.code(), Field.Store.NO));
        d.add(new TextField(Fields.quotationText(language), q.text(), Field.Store.NO));
        String who = (q.speaker() == null ? "" : q.speaker()) + " " + (q.mention() == null ? "" : q.mention());
        d.add(new TextField(Fields.QUOTATION_SPEAKER, who, Field.Store.NO));
        return d;
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
        List<Quote> all = quotations.isEmpty() ? corpus.quotations() : quotations;
        boolean[] keep = new boolean[all.size()];
        for (int i = 0; i < all.size(); i++) {
            keep[i] = filter.keepsByLengthAndSpeaker(all.get(i));
        }
        if (filter.query() != null) {
            if (quotations.isEmpty() && !all.isEmpty()) {
                throw new IllegalStateException("the quotations were not indexed");
            }
            boolean[] matching = matchingQuotations(filter.query());
            for (int i = 0; i < keep.length; i++) {
                keep[i] &= matching[i];
            }
        }
        List<Quote> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (keep[i]) {
                out.add(all.get(i));
            }
        }
        return out;
    }

    /** Which quotations match the query, read in the languages of the articles that hold quotations. */
    private boolean[] matchingQuotations(String query) {
        boolean[] out = new boolean[quotations.size()];
        Query q = new BooleanQuery.Builder()
                .add(new QueryFactory(analyzer, corpus.quotationLanguages(), true).parse(query), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(Fields.DOC, Fields.QUOTATION_DOC)), BooleanClause.Occur.FILTER)
                .build();
        try {
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc sd : searcher.search(q, Math.max(1, quotations.size())).scoreDocs) {
                out[stored.document(sd.doc).getField(Fields.QUOTATION).numericValue().intValue()] = true;
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
            ArticleEvidence.Ranked ranked = ArticleEvidence.rank(searcher, query, request.by(), request.limit());
            List<ArticleEvidence.Match> top = ranked.matches();
            if (top.isEmpty()) {
                return new SearchResult(List.of(), ranked.total());
            }
            StoredFields stored = searcher.storedFields();
            int[] ids = new int[top.size()];
            List<Article> articles = new ArrayList<>(top.size());
            List<Paragraph> paragraphs = new ArrayList<>(top.size());
            for (int i = 0; i < ids.length; i++) {
                ids[i] = top.get(i).doc();
                Document doc = stored.document(ids[i]);
                Article article = this.articles.get(doc.getField(Fields.ARTICLE).numericValue().intValue());
                articles.add(article);
                paragraphs.add(article.paragraphs().get(doc.getField(Fields.PARAGRAPH).numericValue().intValue() - 1));
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

    @Override
    public long[] countPerArticle(SearchRequest request) {
        Query query = withFilters(userQuery(request), request);
        long[] counts = new long[articles.size()];
        try {
            for (int a = 0; a < counts.length; a++) {
                Query perFile = new BooleanQuery.Builder()
                        .add(query, BooleanClause.Occur.MUST)
                        .add(IntField.newExactQuery(Fields.ARTICLE, a), BooleanClause.Occur.FILTER)
                        .build();
                counts[a] = searcher.count(perFile);
            }
        } catch (IndexSearcher.TooManyClauses | TooComplexToDeterminizeException e) {
            throw cannotRun(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts;
    }

    @Override
    public long furnitureMatches(SearchRequest request) {
        if (request.withFurniture() || !request.kinds().isEmpty()) {
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

    /** Paragraph documents only, when quotations have documents of their own beside them. */
    private BooleanQuery.Builder paragraphsOnly(BooleanQuery.Builder b) {
        if (!quotations.isEmpty()) {
            b.add(new TermQuery(new Term(Fields.DOC, Fields.PARAGRAPH_DOC)), BooleanClause.Occur.FILTER);
        }
        return b;
    }

    private Query withFilters(Query userQuery, SearchRequest request) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(userQuery, BooleanClause.Occur.MUST);
        if (!request.kinds().isEmpty()) {
            List<BytesRef> labels = request.kinds().stream().map(k -> new BytesRef(k.label())).toList();
            b.add(new TermInSetQuery(Fields.KIND, labels), BooleanClause.Occur.FILTER);
        } else if (!request.withFurniture()) {
            b.add(new TermQuery(new Term(Fields.KIND, Kind.BOILERPLATE.label())), BooleanClause.Occur.MUST_NOT);
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
        java.util.Arrays.fill(passages, 1);
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
        try {
            reader.close();
            directory.close();
            analyzer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
