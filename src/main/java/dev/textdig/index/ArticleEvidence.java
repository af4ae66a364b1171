package dev.textdig.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Ranks the paragraphs that match a query with the evidence of their article (Callan 1994:
 * passage-level evidence counts for more beside its document's). A paragraph's score is its own
 * BM25 plus its article's support beyond its best paragraph: the other matching paragraphs, best
 * first, at falling weights (the second at 1/2, the third at 1/3, ...). So an article about the
 * query outranks one that mentions it in passing, a long article does not win on its length alone
 * (the support grows with the log of its matches, not with their number), a paragraph alone in its
 * article keeps its BM25, and one article's paragraphs keep their BM25 order. Ranked by article, an
 * article's score is its best paragraph's, so that ranking is the paragraph ranking with each
 * article's first hit only.
 *
 * <p>Chosen over the best paragraph alone, a BM25 over the article's whole text, and the sum of
 * the paragraphs, by MAP on Cranfield (README, Search).
 */
public final class ArticleEvidence {
    /** One matching paragraph: its document, its article, and its score with its article's support. */
    record Match(int doc, int article, double score) {
    }

    /** The best matches (at most the limit) and how many paragraphs, or articles, matched in all. */
    record Ranked(List<Match> matches, long total) {
    }


    private ArticleEvidence() {
    }

    /**
     * @param order an article's place in the run, from its number: equal scores go by article, then
     *              by document (an article's paragraphs are written in text order)
     */
    static Ranked rank(IndexSearcher searcher, Query query, RankBy by, int limit, IntUnaryOperator order) throws IOException {
        List<Match> own = searcher.search(query, new AllMatches());
        List<Match> ranked = withEvidence(own, Match::article, Match::score,
                Comparator.<Match>comparingInt(m -> order.applyAsInt(m.article())).thenComparingInt(Match::doc),
                (m, score) -> new Match(m.doc(), m.article(), score), by);
        return new Ranked(List.copyOf(ranked.subList(0, Math.min(limit, ranked.size()))), ranked.size());
    }

    /**
     * The matches scored with their article's evidence and ranked best first: each match's own
     * score plus its article's support (the article's other matches, the k-th best weighted 1/k),
     * the ties broken by {@code ties}; with {@link RankBy#ARTICLE} only each article's best match.
     * Written once for every store that ranks paragraphs (the Lucene index here, a Solr collection),
     * whatever its match type.
     */
    public static <M> List<M> withEvidence(List<M> own, ToIntFunction<M> article, ToDoubleFunction<M> score,
                                           Comparator<M> ties, BiFunction<M, Double, M> rescored, RankBy by) {
        Comparator<M> bestFirst = Comparator.comparingDouble(score).reversed().thenComparing(ties);
        // Each article's matches best first (ties: text order), then its support beyond the best.
        List<M> byArticle = new ArrayList<>(own);
        byArticle.sort(Comparator.comparingInt(article).thenComparing(bestFirst));
        List<M> scored = new ArrayList<>(own.size());
        List<M> bestOfArticle = new ArrayList<>();
        for (int from = 0; from < byArticle.size(); ) {
            int current = article.applyAsInt(byArticle.get(from));
            int to = from;
            double support = 0;
            while (to < byArticle.size() && article.applyAsInt(byArticle.get(to)) == current) {
                support += to > from ? score.applyAsDouble(byArticle.get(to)) / (to - from + 1) : 0;
                to++;
            }
            for (int i = from; i < to; i++) {
                M m = byArticle.get(i);
                scored.add(rescored.apply(m, score.applyAsDouble(m) + support));
            }
            bestOfArticle.add(scored.get(scored.size() - (to - from)));
            from = to;
        }
        List<M> ranked = by == RankBy.ARTICLE ? bestOfArticle : scored;
        ranked.sort(bestFirst);
        return ranked;
    }

    /** Every match with its BM25 score and its article (from the article number's doc values). */
    private static final class AllMatches implements CollectorManager<AllMatches.Collector, List<Match>> {
        @Override
        public Collector newCollector() {
            return new Collector();
        }

        @Override
        public List<Match> reduce(Collection<Collector> collectors) {
            List<Match> all = new ArrayList<>();
            collectors.forEach(c -> all.addAll(c.matches));
            return all;
        }

        static final class Collector extends SimpleCollector {
            final List<Match> matches = new ArrayList<>();
            private Scorable scorer;
            private SortedNumericDocValues articles;
            private int docBase;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                docBase = context.docBase;
                articles = DocValues.getSortedNumeric(context.reader(), Fields.ARTICLE);
            }

            @Override
            public void setScorer(Scorable scorer) {
                this.scorer = scorer;
            }

            @Override
            public void collect(int doc) throws IOException {
                int article = articles.advanceExact(doc) ? (int) articles.nextValue() : -1;
                matches.add(new Match(docBase + doc, article, scorer.score()));
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE;
            }
        }
    }
}
