package dev.textdig.index;

import dev.textdig.article.Language;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;

/**
 * A query read here as the local index reads it, for an index elsewhere (a Solr collection) that
 * runs it: the same syntax errors, at once and in the same words, and whether it has any words to
 * look for.
 */
public final class QueryCheck {
    private QueryCheck() {
    }

    /**
     * Parses the query (or takes it as plain words) as a search in these languages would;
     * a {@link QuerySyntaxException} when it does not parse.
     *
     * @param quotations read over quotations ({@code quotes --query}) rather than paragraphs
     * @return whether it is wordless (stopwords only: nothing can match)
     */
    public static boolean wordless(String query, boolean literal, Set<Language> languages, boolean quotations) {
        try (Analyzer analyzer = Analyzers.perField(ParagraphIndex.languagesOf(languages))) {
            QueryFactory factory = new QueryFactory(analyzer, ParagraphIndex.languagesOf(languages), quotations);
            Query q = literal ? factory.literal(query) : factory.parse(query);
            return QueryFactory.wordless(q);
        }
    }
}
