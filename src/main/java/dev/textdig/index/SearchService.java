package dev.textdig.index;

import dev.textdig.article.Article;
import dev.textdig.article.CodePointCursor;
import dev.textdig.article.Kind;
import dev.textdig.article.Paragraph;
import dev.textdig.article.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/** Runs a search over a {@link ParagraphIndex}: BM25 ranking, kind filters, highlighted match offsets. */
public final class SearchService {
    private final ParagraphIndex index;

    public SearchService(ParagraphIndex index) {
        this.index = index;
    }

    public SearchResult search(SearchRequest request) {
        Query userQuery = userQuery(request);
        Query query = withFilters(userQuery, request);
        IndexSearcher searcher = index.searcher();
        try {
            long total = searcher.count(query);
            if (total == 0 || request.limit() == 0) {
                return new SearchResult(List.of(), total);
            }
            TopDocs top = searcher.search(query, request.limit());
            StoredFields stored = searcher.storedFields();
            List<Article> articles = new ArrayList<>(top.scoreDocs.length);
            List<Paragraph> paragraphs = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc sd : top.scoreDocs) {
                Document doc = stored.document(sd.doc);
                Article article = index.articles().get(doc.getField(Fields.ARTICLE).numericValue().intValue());
                articles.add(article);
                paragraphs.add(article.paragraphs().get(doc.getField(Fields.PARAGRAPH).numericValue().intValue() - 1));
            }
            List<List<Span>> matches = highlight(userQuery, top.scoreDocs, articles);
            List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
            for (int i = 0; i < top.scoreDocs.length; i++) {
                hits.add(new Hit(articles.get(i), paragraphs.get(i), top.scoreDocs[i].score, matches.get(i)));
            }
            return new SearchResult(hits, total);
        } catch (IndexSearcher.TooManyClauses | TooComplexToDeterminizeException e) {
            throw cannotRun(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file with at least one match, in the order the files were given. */
    public List<Article> filesWithMatches(SearchRequest request) {
        List<Article> out = new ArrayList<>();
        List<Article> articles = index.articles();
        long[] counts = countPerArticle(request);
        for (int a = 0; a < counts.length; a++) {
            if (counts[a] > 0) {
                out.add(articles.get(a));
            }
        }
        return out;
    }

    /** The number of matching paragraphs of each article, indexed as {@link ParagraphIndex#articles()}. */
    public long[] countPerArticle(SearchRequest request) {
        Query query = withFilters(userQuery(request), request);
        long[] counts = new long[index.articles().size()];
        try {
            for (int a = 0; a < counts.length; a++) {
                Query perFile = new BooleanQuery.Builder()
                        .add(query, BooleanClause.Occur.MUST)
                        .add(IntField.newExactQuery(Fields.ARTICLE, a), BooleanClause.Occur.FILTER)
                        .build();
                counts[a] = index.searcher().count(perFile);
            }
        } catch (IndexSearcher.TooManyClauses | TooComplexToDeterminizeException e) {
            throw cannotRun(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts;
    }

    /**
     * How many paragraphs of page furniture match: the matches a search left out only because they
     * are furniture. Zero when the request searches the furniture or names its kinds.
     */
    public long furnitureMatches(SearchRequest request) {
        if (request.withFurniture() || !request.kinds().isEmpty()) {
            return 0;
        }
        Query query = new BooleanQuery.Builder()
                .add(userQuery(request), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(Fields.KIND, Kind.BOILERPLATE.label())), BooleanClause.Occur.FILTER)
                .build();
        try {
            return index.searcher().count(query);
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

    /** What the user asked for, parsed or taken as plain words; highlighting uses it without the filters. */
    private Query userQuery(SearchRequest request) {
        QueryFactory factory = new QueryFactory(index.analyzer(), index.languages());
        return request.literal() ? factory.literal(request.query()) : factory.parse(request.query());
    }

    private static Query withFilters(Query userQuery, SearchRequest request) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(userQuery, BooleanClause.Occur.MUST);
        if (!request.kinds().isEmpty()) {
            List<BytesRef> labels = request.kinds().stream().map(k -> new BytesRef(k.label())).toList();
            b.add(new TermInSetQuery(Fields.KIND, labels), BooleanClause.Occur.FILTER);
        } else if (!request.withFurniture()) {
            b.add(new TermQuery(new Term(Fields.KIND, Kind.BOILERPLATE.label())), BooleanClause.Occur.MUST_NOT);
        }
        return b.build();
    }

    /**
     * The match ranges of each hit's text, from Lucene's unified highlighter over the stored offsets,
     * read from the text field of the hit's article's language.
     */
    private List<List<Span>> highlight(Query query, ScoreDoc[] docs, List<Article> articles) throws IOException {
        int[] ids = new int[docs.length];
        for (int i = 0; i < docs.length; i++) {
            ids[i] = docs[i].doc;
        }
        OffsetHighlighter highlighter = new OffsetHighlighter(UnifiedHighlighter.builder(index.searcher(), index.analyzer())
                .withBreakIterator(org.apache.lucene.search.uhighlight.WholeBreakIterator::new)
                .withFormatter(new SpanFormatter())
                .withMaxLength(Integer.MAX_VALUE - 1)
                .withHighlightPhrasesStrictly(true)
                .withHandleMultiTermQuery(true));
        String[] fields = index.languages().stream().map(Fields::text).toArray(String[]::new);
        int[] passages = new int[fields.length];
        java.util.Arrays.fill(passages, 1);
        Map<String, Object[]> result = highlighter.offsets(fields, query, ids, passages);
        List<List<Span>> out = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
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
}
