package dev.textdig.index;

import dev.textdig.article.Article;
import dev.textdig.quote.Quote;
import java.util.List;

/**
 * What the services ask of an index: hits, counts and quotations. {@link ParagraphIndex} holds a
 * run's articles in memory; an index on disk or a Solr collection can stand behind the same
 * interface.
 */
public interface ArticleIndex extends AutoCloseable {

    /** The articles indexed, in the order they were given. */
    List<Article> articles();

    /** The best paragraphs for the request, with their scores and match offsets, and how many matched. */
    SearchResult search(SearchRequest request);

    /** The number of matching paragraphs of each article, indexed as {@link #articles()}. */
    long[] countPerArticle(SearchRequest request);

    /**
     * How many paragraphs of page furniture match: the matches a search left out only because they
     * are furniture. Zero unless the request's selection hid the furniture by default.
     */
    long furnitureMatches(SearchRequest request);

    /** Whether the query has no words to look for (stopwords only): nothing can match it. */
    boolean wordless(SearchRequest request);

    /** The quotations the filter keeps, in the order of the articles and of the text. */
    List<Quote> quotations(QuotationFilter filter);

    @Override
    void close();
}
